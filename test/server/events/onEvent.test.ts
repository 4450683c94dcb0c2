import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import type { ConfirmationEvent } from '../../../src/server/events/ConfirmationEvent';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { quotaRefundsSettled } from '../../../src/server/limits/createRequestGuard';
import { harnessClient } from '../../support/harnessClient.mjs';
import { setUpEmulator } from '../../support/setUpEmulator';

const emulator = setUpEmulator();
beforeEach(() => emulator.reset());

function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  const events: ConfirmationEvent[] = [];
  const onError = vi.fn();
  const handle = createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger: { warn() {}, error() {} },
    onEvent: (event) => void events.push(event),
    onError,
    ...extra,
  } as ConfirmationHandlerOptions);
  return { handle, events, onError };
}

let n = 0;
const user = () => {
  n += 1;
  return `ev_${process.pid}_${n}`;
};
async function realUser() {
  const username = user();
  await harnessClient(emulator.endpoint).signUp({ username, email: `${username}@example.com`, password: 'Correct-Horse-9' });
  return username;
}
const post = (operation: string, params: Record<string, unknown>, headers: Record<string, string> = {}) =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': '192.0.2.10', ...headers },
    body: JSON.stringify({ operation, params }),
  });
const resend = (username: string, headers: Record<string, string> = {}) => post('ResendConfirmationCode', { Username: username }, headers);
const IP = '192.0.2.10';

describe('onEvent: one event per decision', () => {
  it('a code sent, then the person’s quota refusing', async () => {
    const { handle, events } = handler({ limits: { sendsPerUser: { limit: 1, windowSeconds: 600 } } });
    const name = await realUser();
    expect((await handle(resend(name))).status).toBe(200);
    expect((await handle(resend(name))).status).toBe(429);
    expect(events).toEqual([
      { type: 'forwarded', operation: 'ResendConfirmationCode', status: 200, errorType: undefined, codeSent: true, ip: IP },
      {
        type: 'refused',
        operation: 'ResendConfirmationCode',
        quota: 'sendsPerUser',
        reason: 'quota',
        retryAfterSeconds: expect.any(Number),
        ip: IP,
      },
    ]);
    expect((events[1] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(590);
  });

  it('a made-up name: forwarded without a code, and the person’s and pool’s points refunded', async () => {
    const { handle, events } = handler();
    expect((await handle(resend(user()))).status).toBe(400);
    await quotaRefundsSettled(); // points go back after the answer
    expect(events).toEqual([
      { type: 'forwarded', operation: 'ResendConfirmationCode', status: 400, errorType: 'UserNotFoundException', codeSent: false, ip: IP },
      { type: 'refunded', operation: 'ResendConfirmationCode', quotas: ['sendsPerUser', 'sendsPerPool'], ip: IP },
    ]);
  });

  it('the per-IP quota names itself; a code check carries no codeSent', async () => {
    const { handle, events } = handler({ limits: { checksPerIp: { limit: 1, windowSeconds: 60 } } });
    const check = () => post('ConfirmSignUp', { Username: user(), ConfirmationCode: '123456' });
    expect((await handle(check())).status).toBe(400);
    expect((await handle(check())).status).toBe(429);
    expect(events).toEqual([
      // The emulator, like a pool with PreventUserExistenceErrors, answers an unknown name as a wrong one.
      { type: 'forwarded', operation: 'ConfirmSignUp', status: 400, errorType: 'NotAuthorizedException', codeSent: undefined, ip: IP },
      { type: 'refused', operation: 'ConfirmSignUp', quota: 'checksPerIp', reason: 'quota', retryAfterSeconds: expect.any(Number), ip: IP },
    ]);
  });

  it('no answer from Cognito: forwarded with the handler’s status, and a code may have gone out', async () => {
    const { handle, events } = handler({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    expect((await handle(resend(user()))).status).toBe(502);
    expect(events).toEqual([{ type: 'forwarded', operation: 'ResendConfirmationCode', status: 502, codeSent: true, ip: IP }]);
  });

  const cases: Array<[string, Record<string, string>, () => Promise<boolean>]> = [
    ['missing', {}, async () => true],
    ['rejected', { 'x-cognito-confirm-human-token': 'tok' }, async () => false],
    [
      'error',
      { 'x-cognito-confirm-human-token': 'tok' },
      async (): Promise<boolean> => {
        throw new Error('verifier down');
      },
    ],
    ['invalid', { 'x-cognito-confirm-human-token': 'x'.repeat(5000) }, async () => true],
  ];
  it.each(cases)('human check failed (%s)', async (reason, headers, verifyHuman) => {
    const { handle, events } = handler({ verifyHuman });
    expect((await handle(resend(user(), headers))).status).toBe(403);
    expect(events).toEqual([{ type: 'human-check-failed', operation: 'ResendConfirmationCode', reason, ip: IP }]);
    expect(emulator.requests).toHaveLength(0);
  });

  it('beforeForward answering gives the points back: refunded', async () => {
    const { handle, events } = handler({ beforeForward: () => new Response('{}', { status: 403 }) });
    expect((await handle(resend(await realUser()))).status).toBe(403);
    await quotaRefundsSettled(); // points go back after the answer
    expect(events).toEqual([{ type: 'refunded', operation: 'ResendConfirmationCode', quotas: ['sendsPerUser', 'sendsPerPool'], ip: IP }]);
  });
});

describe('onEvent cannot break the handler', () => {
  it('a throwing onEvent: the answer is unchanged and onError hears of it', async () => {
    const failure = new Error('log shipper down');
    const { handle, onError } = handler({
      onEvent: () => {
        throw failure;
      },
    });
    const name = await realUser();
    const request = resend(name);
    const response = await handle(request);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ CodeDeliveryDetails: expect.any(Object) });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(failure, request);
  });

  it('a rejecting onEvent is not awaited, and its rejection goes to onError', async () => {
    const failure = new Error('async sink down');
    const { handle, onError } = handler({ onEvent: () => new Promise<void>((_, reject) => setTimeout(() => reject(failure), 10)) });
    expect((await handle(resend(user()))).status).toBe(400);
    await expect.poll(() => onError.mock.calls.length).toBe(2);
    expect(onError.mock.calls.map(([error]) => error)).toEqual([failure, failure]);
  });

  it('a throwing onError as well: still the same answer', async () => {
    const { handle } = handler({
      onEvent: () => {
        throw new Error('a');
      },
      onError: () => {
        throw new Error('b');
      },
    });
    expect((await handle(resend(user()))).status).toBe(400);
  });

  it('options are checked when the handler is made', () => {
    expect(() => handler({ onEvent: 'log' as never })).toThrow(/onEvent must be a function/);
    expect(() => handler({ meter: {} as never })).toThrow(/meter must be an OpenTelemetry Meter/);
  });
});
