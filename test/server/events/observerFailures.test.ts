// Observability never changes the answer (issue #29): onEvent, a meter's counters, the logger and
// onError may throw, reject or never settle; the caller still gets the documented answer with the
// security headers, nothing waits for them, and no rejection goes unhandled (which crashes Node).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { createCustomMessageHandler } from '../../../src/server/customMessage/createCustomMessageHandler';
import { createLambdaHandler } from '../../../src/server/lambda/createLambdaHandler';
import { HUMAN_TOKEN_HEADER } from '../../../src/server/limits/createRequestGuard';
import { customMessageEvent } from '../customMessage/customMessageEvents';
import { setUpEmulator } from '../../support/setUpEmulator';

const emulator = setUpEmulator();
const unhandled: unknown[] = [];
const recordUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeEach(() => {
  emulator.reset();
  unhandled.length = 0;
  process.on('unhandledRejection', recordUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', recordUnhandled);
});

/** Node reports an unhandled rejection after the microtasks of the turn it happened in: two turns on, none came. */
async function expectNoUnhandledRejection() {
  for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  expect(unhandled).toEqual([]);
}

const FAILURES: ReadonlyArray<[string, () => unknown]> = [
  [
    'throws',
    () => {
      throw new Error('observer down');
    },
  ],
  [
    'throws a non-Error',
    () => {
      throw Object.create(null);
    },
  ],
  ['rejects', () => Promise.reject(new Error('observer down'))],
  ['never settles', () => new Promise(() => undefined)],
  [
    'returns a thenable whose then throws',
    () => ({
      // biome-ignore lint/suspicious/noThenProperty: a thenable a hostile hook returns is the probe
      then() {
        throw new Error('then');
      },
    }),
  ],
];

const quiet = { warn: () => undefined, error: () => undefined };
function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: () => '192.0.2.10',
    logger: quiet,
    onError: () => undefined,
    ...extra,
  } as ConfirmationHandlerOptions);
}
const resend = (headers: Record<string, string> = {}) =>
  new Request('http://app.test/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: 'nobody_here' } }),
  });

/** Status, body and the security headers of an answer. */
async function seen(response: Response) {
  return {
    status: response.status,
    body: await response.json(),
    nosniff: response.headers.get('x-content-type-options'),
    cache: response.headers.get('cache-control'),
  };
}

// Cognito's own answer for an unknown user, as the handler relays it when nobody observes.
const UNKNOWN_USER = {
  status: 400,
  body: { __type: 'UserNotFoundException', message: expect.any(String) },
  nosniff: 'nosniff',
  cache: 'no-store',
};
const FAILED = {
  status: 500,
  body: { __type: 'InternalErrorException', message: 'The server could not handle this request.' },
  nosniff: 'nosniff',
  cache: 'no-store',
};

describe('a failing observer never changes the answer', () => {
  it('(the answer when nobody observes)', async () => {
    expect(await seen(await handler()(resend()))).toEqual(UNKNOWN_USER);
  });

  it.each(FAILURES)('onEvent that %s', async (_, fail) => {
    expect(await seen(await handler({ onEvent: fail as never })(resend()))).toEqual(UNKNOWN_USER);
    await expectNoUnhandledRejection();
  });

  it.each(FAILURES)("a meter whose counters' add %s", async (_, fail) => {
    const meter = { createCounter: () => ({ add: fail as never }) };
    expect(await seen(await handler({ meter })(resend()))).toEqual(UNKNOWN_USER);
    await expectNoUnhandledRejection();
  });

  it('a meter whose createCounter gave something that is not a counter', async () => {
    const meter = { createCounter: () => null as never };
    expect(await seen(await handler({ meter })(resend()))).toEqual(UNKNOWN_USER);
    await expectNoUnhandledRejection();
  });

  it.each(FAILURES)('onError that %s, told of a failing onEvent', async (_, fail) => {
    const onEvent = () => Promise.reject(new Error('event sink down'));
    expect(await seen(await handler({ onEvent, onError: fail as never })(resend()))).toEqual(UNKNOWN_USER);
    await expectNoUnhandledRejection();
  });

  it.each(FAILURES)('onError that %s, told of a failing beforeForward: still the JSON 500', async (_, fail) => {
    const beforeForward = () => {
      throw new Error('session store down');
    };
    expect(await seen(await handler({ beforeForward, onError: fail as never })(resend()))).toEqual(FAILED);
    await expectNoUnhandledRejection();
  });

  it.each(FAILURES)('a logger that %s: warned at creation (no clientIp), told of a failing verifyHuman', async (_, fail) => {
    const logger = { warn: fail as never, error: fail as never };
    const verifyHuman = () => Promise.reject(new Error('verifier unreachable'));
    const handle = handler({ logger, clientIp: undefined, verifyHuman });
    const answer = await seen(await handle(resend({ [HUMAN_TOKEN_HEADER]: 'token' })));
    expect(answer).toMatchObject({ status: 403, nosniff: 'nosniff', cache: 'no-store' });
    const calm = await seen(await handler({ clientIp: undefined, verifyHuman })(resend({ [HUMAN_TOKEN_HEADER]: 'token' })));
    expect(answer).toEqual(calm);
    await expectNoUnhandledRejection();
  });

  it.each(FAILURES)('createLambdaHandler: a logger that %s, told of an event it does not answer', async (_, fail) => {
    const handle = createLambdaHandler({
      endpoint: emulator.endpoint,
      clientId: emulator.secretClientId,
      clientSecret: emulator.clientSecret,
      logger: { warn: fail as never, error: fail as never },
    });
    const result = await handle({ Records: [] } as never);
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body!)).toMatchObject({ __type: 'ValidationError', field: 'event' });
    await expectNoUnhandledRejection();
  });

  it.each(FAILURES)('createCustomMessageHandler: a logger whose warn %s', async (_, fail) => {
    const handle = createCustomMessageHandler({ confirmUrl: 'https://app.example.com/confirm', logger: { warn: fail as never } });
    const event = customMessageEvent('CustomMessage_SignUp', { codeParameter: 'a b' });
    expect(await handle(event)).toEqual(event);
    await expectNoUnhandledRejection();
  });
});
