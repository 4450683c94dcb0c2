// Password reset through the server handler (issue #30): ForgotPassword as a send (per person, per IP
// and pool send quotas, the human check, points back when no code went out), ConfirmForgotPassword as
// a code check, both with a SecretHash of the handler's own, and the handler's sign-in with the new
// password in the same request. Cognito is played by a fake `fetch` (below the transport) that records
// every call and answers as scripted, so every call that reached "Cognito" can be counted.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../src/server/createConfirmationHandler';
import type { ConfirmationEvent } from '../../src/server/events/ConfirmationEvent';
import { clientIpFromHeader } from '../../src/server/limits/clientIpFrom';
import { quotaRefundsSettled } from '../../src/server/limits/createRequestGuard';

const CLIENT_ID = 'resetclient1234567890abcd';
const SECRET = 'reset-test-client-secret-0123456789abcdefghijklmnop';
const IP = '198.51.100.23';
const PASSWORD = 'Fresh-Start-42!';
const CODE = '123456';

const TOKENS = {
  AccessToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.access-signature',
  IdToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.id-signature',
  RefreshToken: 'eyJjdHkiOiJKV1QifQ.refresh',
  ExpiresIn: 3600,
  TokenType: 'Bearer',
};

interface Call {
  target: string;
  body: Record<string, any>;
  text: string;
}
type Answer = Response | Promise<Response>;
type Script = (call: Call, signal: AbortSignal | undefined) => Answer;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/x-amz-json-1.1', ...headers } });
const cognitoError = (type: string, message = 'm', status = 400) => json({ __type: type, message }, status);

/** Cognito's default answers: a code sent, a reset accepted, tokens for the new password. */
const ANSWERS: Record<string, Script> = {
  ForgotPassword: () => json({ CodeDeliveryDetails: { Destination: 'j***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' } }),
  ResendConfirmationCode: () =>
    json({ CodeDeliveryDetails: { Destination: 'j***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' } }),
  ConfirmForgotPassword: () => json({}),
  InitiateAuth: () => json({ AuthenticationResult: TOKENS, ChallengeParameters: {} }),
};

function fakeCognito(overrides: Partial<Record<string, Script>> = {}) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const target = String((init!.headers as Record<string, string>)['X-Amz-Target'])
      .split('.')
      .pop()!;
    const text = String(init?.body);
    const call = { target, body: JSON.parse(text), text };
    calls.push(call);
    const script = overrides[target] ?? ANSWERS[target];
    if (!script) return cognitoError('UnknownOperationException');
    return script(call, init?.signal ?? undefined);
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    calls,
    count: (target: string) => calls.filter((c) => c.target === target).length,
  };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function handler(extra: Partial<ConfirmationHandlerOptions> = {}, overrides: Partial<Record<string, Script>> = {}) {
  const cognito = fakeCognito(overrides);
  const events: ConfirmationEvent[] = [];
  const onError = vi.fn();
  const logger = { warn: vi.fn(), error: vi.fn() };
  const handle = createConfirmationHandler({
    endpoint: 'https://cognito-idp.test/',
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    clientIp: clientIpFromHeader('x-test-ip'),
    fetch: cognito.fetch,
    logger,
    onEvent: (event) => void events.push(event),
    onError,
    ...extra,
  } as ConfirmationHandlerOptions);
  return { handle, cognito, events, onError, logger };
}

function post(operation: string, params: unknown, headers: Record<string, string> = {}) {
  return new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': IP, ...headers },
    body: JSON.stringify({ operation, params }),
  });
}
const forgot = (username: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post('ForgotPassword', { Username: username, ...extra }, headers);
const confirmReset = (username: string, extra: Record<string, unknown> = {}) =>
  post('ConfirmForgotPassword', { Username: username, ConfirmationCode: CODE, Password: PASSWORD, ...extra });

/** Cognito's SecretHash, computed here the reference way (node:crypto), not with the kit's own code. */
const reference = (username: string) =>
  createHmac('sha256', SECRET)
    .update(username + CLIENT_ID)
    .digest('base64');

let n = 0;
const user = (prefix = 'reset') => {
  n += 1;
  return `${prefix}_${n}`;
};

describe('ForgotPassword through the handler: a send', () => {
  it('forwards with the own ClientId, the server’s IP and a correct SecretHash (a browser’s is dropped), and relays the destination', async () => {
    const { handle, cognito, events } = handler();
    const username = user();
    const response = await handle(
      forgot(username, { SecretHash: 'forged+by/browser==', ClientMetadata: { locale: 'de' }, UserContextData: { IpAddress: '1.2.3.4' } }),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      CodeDeliveryDetails: { Destination: 'j***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    expect(text).not.toContain(reference(username));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(cognito.calls).toHaveLength(1);
    expect(cognito.calls[0]!.target).toBe('ForgotPassword');
    expect(cognito.calls[0]!.body).toEqual({
      Username: username,
      ClientMetadata: { locale: 'de' },
      UserContextData: { IpAddress: IP },
      ClientId: CLIENT_ID,
      SecretHash: reference(username),
    });
    expect(events).toEqual([{ type: 'forwarded', operation: 'ForgotPassword', status: 200, errorType: undefined, codeSent: true, ip: IP }]);
  });

  it('refuses 30 requests for one name after the per-person quota (5 an hour by default), before Cognito, whatever the case or spaces', async () => {
    const { handle, cognito, events } = handler();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const name = i % 3 === 0 ? 'Jane.Doe' : i % 3 === 1 ? 'jane.doe' : 'JANE.DOE';
      statuses.push((await handle(forgot(name))).status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual(Array(25).fill(429));
    expect(cognito.count('ForgotPassword')).toBe(5);
    const refused = events.filter((event) => event.type === 'refused');
    expect(refused).toHaveLength(25);
    expect(refused[0]).toMatchObject({ operation: 'ForgotPassword', quota: 'sendsPerUser', reason: 'quota' });

    const last = await handle(forgot('jane.doe'));
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect(await last.json()).toEqual({ __type: 'LimitExceededException', message: expect.stringMatching(/this account/) });
    // Someone else is not held back.
    expect((await handle(forgot(user()))).status).toBe(200);
  });

  it('shares the person’s send count with ResendConfirmationCode: one budget per destination', async () => {
    const { handle, cognito } = handler({ limits: { sendsPerUser: { limit: 3, windowSeconds: 600 } } });
    const name = user();
    expect((await handle(post('ResendConfirmationCode', { Username: name }))).status).toBe(200);
    expect((await handle(forgot(name))).status).toBe(200);
    expect((await handle(post('ResendConfirmationCode', { Username: name }))).status).toBe(200);
    expect((await handle(forgot(name))).status).toBe(429);
    expect((await handle(post('ResendConfirmationCode', { Username: name }))).status).toBe(429);
    expect(cognito.calls).toHaveLength(3);
  });

  it('counts per IP (attempts, refunds or not) and for the pool', async () => {
    const perIp = handler({ limits: { sendsPerUser: false, sendsPerIp: { limit: 2, windowSeconds: 600 } } });
    expect((await perIp.handle(forgot(user()))).status).toBe(200);
    expect((await perIp.handle(forgot(user()))).status).toBe(200);
    const refused = await perIp.handle(forgot(user()));
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/this network/);
    expect((await perIp.handle(forgot(user(), {}, { 'x-test-ip': '198.51.100.99' }))).status).toBe(200);
    expect(perIp.cognito.count('ForgotPassword')).toBe(3);

    const pool = handler({ limits: { sendsPerUser: false, sendsPerIp: false, sendsPerPool: { limit: 2, windowSeconds: 600 } } });
    expect((await pool.handle(forgot(user()))).status).toBe(200);
    expect((await pool.handle(forgot(user(), {}, { 'x-test-ip': '203.0.113.50' }))).status).toBe(200);
    const paused = await pool.handle(forgot(user(), {}, { 'x-test-ip': '203.0.113.51' }));
    expect(paused.status).toBe(429);
    expect((await paused.json()).message).toMatch(/paused/);
    expect(pool.cognito.count('ForgotPassword')).toBe(2);
  });

  it.each([
    ['UserNotFoundException', 'an unknown name'],
    ['InvalidParameterException', 'no verified email or phone'],
    ['LimitExceededException', 'Cognito’s own limit'],
    ['TooManyRequestsException', 'Cognito’s request rate'],
    ['NotAuthorizedException', 'a client that may not reset'],
  ])('gives the person’s and the pool’s points back when Cognito answers %s (%s)', async (type) => {
    const { handle, cognito, events } = handler(
      { limits: { sendsPerUser: { limit: 2, windowSeconds: 600 }, sendsPerPool: { limit: 2, windowSeconds: 600 }, sendsPerIp: false } },
      { ForgotPassword: () => cognitoError(type) },
    );
    const name = user();
    for (let i = 0; i < 6; i += 1) {
      const response = await handle(forgot(name));
      expect(response.status).toBe(400);
      expect((await response.json()).__type).toBe(type);
      await quotaRefundsSettled();
    }
    expect(cognito.count('ForgotPassword')).toBe(6);
    // The refund's event follows the give-back, a turn after it settled.
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.filter((event) => event.type === 'forwarded')).toEqual(
      Array(6).fill({ type: 'forwarded', operation: 'ForgotPassword', status: 400, errorType: type, codeSent: false, ip: IP }),
    );
    expect(events.filter((event) => event.type === 'refunded')).toEqual(
      Array(6).fill({ type: 'refunded', operation: 'ForgotPassword', quotas: ['sendsPerUser', 'sendsPerPool'], ip: IP }),
    );
  });

  it.each([
    ['CodeDeliveryFailureException', 400, 'delivery was tried: a pumped SMS may be billed'],
    ['UserLambdaValidationException', 400, 'a custom sender may have sent'],
    ['InternalErrorException', 500, 'a 5xx may have sent'],
  ])('keeps the points when Cognito answers %s (%s)', async (type, status) => {
    const { handle, cognito, events } = handler(
      { limits: { sendsPerUser: { limit: 2, windowSeconds: 600 }, sendsPerIp: false } },
      { ForgotPassword: () => cognitoError(type, 'm', status) },
    );
    const name = user();
    expect((await handle(forgot(name))).status).toBe(status);
    await quotaRefundsSettled();
    expect((await handle(forgot(name))).status).toBe(status);
    await quotaRefundsSettled();
    expect((await handle(forgot(name))).status).toBe(429);
    expect(cognito.count('ForgotPassword')).toBe(2);
    expect(events.some((event) => event.type === 'refunded')).toBe(false);
    expect(events.find((event) => event.type === 'forwarded')).toMatchObject({ codeSent: true, errorType: type });
  });

  it('keeps the points when Cognito never answers (a code may have gone out)', async () => {
    const { handle, events } = handler(
      { limits: { sendsPerUser: { limit: 1, windowSeconds: 600 } } },
      { ForgotPassword: () => Promise.reject(new TypeError('fetch failed')) },
    );
    const name = user();
    expect((await handle(forgot(name))).status).toBe(502);
    await quotaRefundsSettled();
    expect((await handle(forgot(name))).status).toBe(429);
    expect(events[0]).toEqual({ type: 'forwarded', operation: 'ForgotPassword', status: 502, codeSent: true, ip: IP });
  });

  it('asks verifyHuman first, like every send: no token or a failed check is a 403 before Cognito', async () => {
    const verifyHuman = vi.fn(async (_request: Request, token: string) => token === 'good');
    const { handle, cognito, events } = handler({ verifyHuman });
    expect((await handle(forgot(user()))).status).toBe(403);
    expect((await handle(forgot(user(), {}, { 'x-cognito-confirm-human-token': 'bad' }))).status).toBe(403);
    expect(cognito.calls).toHaveLength(0);
    expect(events.map((event) => event.type === 'human-check-failed' && event.reason)).toEqual(['missing', 'rejected']);
    expect((await handle(forgot(user(), {}, { 'x-cognito-confirm-human-token': 'good' }))).status).toBe(200);
    // A code check is not a send: no human check for ConfirmForgotPassword.
    expect((await handle(confirmReset(user()))).status).toBe(200);
    expect(verifyHuman).toHaveBeenCalledTimes(2);
  });

  it('can be left out with operations', async () => {
    const { handle, cognito } = handler({ operations: ['ResendConfirmationCode', 'ConfirmSignUp'] });
    for (const request of [forgot(user()), confirmReset(user())]) {
      const response = await handle(request);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ __type: 'UnsupportedOperationException' });
    }
    expect(cognito.calls).toHaveLength(0);
  });
});

describe('ConfirmForgotPassword through the handler: a code check', () => {
  it('forwards with a correct SecretHash and the server’s IP', async () => {
    const { handle, cognito } = handler({ signInAfterReset: false });
    const username = user();
    const response = await handle(confirmReset(username, { SecretHash: 'forged==', AnalyticsMetadata: { AnalyticsEndpointId: 'e1' } }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(cognito.calls).toHaveLength(1);
    expect(cognito.calls[0]!.body).toEqual({
      Username: username,
      ConfirmationCode: CODE,
      Password: PASSWORD,
      AnalyticsMetadata: { AnalyticsEndpointId: 'e1' },
      UserContextData: { IpAddress: IP },
      ClientId: CLIENT_ID,
      SecretHash: reference(username),
    });
  });

  it('counts every attempt against the person’s check quota (wrong codes included), before Cognito, and not against their sends', async () => {
    const { handle, cognito, events } = handler(
      { limits: { checksPerUser: { limit: 3, windowSeconds: 600 }, sendsPerUser: { limit: 1, windowSeconds: 600 } } },
      { ConfirmForgotPassword: () => cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.') },
    );
    const name = user();
    expect((await handle(forgot(name))).status).toBe(200); // the one send
    for (let i = 0; i < 3; i += 1) {
      expect((await handle(confirmReset(name.toUpperCase()))).status).toBe(400);
      await quotaRefundsSettled();
    }
    const refused = await handle(confirmReset(name));
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/code attempts for this account/);
    expect(cognito.count('ConfirmForgotPassword')).toBe(3);
    expect(cognito.count('InitiateAuth')).toBe(0); // no sign-in after a refused reset
    expect(events.find((event) => event.type === 'refused')).toMatchObject({ operation: 'ConfirmForgotPassword', quota: 'checksPerUser' });
    expect(events.some((event) => event.type === 'refunded')).toBe(false);
  });

  it('counts per IP too', async () => {
    const { handle, cognito } = handler({ limits: { checksPerUser: false, checksPerIp: { limit: 2, windowSeconds: 600 } } });
    expect((await handle(confirmReset(user()))).status).toBe(200);
    expect((await handle(confirmReset(user()))).status).toBe(200);
    expect((await handle(confirmReset(user()))).status).toBe(429);
    expect(cognito.count('ConfirmForgotPassword')).toBe(2);
  });
});

describe('signing in after the reset, inside the handler', () => {
  it('answers {} and SignIn with the tokens, having signed in with USER_AUTH + PASSWORD, the same name, SecretHash, context and metadata', async () => {
    const { handle, cognito, events } = handler();
    const username = user();
    const response = await handle(
      confirmReset(username, {
        ClientMetadata: { locale: 'fr' },
        AnalyticsMetadata: { AnalyticsEndpointId: 'e1' },
        UserContextData: { EncodedData: 'enc' },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ SignIn: { AuthenticationResult: TOKENS, ChallengeParameters: {} } });
    expect(cognito.calls.map((call) => call.target)).toEqual(['ConfirmForgotPassword', 'InitiateAuth']);
    expect(cognito.calls[1]!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: PASSWORD, SECRET_HASH: reference(username) },
      ClientId: CLIENT_ID,
      UserContextData: { EncodedData: 'enc', IpAddress: IP },
      AnalyticsMetadata: { AnalyticsEndpointId: 'e1' },
      ClientMetadata: { locale: 'fr' },
    });
    expect(events).toEqual([
      { type: 'forwarded', operation: 'ConfirmForgotPassword', status: 200, errorType: undefined, codeSent: undefined, ip: IP },
      { type: 'forwarded', operation: 'InitiateAuth', status: 200, errorType: undefined, ip: IP },
      { type: 'signed-in', operation: 'ConfirmForgotPassword', ip: IP },
    ]);
  });

  it('hands a challenge (MFA) back as Cognito gave it, Session included; no signed-in event, no onSignedIn', async () => {
    const challenge = {
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 's'.repeat(40),
      ChallengeParameters: { USER_ID_FOR_SRP: 'jane' },
    };
    const onSignedIn = vi.fn();
    const { handle, events } = handler({ onSignedIn }, { InitiateAuth: () => json(challenge) });
    const response = await handle(confirmReset(user()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ SignIn: challenge });
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(events.some((event) => event.type === 'signed-in')).toBe(false);
  });

  it('answers 200 with SignIn { __type, message } when Cognito refuses the sign-in: the password was changed', async () => {
    const { handle, events, onError } = handler(
      {},
      { InitiateAuth: () => cognitoError('PasswordResetRequiredException', 'Password reset required for the user') },
    );
    const response = await handle(confirmReset(user()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      SignIn: { __type: 'PasswordResetRequiredException', message: 'Password reset required for the user' },
    });
    expect(events.at(-1)).toEqual({
      type: 'forwarded',
      operation: 'InitiateAuth',
      status: 400,
      errorType: 'PasswordResetRequiredException',
      ip: IP,
    });
    expect(onError).not.toHaveBeenCalled();
  });

  it.each([
    ['a broken connection', () => Promise.reject(new TypeError('fetch failed')), 'NetworkError'],
    ['an answer that is not JSON', () => new Response('<html>ok</html>', { status: 200 }), 'InvalidResponseError'],
    ['an HTML 503 from a proxy', () => new Response('<html>busy</html>', { status: 503 }), 'InternalErrorException'],
    ['a JSON array', () => json([1, 2]), 'InvalidResponseError'],
  ])('answers 200 with SignIn.__type for %s', async (_what, script, type) => {
    const { handle } = handler({}, { InitiateAuth: script });
    const response = await handle(confirmReset(user()));
    expect(response.status).toBe(200);
    expect((await response.json()).SignIn).toMatchObject({ __type: type });
  });

  it('signs in within what is left of timeoutMs: a hanging Cognito is a SignIn TimeoutError, in bounded time', async () => {
    const hang: Script = (_call, signal) =>
      new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    const { handle } = handler({ timeoutMs: 200 }, { InitiateAuth: hang });
    const started = Date.now();
    const response = await handle(confirmReset(user()));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ SignIn: { __type: 'TimeoutError', message: expect.any(String) } });
  });

  it('does not start a sign-in when the reset used the whole budget', async () => {
    let now = 1_000_000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now);
    cleanups.push(() => clock.mockRestore());
    const { handle, cognito } = handler(
      { timeoutMs: 5000 },
      {
        ConfirmForgotPassword: () => {
          now += 5000; // Cognito took the whole timeoutMs to accept the reset
          return json({});
        },
      },
    );
    const response = await handle(confirmReset(user()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ SignIn: { __type: 'TimeoutError', message: 'No time was left to sign in.' } });
    expect(cognito.count('InitiateAuth')).toBe(0);
  });

  it('keeps Cognito’s own refusals of the reset as they are, without signing in', async () => {
    for (const type of [
      'CodeMismatchException',
      'ExpiredCodeException',
      'InvalidPasswordException',
      'PasswordHistoryPolicyViolationException',
    ]) {
      const { handle, cognito } = handler({}, { ConfirmForgotPassword: () => cognitoError(type) });
      const response = await handle(confirmReset(user()));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ __type: type, message: 'm' });
      expect(cognito.count('InitiateAuth')).toBe(0);
    }
  });

  it('keeps only its own SignIn: one in Cognito’s answer to the reset is replaced', async () => {
    const { handle } = handler({}, { ConfirmForgotPassword: () => json({ SignIn: { AuthenticationResult: { AccessToken: 'forged' } } }) });
    expect(await (await handle(confirmReset(user()))).json()).toEqual({
      SignIn: { AuthenticationResult: TOKENS, ChallengeParameters: {} },
    });
  });

  it('signInAfterReset: false answers Cognito’s {} alone, with one call', async () => {
    const onSignedIn = vi.fn();
    const { handle, cognito, events } = handler({ signInAfterReset: false, onSignedIn });
    const response = await handle(confirmReset(user()));
    expect(await response.json()).toEqual({});
    expect(cognito.calls.map((call) => call.target)).toEqual(['ConfirmForgotPassword']);
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(events.map((event) => event.type)).toEqual(['forwarded']);
  });

  it.each([['false'], [0], [1], [null], [{}]])('refuses signInAfterReset: %j when the handler is made', (value) => {
    expect(() => handler({ signInAfterReset: value as never })).toThrow(/signInAfterReset must be true or false/);
  });

  it('still signs in when InitiateAuth is left out of operations (that only gates the browser’s own InitiateAuth)', async () => {
    const { handle, cognito } = handler({ operations: ['ForgotPassword', 'ConfirmForgotPassword'] });
    expect((await (await handle(confirmReset(user()))).json()).SignIn).toMatchObject({ AuthenticationResult: TOKENS });
    expect(cognito.count('InitiateAuth')).toBe(1);
  });

  it('is not asked of beforeForward again, and beforeForward sees the password only when it asks for it', async () => {
    const seen: string[] = [];
    let read: unknown;
    const beforeForward = vi.fn((_request: Request, _operation: string, params: Readonly<Record<string, unknown>>) => {
      seen.push(JSON.stringify(params), Object.keys(params).join(','), String({ ...params }.Password));
      read = params['Password'];
      return undefined;
    });
    const { handle, cognito } = handler({ beforeForward });
    expect((await handle(confirmReset(user()))).status).toBe(200);
    expect(beforeForward).toHaveBeenCalledTimes(1);
    expect(beforeForward.mock.calls[0]![1]).toBe('ConfirmForgotPassword');
    expect(read).toBe(PASSWORD);
    expect(seen.join(' ')).not.toContain(PASSWORD);
    expect(cognito.calls.map((call) => call.target)).toEqual(['ConfirmForgotPassword', 'InitiateAuth']);
  });

  it('scrubs the secret and the SecretHash from anything Cognito echoes in either answer', async () => {
    const echo: Script = (call) => json({ echoed: call.text, secret: SECRET });
    const { handle } = handler({}, { ConfirmForgotPassword: echo, InitiateAuth: echo });
    const username = user();
    const text = await (await handle(confirmReset(username))).text();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(reference(username));
    expect(text).not.toContain(reference(username).replace(/\//g, '\\/'));
    expect(text).toContain('[redacted]');
  });
});

describe('a refused reset', () => {
  it('is relayed without the new password, should Cognito ever echo it', async () => {
    const echo: Script = (call) =>
      json({ __type: 'InvalidPasswordException', message: `Password did not conform with policy: ${call.text}` }, 400);
    const { handle } = handler({}, { ConfirmForgotPassword: echo });
    const response = await handle(confirmReset(user()));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('InvalidPasswordException');
    expect(text).not.toContain(PASSWORD);
    expect(text).toContain('[redacted]');
  });
});

describe('onSignedIn after a reset', () => {
  it('sees the tokens and the username; its cookies are set; withhold leaves ExpiresIn and TokenType inside SignIn', async () => {
    const onSignedIn = vi.fn(() => ({
      headers: [
        ['Set-Cookie', 'sid=abc; HttpOnly; Secure; SameSite=Lax; Path=/'],
        ['Set-Cookie', 'signed_in=1; Path=/'],
      ] as [string, string][],
      tokens: 'withhold' as const,
    }));
    const { handle } = handler({ onSignedIn });
    const username = user();
    const request = confirmReset(username);
    const response = await handle(request);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ SignIn: { AuthenticationResult: { ExpiresIn: 3600, TokenType: 'Bearer' } } });
    expect(text).not.toMatch(/eyJ/);
    expect(response.headers.getSetCookie()).toEqual(['sid=abc; HttpOnly; Secure; SameSite=Lax; Path=/', 'signed_in=1; Path=/']);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(onSignedIn).toHaveBeenCalledWith(TOKENS, { request, username });
  });

  it('sends the tokens with its cookies when it says send (or nothing)', async () => {
    const { handle } = handler({ onSignedIn: () => ({ headers: { 'Set-Cookie': 'sid=1' } }) });
    const response = await handle(confirmReset(user()));
    expect(response.headers.getSetCookie()).toEqual(['sid=1']);
    expect((await response.json()).SignIn.AuthenticationResult).toEqual(TOKENS);
    const quiet = handler({ onSignedIn: () => undefined });
    expect((await (await quiet.handle(confirmReset(user()))).json()).SignIn.AuthenticationResult).toEqual(TOKENS);
  });

  it('sends a Response it returns instead', async () => {
    const { handle } = handler({ onSignedIn: () => new Response(JSON.stringify({ SignIn: { done: true } }), { status: 200 }) });
    const response = await handle(confirmReset(user()));
    expect(await response.json()).toEqual({ SignIn: { done: true } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    [
      'a throw',
      () => {
        throw new Error('session store down');
      },
    ],
    ['nonsense', () => ({ tokens: 'maybe' }) as never],
    ['a string', () => 'sid=1' as never],
  ])('answers 200 with SignIn InternalErrorException and no token when it fails (%s), and tells onError', async (_what, onSignedIn) => {
    const { handle, onError } = handler({ onSignedIn });
    const response = await handle(confirmReset(user()));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ SignIn: { __type: 'InternalErrorException', message: expect.any(String) } });
    expect(text).not.toMatch(/eyJ|session store/);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the password goes to Cognito and nowhere else', () => {
  it('is in no event, metric, log line, onError call, hook argument or answer, whatever happens', async () => {
    const PASSWORD_LIKE = 'Zq8-Unique-Pa55word!';
    const observed: unknown[] = [];
    const spy =
      (label: string) =>
      (...args: unknown[]) =>
        void observed.push([label, ...args.map((arg) => (arg instanceof Request ? 'request' : arg))]);
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(spy(`console.${level}`)),
    );
    cleanups.push(() => {
      for (const s of consoleSpies) s.mockRestore();
    });
    const meter = { createCounter: () => ({ add: spy('counter') }) };
    const scripts: Array<Partial<Record<string, Script>>> = [
      {},
      // Cognito quoting the password in its refusal (it does not; the handler must not pass it on if it ever did).
      { InitiateAuth: () => cognitoError('NotAuthorizedException', `Incorrect password ${PASSWORD_LIKE}`) },
      { InitiateAuth: () => Promise.reject(new Error(`socket closed while sending ${PASSWORD_LIKE}`)) },
      { ConfirmForgotPassword: () => cognitoError('InvalidPasswordException', 'Password does not conform to policy') },
    ];
    const answers: string[] = [];
    for (const script of scripts) {
      const { handle, events, onError, logger } = handler(
        {
          meter,
          onSignedIn: (result, context) => {
            observed.push(['onSignedIn', result, context.username]);
            throw new Error('store down');
          },
          beforeForward: (_request, operation, params) => void observed.push(['beforeForward', operation, JSON.stringify(params)]),
        },
        script,
      );
      const requests = [
        post('ConfirmForgotPassword', { Username: user(), ConfirmationCode: CODE, Password: PASSWORD_LIKE }),
        // Refused before Cognito: the refusal names the rule, not the value.
        post('ConfirmForgotPassword', { Username: user(), ConfirmationCode: CODE, Password: `${PASSWORD_LIKE} ` }),
        post('ConfirmForgotPassword', { Username: user(), ConfirmationCode: CODE, Password: PASSWORD_LIKE.repeat(20) }),
        post('InitiateAuth', {
          AuthFlow: 'USER_AUTH',
          AuthParameters: { USERNAME: 'u', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: PASSWORD_LIKE },
        }),
      ];
      for (const request of requests) {
        const response = await handle(request);
        answers.push(`${response.status} ${[...response.headers].join(' ')} ${await response.text()}`);
      }
      observed.push(
        events,
        onError.mock.calls.map((call) => [String(call[0]), (call[0] as Error).stack]),
        logger.warn.mock.calls,
        logger.error.mock.calls,
      );
    }
    const everything = JSON.stringify([observed, answers]);
    expect(everything).toContain('InvalidPasswordException'); // the scripts ran
    expect(everything).not.toContain(PASSWORD_LIKE);
  });
});

describe('hostile bodies: refused with a 400 (413 when huge) before Cognito', () => {
  const username = 'hostile_user';
  it.each([
    ['Password as a number', { Password: 12345678 }, 'Password'],
    ['Password as null', { Password: null }, 'Password'],
    ['Password as an array', { Password: ['a', 'b'] }, 'Password'],
    ['Password as an object', { Password: { toString: 'x' } }, 'Password'],
    ['Password of 257 characters', { Password: 'a'.repeat(257) }, 'Password'],
    ['an empty Password', { Password: '' }, 'Password'],
    // Leading or trailing white space: refused by Cognito's own pattern too (^[\S]+.*[\S]+$).
    ['a Password with a leading space', { Password: ' Fresh-Start-42!' }, 'Password'],
    ['a Password with a trailing tab', { Password: 'Fresh-Start-42!\t' }, 'Password'],
    ['a Password with a trailing newline', { Password: 'Fresh-Start-42!\n' }, 'Password'],
    ['no Password', { Password: undefined }, 'Password'],
    ['no ConfirmationCode', { ConfirmationCode: undefined }, 'ConfirmationCode'],
    ['a ConfirmationCode of 2,049 characters', { ConfirmationCode: '1'.repeat(2049) }, 'ConfirmationCode'],
    ['a Username of 129 characters', { Username: 'u'.repeat(129) }, 'Username'],
    ['a Username with a space', { Username: 'jane doe' }, 'Username'],
    ['an unknown field', { PASSWORD: 'x' }, 'PASSWORD'],
    ['a Session', { Session: 's'.repeat(40) }, 'Session'],
    ['ClientMetadata as a string', { ClientMetadata: 'locale=de' }, 'ClientMetadata'],
  ])('ConfirmForgotPassword with %s', async (_what, change, field) => {
    const { handle, cognito, events } = handler();
    const params: Record<string, unknown> = { Username: username, ConfirmationCode: CODE, Password: PASSWORD, ...change };
    const response = await handle(post('ConfirmForgotPassword', params));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ __type: 'ValidationError', field });
    if (typeof params['Password'] === 'string' && params['Password'].length > 3) expect(text).not.toContain(params['Password']);
    expect(cognito.calls).toHaveLength(0);
    expect(events).toEqual([]); // nothing spent
  });

  it('accepts a Password of exactly 256 characters (the model’s maximum)', async () => {
    const { handle, cognito } = handler({ signInAfterReset: false });
    expect(
      (await handle(post('ConfirmForgotPassword', { Username: username, ConfirmationCode: CODE, Password: 'p'.repeat(256) }))).status,
    ).toBe(200);
    expect(cognito.calls).toHaveLength(1);
  });

  it.each([
    ['a Password', { Password: PASSWORD }, 'Password'],
    ['a ConfirmationCode', { ConfirmationCode: CODE }, 'ConfirmationCode'],
    ['Username as a number', { Username: 42 }, 'Username'],
    ['an empty Username', { Username: '' }, 'Username'],
    ['a Username of 129 characters', { Username: 'u'.repeat(129) }, 'Username'],
  ])('ForgotPassword with %s', async (_what, change, field) => {
    const { handle, cognito } = handler();
    const response = await handle(post('ForgotPassword', { Username: username, ...change }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'ValidationError', field });
    expect(cognito.calls).toHaveLength(0);
  });

  it.each(['ForgotPassword', 'ConfirmForgotPassword'])('%s: params that are not an object, and a huge body', async (operation) => {
    const { handle, cognito } = handler();
    for (const params of [null, 'Username=jane', ['jane'], 42]) {
      expect((await handle(post(operation, params))).status).toBe(400);
    }
    const huge = await handle(post(operation, { Username: username, ConfirmationCode: CODE, Password: 'p'.repeat(100_000) }));
    expect(huge.status).toBe(413);
    expect(await huge.text()).not.toContain('ppppp');
    expect(cognito.calls).toHaveLength(0);
  });

  it.each([
    [
      'USER_AUTH with PREFERRED_CHALLENGE PASSWORD and a password',
      { USERNAME: 'u', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: PASSWORD },
      undefined,
    ],
    ['USER_AUTH with PREFERRED_CHALLENGE PASSWORD alone', { USERNAME: 'u', PREFERRED_CHALLENGE: 'PASSWORD' }, undefined],
    ['USER_AUTH with a password beside a Session', { USERNAME: 'u', PASSWORD: PASSWORD }, 's'.repeat(40)],
    ['USER_AUTH with an empty password', { USERNAME: 'u', PASSWORD: '' }, undefined],
  ])('the browser’s InitiateAuth: %s is a 400 without any call to Cognito', async (_what, authParameters, session) => {
    const { handle, cognito, events } = handler();
    const response = await handle(
      post('InitiateAuth', { AuthFlow: 'USER_AUTH', AuthParameters: authParameters, ...(session ? { Session: session } : {}) }),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      __type: 'ValidationError',
      message: 'This endpoint does not sign in with a password.',
      field: 'AuthParameters',
    });
    expect(text).not.toContain(PASSWORD);
    expect(cognito.calls).toHaveLength(0);
    expect(events).toEqual([]);
  });
});
