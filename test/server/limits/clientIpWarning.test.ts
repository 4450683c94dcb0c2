// Without clientIp the per-IP quotas cannot apply: the handler says so once, when it is made.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';

afterEach(() => {
  vi.restoreAllMocks();
});

const upstream = vi.fn(async () => new Response('{"__type":"UserNotFoundException","message":"no"}', { status: 400 }));
function make(extra: Partial<ConfirmationHandlerOptions>) {
  return createConfirmationHandler({
    endpoint: 'http://127.0.0.1:9/',
    clientId: 'client1',
    clientSecret: 'warning-test-secret',
    fetch: upstream as typeof fetch,
    ...extra,
  } as ConfirmationHandlerOptions);
}
const resend = (username: string) =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
  });
const ipWarnings = (logger: { warn: ReturnType<typeof vi.fn> }) =>
  logger.warn.mock.calls.filter(([message]) => /clientIp/.test(String(message)));

describe('no clientIp', () => {
  it('warns once at creation, naming the per-IP limits and how to set clientIp; not again per request', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = make({ logger });
    expect(ipWarnings(logger)).toHaveLength(1);
    const [message] = ipWarnings(logger)[0]!;
    expect(message).toMatch(/per-IP limits \(sendsPerIp, checksPerIp\) are off/);
    expect(message).toMatch(/clientIpFromForwardedFor\(1\)/);
    expect(message).toMatch(/clientIpFromHeader/);
    for (let i = 0; i < 5; i += 1) expect((await handle(resend(`warned_${i}`))).status).toBe(400);
    // A second handler on the same logger (a hot reload) is not news either.
    make({ logger });
    expect(ipWarnings(logger)).toHaveLength(1);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('goes to console.warn by default, once per process', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    make({});
    make({ limits: { sendsPerUser: { limit: 2, windowSeconds: 60 } } });
    expect(warn.mock.calls.filter(([message]) => /clientIp/.test(String(message)))).toHaveLength(1);
  });

  it.each([
    ['limits: false', { limits: false }],
    ['clientIp given', { clientIp: clientIpFromHeader('cf-connecting-ip') }],
    ['both per-IP quotas turned off', { limits: { sendsPerIp: false, checksPerIp: false } }],
  ] as const)('does not warn with %s', (_label, extra) => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    make({ logger, ...(extra as Partial<ConfirmationHandlerOptions>) });
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
