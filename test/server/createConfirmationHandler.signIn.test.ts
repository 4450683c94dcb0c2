import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoConfirmClient } from '../../src/core/protocol/createCognitoConfirmClient';
import { createBackendTransport } from '../../src/core/protocol/transports/createBackendTransport';
import { type ConfirmationHandlerOptions, createConfirmationHandler } from '../../src/server/createConfirmationHandler';
import { clientIpFromHeader } from '../../src/server/limits/clientIpFrom';
import { harnessClient } from '../support/harnessClient.mjs';
import { serveFetchHandler } from '../support/serveFetchHandler';
import { setUpEmulator } from '../support/setUpEmulator';

// Sign-in right after confirming through the server handler (issue #22): InitiateAuth only as
// USER_AUTH + ConfirmSignUp's Session + USERNAME, SECRET_HASH added here, counted as a code check,
// and onSignedIn for an app that keeps the tokens on its server.

const emulator = setUpEmulator();
let forwarded = 0;
beforeEach(() => {
  emulator.reset();
  forwarded = 0;
});

const quiet = { warn: vi.fn(), error: vi.fn() };
function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger: quiet,
    fetch: (...args) => {
      forwarded += 1;
      return fetch(...args);
    },
    ...extra,
  } as ConfirmationHandlerOptions);
}

function post(body: unknown, ip = '198.51.100.1') {
  return new Request('http://app.test/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': ip },
    body: JSON.stringify(body),
  });
}

const hash = (username: string) =>
  createHmac('sha256', emulator.clientSecret)
    .update(username + emulator.secretClientId)
    .digest('base64');

let n = 0;
/** Signed up through the secret client, with SignUp's Session. */
async function signedUp() {
  n += 1;
  const username = `signin_${process.pid}_${n}`;
  const answer = await harnessClient(emulator.endpoint).signUp({
    username,
    email: `${username}@example.com`,
    password: 'Correct-Horse-9',
    clientId: emulator.secretClientId,
    secretHash: hash(username),
  });
  return { username, signUpSession: answer.Session! };
}

/** Confirmed through the handler with SignUp's Session: ConfirmSignUp's Session, for InitiateAuth. */
async function confirmed(handle = handler()) {
  const { username, signUpSession } = await signedUp();
  const response = await handle(
    post({
      operation: 'ConfirmSignUp',
      params: { Username: username, ConfirmationCode: emulator.latestCode(username), Session: signUpSession },
    }),
  );
  expect(response.status).toBe(200);
  const { Session: session } = await response.json();
  expect(session).toEqual(expect.any(String));
  return { username, signUpSession, session: session as string };
}

const signIn = (username: string, session: string, extra: Record<string, unknown> = {}) => ({
  operation: 'InitiateAuth',
  params: { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username }, Session: session, ...extra },
});

describe('createConfirmationHandler: sign-in with ConfirmSignUp’s Session', () => {
  it("passes ConfirmSignUp's Session through, and signs in with USERNAME + a SECRET_HASH of its own (a browser's is dropped)", async () => {
    const { username, signUpSession, session } = await confirmed();
    const response = await handler()(
      post(signIn(username, session, { AuthParameters: { USERNAME: username, SECRET_HASH: 'forged+by/browser==' } })),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.AuthenticationResult).toMatchObject({ AccessToken: expect.any(String), IdToken: expect.any(String), TokenType: 'Bearer' });
    expect(text).not.toContain(hash(username));
    expect(response.headers.get('cache-control')).toBe('no-store');

    const [, confirm, auth] = emulator.requests; // SignUp, then the handler's two
    expect(confirm!.target).toBe('ConfirmSignUp');
    expect(confirm!.body).toMatchObject({ Username: username, Session: signUpSession, SecretHash: hash(username) });
    expect(auth!.target).toBe('InitiateAuth');
    expect(auth!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: username, SECRET_HASH: hash(username) },
      ClientId: emulator.secretClientId,
      Session: session,
      UserContextData: { IpAddress: '198.51.100.1' },
    });
  });

  const session = 's'.repeat(40);
  it.each([
    [
      'a password flow',
      { AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'u', PASSWORD: 'guess' }, Session: session },
      // Any password is refused first (#30), whatever the flow.
      'AuthParameters',
    ],
    ['SRP', { AuthFlow: 'USER_SRP_AUTH', AuthParameters: { USERNAME: 'u', SRP_A: 'abc' } }, 'AuthFlow'],
    ['a refresh token', { AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'r' } }, 'AuthFlow'],
    ['custom auth', { AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'u' }, Session: session }, 'AuthFlow'],
    ['an admin flow', { AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'u', PASSWORD: 'p' } }, 'AuthParameters'],
    [
      'USER_AUTH with a password',
      { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u', PASSWORD: 'guess' }, Session: session },
      'AuthParameters',
    ],
    [
      'USER_AUTH with PREFERRED_CHALLENGE',
      { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u', PREFERRED_CHALLENGE: 'PASSWORD' }, Session: session },
      'AuthParameters',
    ],
    [
      'USER_AUTH with a device key',
      { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u', DEVICE_KEY: 'k' }, Session: session },
      'AuthParameters',
    ],
    ['USER_AUTH without a Session', { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u', PASSWORD: 'p' } }, 'AuthParameters'],
    ['USER_AUTH without a Session or password', { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u' } }, 'Session'],
    ['USER_AUTH without USERNAME', { AuthFlow: 'USER_AUTH', AuthParameters: {}, Session: session }, 'AuthParameters.USERNAME'],
    ['AuthParameters as a string', { AuthFlow: 'USER_AUTH', AuthParameters: 'USERNAME=u', Session: session }, 'AuthParameters'],
    ['a top-level Password', { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u' }, Session: session, Password: 'p' }, 'Password'],
    ['a short Session', { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u' }, Session: 'short' }, 'Session'],
  ])('refuses %s with a 400 in Cognito’s shape, before Cognito', async (_what, params, field) => {
    const response = await handler()(post({ operation: 'InitiateAuth', params }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'ValidationError', field });
    expect(forwarded).toBe(0);
    expect(emulator.requests).toHaveLength(0);
  });

  it('refuses another app client', async () => {
    const response = await handler()(post(signIn('u', session, { ClientId: emulator.clientId })));
    expect(response.status).toBe(403);
    expect(forwarded).toBe(0);
  });

  it('relays Cognito’s refusals: a used and an expired Session are NotAuthorizedException', async () => {
    const first = await confirmed();
    expect((await handler()(post(signIn(first.username, first.session)))).status).toBe(200);
    const again = await handler()(post(signIn(first.username, first.session)));
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ __type: 'NotAuthorizedException', message: 'Invalid session for the user.' });

    const second = await confirmed();
    await emulator.expireSession(second.username);
    const expired = await handler()(post(signIn(second.username, second.session)));
    expect(await expired.json()).toMatchObject({
      __type: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('counts a sign-in as a code check, per person (keyed by USERNAME) and per IP', async () => {
    const perUser = handler({ limits: { checksPerUser: { limit: 2, windowSeconds: 60 }, checksPerIp: false } });
    const { username, session } = await confirmed(perUser); // check 1
    expect((await perUser(post(signIn(username, session)))).status).toBe(200); // check 2
    forwarded = 0;
    const third = await perUser(post(signIn(username, session)));
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({ __type: 'LimitExceededException' });
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(forwarded).toBe(0);
    // Another person is not held back by that count.
    const other = await signedUp();
    expect((await perUser(post(signIn(other.username, session)))).status).toBe(400); // NotAuthorized from Cognito: counted, not refused

    const perIp = handler({ limits: { checksPerUser: false, checksPerIp: { limit: 1, windowSeconds: 60 } } });
    expect((await perIp(post(signIn('someone', session), '203.0.113.9'))).status).toBe(400);
    expect((await perIp(post(signIn('someone_else', session), '203.0.113.9'))).status).toBe(429);
    expect((await perIp(post(signIn('someone_else', session), '203.0.113.10'))).status).toBe(400);
  });

  it('can be left out with operations', async () => {
    const response = await handler({ operations: ['ResendConfirmationCode', 'ConfirmSignUp'] })(post(signIn('u', session)));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'UnsupportedOperationException' });
    expect(forwarded).toBe(0);
  });
});

describe('createConfirmationHandler: onSignedIn', () => {
  it('sees the tokens and who signed in; answering nothing relays them', async () => {
    const onSignedIn = vi.fn();
    const handle = handler({ onSignedIn });
    const { username, session: confirmSession } = await confirmed(handle);
    expect(onSignedIn).not.toHaveBeenCalled(); // not for ConfirmSignUp
    const request = post(signIn(username, confirmSession));
    const response = await handle(request);
    const body = await response.json();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    const [result, context] = onSignedIn.mock.calls[0]!;
    expect(result).toEqual(body.AuthenticationResult);
    expect(result.AccessToken).toEqual(expect.any(String));
    expect(context).toEqual({ request, username });
  });

  it('keeps the tokens on the server: its cookie is set, the browser gets ExpiresIn and TokenType only', async () => {
    const handle = handler({
      onSignedIn: async (result) => ({
        headers: [
          ['Set-Cookie', `sid=${result.AccessToken!.length}; HttpOnly; Secure; SameSite=Lax; Path=/`],
          ['Set-Cookie', 'signed_in=1; Path=/'],
          ['Content-Type', 'text/html'],
        ],
        tokens: 'withhold',
      }),
    });
    const { username, session: confirmSession } = await confirmed(handle);
    const response = await handle(post(signIn(username, confirmSession)));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ AuthenticationResult: { ExpiresIn: expect.any(Number), TokenType: 'Bearer' } });
    expect(text).not.toMatch(/eyJ/); // no JWT in any form
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^sid=\d+; HttpOnly/), 'signed_in=1; Path=/']);
    // The handler's own headers win over the app's.
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends a Response it returns instead (with the security headers), and answers 500 when it throws or answers nonsense', async () => {
    const own = handler({ onSignedIn: () => new Response(JSON.stringify({ AuthenticationResult: {} }), { status: 200 }) });
    const a = await confirmed(own);
    const response = await own(post(signIn(a.username, a.session)));
    expect(await response.json()).toEqual({ AuthenticationResult: {} });
    expect(response.headers.get('cache-control')).toBe('no-store');

    for (const onSignedIn of [
      () => {
        throw new Error('session store down');
      },
      () => ({ tokens: 'maybe' }) as never,
      () => ({ cookie: 'sid=1' }) as never,
      () => 'sid=1' as never,
    ]) {
      const onError = vi.fn();
      const failing = handler({ onSignedIn, onError });
      const b = await confirmed(failing);
      const failed = await failing(post(signIn(b.username, b.session)));
      expect(failed.status).toBe(500);
      const text = await failed.text();
      expect(JSON.parse(text)).toMatchObject({ __type: 'InternalErrorException' });
      expect(text).not.toMatch(/eyJ|session store/);
      expect(onError).toHaveBeenCalledTimes(1);
    }
  });

  it('is not called for a challenge or an error answer', async () => {
    const onSignedIn = vi.fn();
    const handle = handler({ onSignedIn });
    const { username, session: confirmSession } = await confirmed(handle);
    await emulator.expireSession(username);
    expect((await handle(post(signIn(username, confirmSession)))).status).toBe(400);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('end to end: the backend transport’s signInWithSession sees a sign-in without any token', async () => {
    const served = await serveFetchHandler(
      handler({ onSignedIn: () => ({ headers: { 'Set-Cookie': 'sid=1; HttpOnly' }, tokens: 'withhold' }) }),
    );
    try {
      const client = createCognitoConfirmClient({
        userPoolId: emulator.userPoolId,
        clientId: emulator.secretClientId,
        transport: createBackendTransport({ url: served.url }),
      });
      const { username, signUpSession } = await signedUp();
      const { Session: next } = await client.confirmSignUp({ username, code: emulator.latestCode(username)!, session: signUpSession });
      const answer = await client.signInWithSession({ username, session: next! });
      expect(answer).toEqual({ AuthenticationResult: { ExpiresIn: expect.any(Number), TokenType: 'Bearer' } });
      // The browser's requests never carried a SecretHash; the server's did.
      const auth = emulator.requests.find((request) => request.target === 'InitiateAuth')!;
      expect(auth.body.AuthParameters).toEqual({ USERNAME: username, SECRET_HASH: hash(username) });
    } finally {
      await served.close();
    }
  });
});
