// The whole password reset through the server handler against the emulator (issue #30): the handler
// asks for the code with a SecretHash of its own, the CustomMessage trigger sends the reset link, the
// landing's code and a new password reset it, and the handler signs in with the new password in the
// same request. Afterwards only the new password works at the emulator.
import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoConfirmClient } from '../../src/core/protocol/createCognitoConfirmClient';
import { confirmForgotPassword } from '../../src/core/protocol/confirmForgotPassword';
import { forgotPassword } from '../../src/core/protocol/forgotPassword';
import { createBackendTransport } from '../../src/core/protocol/transports/createBackendTransport';
import { type ConfirmationHandlerOptions, createConfirmationHandler } from '../../src/server/createConfirmationHandler';
import { createCustomMessageHandler } from '../../src/server/customMessage/createCustomMessageHandler';
import { clientIpFromHeader } from '../../src/server/limits/clientIpFrom';
import { harnessClient } from '../support/harnessClient.mjs';
import { serveFetchHandler } from '../support/serveFetchHandler';
import { setUpEmulator } from '../support/setUpEmulator';

const OLD_PASSWORD = 'Correct-Horse-9';
const NEW_PASSWORD = 'Fresh-Start-42!';
const IP = '198.51.100.30';

const emulator = setUpEmulator({
  customMessage: createCustomMessageHandler({
    confirmUrl: 'https://app.example.com/confirm',
    resetUrl: 'https://app.example.com/reset',
    logger: { warn() {} },
  }),
});
let forwarded = 0;
beforeEach(() => {
  emulator.reset();
  forwarded = 0;
});

function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger: { warn: vi.fn(), error: vi.fn() },
    fetch: (...args) => {
      forwarded += 1;
      return fetch(...args);
    },
    ...extra,
  } as ConfirmationHandlerOptions);
}

const post = (operation: string, params: Record<string, unknown>) =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': IP },
    body: JSON.stringify({ operation, params }),
  });
const hash = (username: string) =>
  createHmac('sha256', emulator.clientSecret)
    .update(username + emulator.secretClientId)
    .digest('base64');

let n = 0;
/** Signed up and confirmed (so the email is verified and a reset can reach it). */
async function confirmedUser() {
  n += 1;
  const username = `hreset_${process.pid}_${n}`;
  const harness = harnessClient(emulator.endpoint);
  await harness.signUp({ username, email: `${username}@example.com`, password: OLD_PASSWORD });
  const confirmed = await harness.call('ConfirmSignUp', {
    ClientId: emulator.clientId,
    Username: username,
    ConfirmationCode: emulator.latestCode(username),
  });
  expect(confirmed.status).toBe(200);
  emulator.reset();
  return username;
}

const signInWith = (username: string, password: string) =>
  harnessClient(emulator.endpoint).call('InitiateAuth', {
    ClientId: emulator.clientId,
    AuthFlow: 'USER_AUTH',
    AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: password },
  });

describe('password reset through the handler, at the emulator', () => {
  it('code by link (the trigger’s resetUrl), new password, signed in in the same request; only the new password works afterwards', async () => {
    const handle = handler();
    const username = await confirmedUser();

    const asked = await handle(post('ForgotPassword', { Username: username, ClientMetadata: { locale: 'de' } }));
    expect(asked.status).toBe(200);
    expect(await asked.json()).toMatchObject({ CodeDeliveryDetails: { DeliveryMedium: 'EMAIL' } });
    const message = emulator.messages.at(-1)!;
    expect(message).toMatchObject({ username, source: 'ForgotPassword', subject: 'Setzen Sie Ihr Passwort zurück' });
    expect(message.customMessageErrors ?? []).toEqual([]);
    // The landing reads the code and the username from the link.
    const link = new URL(message.link!);
    expect(`${link.origin}${link.pathname}`).toBe('https://app.example.com/reset');
    expect(link.searchParams.get('username')).toBe(username);
    expect(link.searchParams.get('code')).toBe(message.code);

    const reset = await handle(
      post('ConfirmForgotPassword', {
        Username: link.searchParams.get('username'),
        ConfirmationCode: link.searchParams.get('code'),
        Password: NEW_PASSWORD,
      }),
    );
    expect(reset.status).toBe(200);
    const text = await reset.text();
    expect(JSON.parse(text)).toEqual({
      SignIn: expect.objectContaining({
        AuthenticationResult: expect.objectContaining({
          AccessToken: expect.any(String),
          IdToken: expect.any(String),
          TokenType: 'Bearer',
        }),
      }),
    });
    expect(text).not.toContain(hash(username));
    expect(text).not.toContain(NEW_PASSWORD);

    const [forgot, confirm, auth] = emulator.requests;
    expect(forgot!.body).toMatchObject({ Username: username, SecretHash: hash(username), UserContextData: { IpAddress: IP } });
    expect(confirm!.target).toBe('ConfirmForgotPassword');
    expect(confirm!.body).toMatchObject({ Username: username, SecretHash: hash(username), Password: NEW_PASSWORD });
    expect(auth!.target).toBe('InitiateAuth');
    expect(auth!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: NEW_PASSWORD, SECRET_HASH: hash(username) },
      ClientId: emulator.secretClientId,
      UserContextData: { IpAddress: IP },
    });

    expect((await signInWith(username, OLD_PASSWORD)).status).toBe(400);
    expect((await signInWith(username, NEW_PASSWORD)).status).toBe(200);
  });

  it('relays a wrong code and a weak password as Cognito answers them, without signing in; the right code still works after', async () => {
    const handle = handler();
    const username = await confirmedUser();
    expect((await handle(post('ForgotPassword', { Username: username }))).status).toBe(200);
    const code = emulator.latestCode(username)!;
    const wrong = await handle(
      post('ConfirmForgotPassword', {
        Username: username,
        ConfirmationCode: code === '000000' ? '111111' : '000000',
        Password: NEW_PASSWORD,
      }),
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ __type: 'CodeMismatchException' });
    const weak = await handle(post('ConfirmForgotPassword', { Username: username, ConfirmationCode: code, Password: 'weakpass' }));
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ __type: 'InvalidPasswordException' });
    expect(emulator.requests.filter((request) => request.target === 'InitiateAuth')).toHaveLength(0);
    const right = await handle(post('ConfirmForgotPassword', { Username: username, ConfirmationCode: code, Password: NEW_PASSWORD }));
    expect((await right.json()).SignIn.AuthenticationResult.AccessToken).toEqual(expect.any(String));
  });

  it('30 ForgotPassword requests for one name: 5 reach Cognito, the rest are refused by the per-person quota', async () => {
    const handle = handler();
    const username = await confirmedUser();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await handle(post('ForgotPassword', { Username: username }))).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    expect(emulator.requests.filter((request) => request.target === 'ForgotPassword')).toHaveLength(5);
    expect(forwarded).toBe(5);
  });

  it('an unknown name gets its points back: UserNotFoundException relayed, the person’s quota untouched', async () => {
    const handle = handler({ limits: { sendsPerUser: { limit: 1, windowSeconds: 600 }, sendsPerIp: false } });
    for (let i = 0; i < 3; i += 1) {
      const response = await handle(post('ForgotPassword', { Username: 'nobody_here' }));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ __type: 'UserNotFoundException' });
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(forwarded).toBe(3);
  });

  it('end to end with the backend transport: forgotPassword, then confirmForgotPassword resolves with SignIn, tokens withheld by onSignedIn', async () => {
    const served = await serveFetchHandler(
      handler({ onSignedIn: () => ({ headers: { 'Set-Cookie': 'sid=1; HttpOnly' }, tokens: 'withhold' }) }),
    );
    try {
      const client = createCognitoConfirmClient({
        userPoolId: emulator.userPoolId,
        clientId: emulator.secretClientId,
        transport: createBackendTransport({ url: served.url }),
      });
      const username = await confirmedUser();
      const asked = await forgotPassword(client, { username });
      expect(asked.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL' });
      const answer = await confirmForgotPassword(client, { username, code: emulator.latestCode(username)!, password: NEW_PASSWORD });
      expect(answer).toEqual({ SignIn: { AuthenticationResult: { ExpiresIn: expect.any(Number), TokenType: 'Bearer' } } });
      expect(emulator.requests.every((request) => !JSON.stringify(request.body).includes('[redacted]'))).toBe(true);
    } finally {
      await served.close();
    }
  });
});
