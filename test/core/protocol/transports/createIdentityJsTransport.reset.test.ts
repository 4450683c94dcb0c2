import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import { confirmForgotPassword } from '../../../../src/core/protocol/confirmForgotPassword';
import { forgotPassword } from '../../../../src/core/protocol/forgotPassword';
import { signInWithPassword } from '../../../../src/core/protocol/signInWithPassword';
import { createIdentityJsTransport } from '../../../../src/core/protocol/transports/createIdentityJsTransport';
import { uniqueUser } from '../../../support/confirmFlow';
import { harnessClient } from '../../../support/harnessClient.mjs';
import { serveFetchHandler, type ServedHandler } from '../../../support/serveFetchHandler';

const emulator = inject('cognitoEmulator');
const harness = harnessClient(emulator.endpoint);
type WithGlobal = typeof globalThis & { AmazonCognitoAdvancedSecurityData?: unknown };

/** A page's localStorage: the SDK's Node default is one memory shared by every pool. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

function poolAndClient(endpoint: string, extra: { timeoutMs?: number; sdk?: false; clientMetadata?: Record<string, string> } = {}) {
  const storage = memoryStorage();
  const userPool = new CognitoUserPool({ UserPoolId: emulator.userPoolId, ClientId: emulator.clientId, endpoint, Storage: storage });
  const client = createCognitoConfirmClient({
    userPoolId: emulator.userPoolId,
    clientId: emulator.clientId,
    // `{ CognitoUser, AuthenticationDetails }` as an app passes them: this line is also the type check.
    transport: createIdentityJsTransport(userPool, {
      ...(extra.sdk === false ? {} : { sdk: { CognitoUser, AuthenticationDetails } }),
      ...(extra.timeoutMs !== undefined ? { timeoutMs: extra.timeoutMs } : {}),
    }),
    ...(extra.clientMetadata ? { clientMetadata: extra.clientMetadata } : {}),
  });
  return { userPool, client, storage };
}

/** A confirmed user of the emulator's client without a secret. */
async function confirmedUser(prefix: string) {
  const user = uniqueUser(prefix);
  await harness.signUp(user);
  const confirmed = await harness.call('ConfirmSignUp', {
    ClientId: emulator.clientId,
    Username: user.username,
    ConfirmationCode: await harness.latestCode(user.username),
  });
  expect(confirmed.status).toBe(200);
  return user;
}

async function passwordWorks(username: string, password: string): Promise<boolean> {
  const answer = await harness.call('InitiateAuth', {
    ClientId: emulator.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return answer.status === 200;
}

afterEach(() => {
  delete (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData;
});

describe('createIdentityJsTransport: password reset against the emulator', () => {
  it('sends ForgotPassword and ConfirmForgotPassword with every field the SDK’s forgotPassword/confirmPassword drop; the new password works', async () => {
    (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData = { getData: () => 'encoded-by-script' };
    const user = await confirmedUser('idjsreset');
    const { client } = poolAndClient(emulator.endpoint, { clientMetadata: { via: 'sdk' } });
    const extra = {
      secretHash: 'aGFzaA==',
      userContextData: { IpAddress: '198.51.100.4' },
      analyticsMetadata: { AnalyticsEndpointId: 'pinpoint-9' },
    };

    const sent = await forgotPassword(client, { username: user.username, ...extra });
    expect(sent.CodeDeliveryDetails).toEqual({ Destination: user.email, DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    const code = await harness.latestCode(user.username);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = code === '000000' ? '111111' : '000000';
    const newPassword = 'Fresh-Start-42!🔑';
    await expect(confirmForgotPassword(client, { username: user.username, code: wrong, password: newPassword })).rejects.toMatchObject({
      code: 'CodeMismatchException',
      retryable: false,
    });
    expect(await passwordWorks(user.username, newPassword)).toBe(false);
    await expect(confirmForgotPassword(client, { username: user.username, code: code!, password: newPassword, ...extra })).resolves.toEqual(
      {},
    );
    expect(await passwordWorks(user.username, user.password)).toBe(false);
    expect(await passwordWorks(user.username, newPassword)).toBe(true);

    const requests = (await harness.requests()).filter((r) => r.body?.Username === user.username);
    const forgot = requests.find((r) => r.target === 'ForgotPassword')!;
    expect(forgot.body).toEqual({
      ClientId: emulator.clientId,
      Username: user.username,
      SecretHash: 'aGFzaA==',
      UserContextData: { IpAddress: '198.51.100.4', EncodedData: 'encoded-by-script' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-9' },
      ClientMetadata: { via: 'sdk' },
    });
    // Proof that the request went through the SDK's own client: it sets its user agent header.
    expect(forgot.headers['x-amz-user-agent']).toMatch(/aws-amplify|amazon-cognito/i);
    const confirm = requests.filter((r) => r.target === 'ConfirmForgotPassword').at(-1)!;
    expect(confirm.body).toEqual({
      ClientId: emulator.clientId,
      Username: user.username,
      ConfirmationCode: code,
      Password: newPassword,
      SecretHash: 'aGFzaA==',
      UserContextData: { IpAddress: '198.51.100.4', EncodedData: 'encoded-by-script' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-9' },
      ClientMetadata: { via: 'sdk' },
    });
  });

  it('maps the errors of both operations; a rejected ConfirmForgotPassword never quotes the password', async () => {
    const { client } = poolAndClient(emulator.endpoint);
    await expect(forgotPassword(client, { username: uniqueUser('idjsnobody').username })).rejects.toMatchObject({
      code: 'UserNotFoundException',
    });
    const user = await confirmedUser('idjsresetwrong');
    const error = await confirmForgotPassword(client, { username: user.username, code: '123456', password: 'Never-Quoted-77' }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ name: 'CognitoConfirmError' });
    expect(['CodeMismatchException', 'ExpiredCodeException']).toContain((error as { code: string }).code);
    expect(`${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`).not.toContain('Never-Quoted-77');
  });
});

describe('createIdentityJsTransport: reset, then signed in through the SDK’s SRP against the emulator', () => {
  it('signs in with the new password (USER_SRP_AUTH → PASSWORD_VERIFIER, no password on the wire); getSession() finds the person', async () => {
    const user = await confirmedUser('idjssrp');
    const { client, userPool } = poolAndClient(emulator.endpoint, { clientMetadata: { via: 'srp' } });
    await forgotPassword(client, { username: user.username });
    const newPassword = 'Fresh-Start-42!ü😀';
    await confirmForgotPassword(client, {
      username: user.username,
      code: (await harness.latestCode(user.username))!,
      password: newPassword,
    });

    await expect(signInWithPassword(client, { username: user.username, password: user.password })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      retryable: false,
    });
    expect(userPool.getCurrentUser()).toBeNull();

    const answer = await signInWithPassword(client, { username: user.username, password: newPassword });
    expect(answer).toEqual({
      AuthenticationResult: {
        AccessToken: expect.any(String),
        IdToken: expect.any(String),
        RefreshToken: expect.any(String),
        ExpiresIn: expect.any(Number),
        TokenType: 'Bearer',
      },
    });
    const current = userPool.getCurrentUser();
    expect(current?.getUsername()).toBe(user.username);
    const session = await new Promise<CognitoUserSession>((resolve, reject) =>
      current!.getSession((error: Error | null, value: CognitoUserSession | null) => (error ? reject(error) : resolve(value!))),
    );
    expect(session.isValid()).toBe(true);
    expect(session.getAccessToken().getJwtToken()).toBe(answer.AuthenticationResult!.AccessToken);
    expect(session.getRefreshToken().getToken()).toBe(answer.AuthenticationResult!.RefreshToken);

    const requests = (await harness.requests()).filter((r) => JSON.stringify(r.body).includes(user.username));
    const srp = requests.filter((r) => r.target === 'InitiateAuth');
    expect(srp.at(-1)!.body).toMatchObject({
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: user.username, SRP_A: expect.any(String) },
      ClientMetadata: { via: 'srp' },
    });
    expect(requests.filter((r) => r.target === 'RespondToAuthChallenge').at(-1)!.body).toMatchObject({
      ChallengeName: 'PASSWORD_VERIFIER',
    });
    for (const request of requests.filter((r) => r.target === 'InitiateAuth' || r.target === 'RespondToAuthChallenge')) {
      expect(JSON.stringify(request.body)).not.toContain(newPassword);
      expect(JSON.stringify(request.body)).not.toContain(user.password);
    }
  });
});

// ————— The SDK's SRP sign-in against a stand-in Cognito over HTTP: challenges and failures the emulator does not produce —————

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function jwt(payload: Record<string, unknown>): string {
  return `${base64url({ alg: 'none' })}.${base64url(payload)}.c2ln`;
}

function tokensFor(username: string) {
  const iat = Math.floor(Date.now() / 1000);
  return {
    AccessToken: jwt({ username, iat, exp: iat + 3600, token_use: 'access' }),
    IdToken: jwt({ 'cognito:username': username, iat, exp: iat + 3600, token_use: 'id' }),
    RefreshToken: 'refresh-token-opaque',
    ExpiresIn: 3600,
    TokenType: 'Bearer',
  };
}

interface Recorded {
  target: string;
  body: Record<string, unknown>;
}

/**
 * Answers InitiateAuth USER_SRP_AUTH with a PASSWORD_VERIFIER challenge (any B the SDK can compute
 * with) and RespondToAuthChallenge with `verified`: what Cognito answers once the proof is checked.
 */
async function srpServer(verified: (body: Record<string, unknown>) => { status?: number; body: unknown }) {
  const recorded: Recorded[] = [];
  const server = await serveFetchHandler(async (request) => {
    const target = (request.headers.get('x-amz-target') ?? '').split('.').pop()!;
    const body = (await request.json()) as Record<string, unknown>;
    recorded.push({ target, body });
    if (target === 'InitiateAuth') {
      const username = (body['AuthParameters'] as Record<string, string>)['USERNAME'];
      return Response.json({
        ChallengeName: 'PASSWORD_VERIFIER',
        Session: 'srp-session-from-initiate-auth-0001',
        ChallengeParameters: {
          USER_ID_FOR_SRP: username,
          USERNAME: username,
          SRP_B: 'abcdef0123456789'.repeat(24),
          SALT: '0123456789abcdef',
          SECRET_BLOCK: Buffer.from('secret-block').toString('base64'),
        },
      });
    }
    const { status = 200, body: answer } = verified(body);
    return Response.json(answer, {
      status,
      headers: status === 200 ? {} : { 'x-amzn-errortype': String((answer as { __type?: string }).__type) },
    });
  });
  return { server, recorded };
}

describe('createIdentityJsTransport: signInWithPassword through the SDK’s own SRP sign-in', () => {
  const servers: ServedHandler[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  async function served(verified: Parameters<typeof srpServer>[0]) {
    const { server, recorded } = await srpServer(verified);
    servers.push(server);
    return { url: server.url, recorded };
  }

  it('answers the tokens in Cognito’s shape, stored where the SDK finds them; the password never leaves the page', async () => {
    const { url, recorded } = await served(() => ({ body: { AuthenticationResult: tokensFor('alice_srp'), ChallengeParameters: {} } }));
    const { client, userPool } = poolAndClient(url, { clientMetadata: { via: 'srp' } });
    const answer = await signInWithPassword(client, { username: 'alice_srp', password: 'Fresh-Start-42!' });
    const tokens = tokensFor('alice_srp');
    expect(answer).toEqual({
      AuthenticationResult: {
        AccessToken: expect.any(String),
        IdToken: expect.any(String),
        RefreshToken: 'refresh-token-opaque',
        ExpiresIn: 3600,
        TokenType: 'Bearer',
      },
    });
    const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims(answer.AuthenticationResult!.AccessToken!)).toMatchObject({ username: 'alice_srp', token_use: 'access' });
    expect(claims(answer.AuthenticationResult!.IdToken!)).toMatchObject({ 'cognito:username': 'alice_srp' });
    expect(answer.AuthenticationResult!.RefreshToken).toBe(tokens.RefreshToken);
    expect(userPool.getCurrentUser()?.getUsername()).toBe('alice_srp');

    expect(recorded.map((r) => r.target)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
    expect(recorded[0]!.body).toMatchObject({
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: emulator.clientId,
      AuthParameters: { USERNAME: 'alice_srp', SRP_A: expect.any(String) },
      ClientMetadata: { via: 'srp' },
    });
    expect(recorded[1]!.body).toMatchObject({
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: 'srp-session-from-initiate-auth-0001',
      ChallengeResponses: { USERNAME: 'alice_srp', PASSWORD_CLAIM_SIGNATURE: expect.any(String) },
    });
    expect(JSON.stringify(recorded)).not.toContain('Fresh-Start-42!');
  });

  it.each([
    ['SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******0199' }, 'SMS_MFA'],
    ['SOFTWARE_TOKEN_MFA', {}, 'SOFTWARE_TOKEN_MFA'],
    ['SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }, 'SELECT_MFA_TYPE'],
    ['MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, 'MFA_SETUP'],
    ['CUSTOM_CHALLENGE', { question: 'colour?' }, 'CUSTOM_CHALLENGE'],
  ])('answers the %s challenge with its Session and parameters, and stores nothing', async (name, parameters, expected) => {
    const { url } = await served(() => ({
      body: { ChallengeName: name, Session: `session-for-${name}-0123456789`, ChallengeParameters: parameters },
    }));
    const { client, userPool, storage } = poolAndClient(url);
    await expect(signInWithPassword(client, { username: 'bob_srp', password: 'Fresh-Start-42!' })).resolves.toEqual({
      ChallengeName: expected,
      Session: `session-for-${name}-0123456789`,
      ChallengeParameters: parameters,
    });
    expect(userPool.getCurrentUser()).toBeNull();
    expect([...storage.items.keys()].filter((key) => key.endsWith('accessToken'))).toEqual([]);
  });

  it('answers NEW_PASSWORD_REQUIRED with the parameters as Cognito sent them', async () => {
    const { url } = await served(() => ({
      body: {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: 'session-for-new-password-0123456789',
        ChallengeParameters: { userAttributes: '{"email":"b@example.com"}', requiredAttributes: '["userAttributes.name"]' },
      },
    }));
    const { client } = poolAndClient(url);
    await expect(signInWithPassword(client, { username: 'carol_srp', password: 'Fresh-Start-42!' })).resolves.toEqual({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'session-for-new-password-0123456789',
      ChallengeParameters: { userAttributes: '{"email":"b@example.com"}', requiredAttributes: '["userAttributes.name"]' },
    });
  });

  it('maps a refusal (NotAuthorized, PasswordResetRequired, UserNotConfirmed) and an answer the SDK cannot read, without the password', async () => {
    for (const type of ['NotAuthorizedException', 'PasswordResetRequiredException', 'UserNotConfirmedException']) {
      const { url } = await served(() => ({ status: 400, body: { __type: type, message: 'refused Hostile-Echo-88' } }));
      const error = (await signInWithPassword(poolAndClient(url).client, { username: 'dave_srp', password: 'Hostile-Echo-88' }).catch(
        (e: unknown) => e as Error & { code: string },
      )) as Error & { code: string };
      expect(error.code).toBe(type);
      expect(`${error.message} ${JSON.stringify(error)} ${String(error)} ${error.stack}`).not.toContain('Hostile-Echo-88');
      expect(error.message).toBe('refused ***');
    }
    // A challenge SDK 6 does not know (EMAIL_OTP): its TypeError is an answer the kit cannot use.
    const { url } = await served(() => ({
      body: { ChallengeName: 'EMAIL_OTP', Session: 'session-email-otp-0123456789', ChallengeParameters: {} },
    }));
    await expect(
      signInWithPassword(poolAndClient(url).client, { username: 'erin_srp', password: 'Fresh-Start-42!' }),
    ).rejects.toMatchObject({
      code: 'InvalidResponseError',
    });
  });

  it('times out a sign-in that hangs, and removes what the SDK stores if it signs in after all', async () => {
    let release: (() => void) | undefined;
    let arrived: () => void = () => {};
    const verifierArrived = new Promise<void>((resolve) => (arrived = resolve));
    const { url } = await served(() => ({ body: { AuthenticationResult: tokensFor('frank_srp'), ChallengeParameters: {} } }));
    // A proxy in front that holds the PASSWORD_VERIFIER answer until told.
    const held = await serveFetchHandler(async (request) => {
      const target = request.headers.get('x-amz-target') ?? '';
      const body = await request.text();
      if (target.endsWith('RespondToAuthChallenge')) {
        await new Promise<void>((resolve) => {
          release = resolve;
          arrived();
        });
      }
      return fetch(url, { method: 'POST', headers: { 'x-amz-target': target, 'content-type': 'application/x-amz-json-1.1' }, body });
    });
    servers.push(held);
    // Long enough for the SDK's SRP arithmetic (hundreds of ms), short enough for the test.
    const { client, userPool, storage } = poolAndClient(held.url, { timeoutMs: 3000 });
    const removed: string[] = [];
    const removeItem = storage.removeItem;
    storage.removeItem = (key: string) => {
      removed.push(key);
      removeItem(key);
    };
    const pending = signInWithPassword(client, { username: 'frank_srp', password: 'Fresh-Start-42!' });
    await verifierArrived;
    await expect(pending).rejects.toMatchObject({ code: 'TimeoutError' });
    release!();
    // The SDK stores the session when the answer arrives; the transport removes it at once.
    await expect.poll(() => removed.some((key) => key.endsWith('.frank_srp.accessToken')), { timeout: 5000 }).toBe(true);
    expect(userPool.getCurrentUser()).toBeNull();
    expect([...storage.items.keys()].filter((key) => key.includes('frank_srp'))).toEqual([]);
  });

  it('refuses a SECRET_HASH and a transport without the SDK classes, before any request', async () => {
    const { url, recorded } = await served(() => ({ body: {} }));
    await expect(
      signInWithPassword(poolAndClient(url).client, { username: 'gina_srp', password: 'Fresh-Start-42!', secretHash: 'aGFzaA==' }),
    ).rejects.toMatchObject({ code: 'ValidationError', field: 'AuthParameters.SECRET_HASH' });
    await expect(
      signInWithPassword(poolAndClient(url, { sdk: false }).client, { username: 'gina_srp', password: 'Fresh-Start-42!' }),
    ).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'sdk',
    });
    expect(recorded).toEqual([]);
    const userPool = new CognitoUserPool({ UserPoolId: emulator.userPoolId, ClientId: emulator.clientId, endpoint: url });
    for (const sdk of [{}, { CognitoUser }, { AuthenticationDetails }, null, 'sdk']) {
      expect(() => createIdentityJsTransport(userPool, { sdk: sdk as never }), JSON.stringify(sdk)).toThrow(
        expect.objectContaining({ code: 'ValidationError', field: 'sdk' }),
      );
    }
  });
});
