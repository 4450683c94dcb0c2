import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { describeFailure } from '../../../src/server/describeFailure';
import { setUpEmulator } from '../../support/setUpEmulator';

// The request guard's own app hooks (clientIp, verifyHuman) failing in ways an Error-minded check misses.
const emulator = setUpEmulator();
beforeEach(() => emulator.reset());

function handler(extra: Partial<ConfirmationHandlerOptions>) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    logger: { warn: vi.fn(), error: vi.fn() },
    ...extra,
  } as ConfirmationHandlerOptions);
}

const resend = (headers: Record<string, string> = {}) =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: `guard_${process.pid}` } }),
  });
const forwarded = () => emulator.requests.filter((r) => r.target === 'ResendConfirmationCode').length;

async function expectServerError(response: Response) {
  expect(response.status).toBe(500);
  expect(response.headers.get('content-type')).toMatch(/json/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await response.json()).toMatchObject({ __type: expect.any(String) });
}

describe('the request guard under hostile app hooks', () => {
  it('a verifyHuman rejecting with an object String() cannot print is the documented 403, logged', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler({ logger, verifyHuman: () => Promise.reject(Object.create(null)) });
    const response = await handle(resend({ 'x-cognito-confirm-human-token': 't' }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ __type: 'ForbiddenException' });
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('verifyHuman failed'), {
      error: expect.stringContaining('cannot be turned into text'),
    });
    expect(forwarded()).toBe(0);
  });

  it('a clientIp that never answers fails the request within quotaDeadlineMs instead of holding it', async () => {
    const onError = vi.fn();
    const handle = handler({ clientIp: () => new Promise<string>(() => {}), quotaDeadlineMs: 50, onError });
    await expectServerError(await handle(resend()));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('clientIp') }), expect.anything());
    expect(forwarded()).toBe(0);
  });

  it('a clientIp that throws synchronously, or a non-Error, is a 500, not a rejected handler', async () => {
    for (const clientIp of [
      () => {
        throw new Error('header parser broke');
      },
      () => {
        throw Object.create(null);
      },
      () => Promise.reject('a string'),
    ]) {
      await expectServerError(await handler({ clientIp: clientIp as unknown as () => string, onError: vi.fn() })(resend()));
    }
    expect(forwarded()).toBe(0);
  });
});

describe('describeFailure', () => {
  it('turns anything thrown into one bounded line', () => {
    expect(describeFailure(new Error('boom'))).toBe('boom');
    expect(describeFailure('plain')).toBe('plain');
    expect(describeFailure(undefined)).toBe('undefined');
    expect(describeFailure(Object.create(null))).toContain('cannot be turned into text');
    const sneaky = new Error('x');
    Object.defineProperty(sneaky, 'message', {
      get() {
        throw new Error('getter');
      },
    });
    expect(describeFailure(sneaky)).toContain('cannot be turned into text');
    expect(describeFailure({ toString: () => 'y'.repeat(100_000) }).length).toBeLessThanOrEqual(1_001);
  });
});
