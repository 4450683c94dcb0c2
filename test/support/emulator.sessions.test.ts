// @vitest-environment node
import { createHmac, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './emulator.mjs';
import { harnessClient } from './harnessClient.mjs';

// Sign-in right after confirming (issue #22): what the harness answers, and where it got it from
// (test/support/EMULATOR-ASSUMPTIONS.md). An instance of its own, since advanceClock() moves its clock.

interface CallResult {
  status: number;
  body: any;
}

let emu: Emulator;
let users = 0;

beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu?.stop());

async function call(operation: string, body: unknown): Promise<CallResult> {
  const response = await fetch(emu.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const hash = (username: string) =>
  createHmac('sha256', emu.clientSecret)
    .update(username + emu.secretClientId)
    .digest('base64');

/** A new user signed up through `clientId`, with SignUp's answer. */
async function signUp(clientId = emu.clientId) {
  users += 1;
  const username = `sess_${users}`;
  const extra = clientId === emu.secretClientId ? { SecretHash: hash(username) } : {};
  const answer = await call('SignUp', {
    ClientId: clientId,
    Username: username,
    Password: 'Passw0rd!',
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    ...extra,
  });
  expect(answer.status).toBe(200);
  return { username, session: answer.body.Session as string | undefined };
}

function confirm(username: string, session: string | undefined, clientId = emu.clientId, code = emu.latestCode(username)) {
  return call('ConfirmSignUp', {
    ClientId: clientId,
    Username: username,
    ConfirmationCode: code,
    ...(session === undefined ? {} : { Session: session }),
  });
}

function signIn(username: string, session: string | undefined, clientId = emu.clientId, parameters: Record<string, string> = {}) {
  return call('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_AUTH',
    AuthParameters: { USERNAME: username, ...parameters },
    ...(session === undefined ? {} : { Session: session }),
  });
}

/** SignUp → ConfirmSignUp with its Session: the Session InitiateAuth takes. */
async function confirmedWithSession() {
  const { username, session } = await signUp();
  const confirmed = await confirm(username, session);
  expect(confirmed.status).toBe(200);
  return { username, session: confirmed.body.Session as string };
}

function decode(part: string) {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

/** Checks an RS256 JWT against the emulator's JWKS, as an app's server would. */
async function verifiedClaims(token: string) {
  const jwks = (await (await fetch(new URL(`/${emu.userPoolId}/.well-known/jwks.json`, emu.endpoint))).json()) as { keys: JsonWebKey[] };
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const { kid, alg } = decode(header);
  expect(alg).toBe('RS256');
  const jwk = jwks.keys.find((key) => key['kid'] === kid);
  expect(jwk, `a key ${kid} in the JWKS`).toBeDefined();
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    createPublicKey({ key: jwk!, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
  expect(valid, 'signature').toBe(true);
  return decode(payload);
}

describe('sign-in right after confirming, in the emulator', () => {
  it('SignUp answers a Session for a client with ALLOW_USER_AUTH, none without it', async () => {
    expect((await signUp()).session).toMatch(/^.{20,2048}$/);
    expect((await signUp(emu.secretClientId)).session).toMatch(/^.{20,2048}$/);
    expect((await signUp(emu.noUserAuthClientId)).session).toBeUndefined();
  });

  it('ConfirmSignUp with the SignUp Session answers a new one; InitiateAuth USER_AUTH with it answers tokens signed by the JWKS key', async () => {
    const { username, session: signUpSession } = await signUp();
    const confirmed = await confirm(username, signUpSession);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.Session).toMatch(/^.{20,2048}$/);
    expect(confirmed.body.Session).not.toBe(signUpSession);

    const { status, body } = await signIn(username, confirmed.body.Session);
    expect(status).toBe(200);
    expect(body.ChallengeName).toBeUndefined();
    const result = body.AuthenticationResult;
    expect(result).toMatchObject({ TokenType: 'Bearer', ExpiresIn: expect.any(Number) });
    const access = await verifiedClaims(result.AccessToken);
    expect(access).toMatchObject({ token_use: 'access', username, client_id: emu.clientId, iss: `${emu.endpoint}${emu.userPoolId}` });
    expect(access.exp - access.iat).toBe(result.ExpiresIn);
    expect(await verifiedClaims(result.IdToken)).toMatchObject({ token_use: 'id', 'cognito:username': username, aud: emu.clientId });
    // Opaque on AWS (cognito-local signs it without a key id): it is the pool's own, so it refreshes.
    const refreshed = await call('InitiateAuth', {
      ClientId: emu.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: result.RefreshToken },
    });
    expect(refreshed.status).toBe(200);
  });

  it('sessions are single-use and bound to their step, user and client', async () => {
    const first = await confirmedWithSession();
    const second = await confirmedWithSession();
    const refused = { status: 400, body: { __type: 'NotAuthorizedException', message: 'Invalid session for the user.' } };
    // Another user's session, then the right one once, then again.
    expect(await signIn(first.username, second.session)).toEqual(refused);
    expect((await signIn(first.username, first.session)).status).toBe(200);
    expect(await signIn(first.username, first.session)).toEqual(refused);
    // A SignUp Session is for ConfirmSignUp only, and only once.
    const { username, session } = await signUp();
    expect(await signIn(username, session)).toEqual(refused);
    expect((await confirm(username, session)).status).toBe(200);
    // The harness's own client with a secret shares the pool, not the session.
    expect(await signIn(second.username, second.session, emu.secretClientId, { SECRET_HASH: hash(second.username) })).toEqual(refused);
  });

  it('a wrong code keeps the SignUp Session; a wrong Session refuses before the code, and confirming without one still answers one', async () => {
    const { username, session } = await signUp();
    const mismatch = await confirm(username, session, emu.clientId, '000000' === emu.latestCode(username) ? '111111' : '000000');
    expect(mismatch.body.__type).toBe('CodeMismatchException');

    const other = await signUp();
    expect(await confirm(username, other.session)).toEqual({
      status: 400,
      body: { __type: 'NotAuthorizedException', message: 'Invalid session for the user.' },
    });
    // Still unconfirmed: the code was not used up.
    const withoutSession = await confirm(username, undefined);
    expect(withoutSession).toEqual({ status: 200, body: { Session: expect.any(String) } });
    expect((await signIn(username, withoutSession.body.Session)).status).toBe(200);

    // And the SignUp Session survived the wrong code.
    const retried = await confirm(other.username, other.session);
    expect(retried.status).toBe(200);
  });

  it("sessions expire after the client's AuthSessionValidity (3 minutes by default)", async () => {
    const early = await confirmedWithSession();
    const late = await confirmedWithSession();
    emu.advanceClock(3 * 60_000 - 1_000);
    expect((await signIn(early.username, early.session)).status).toBe(200);
    emu.advanceClock(1_000);
    expect(await signIn(late.username, late.session)).toEqual({
      status: 400,
      body: { __type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' },
    });

    // A SignUp Session too: ConfirmSignUp refuses it and the user stays unconfirmed.
    const { username, session } = await signUp();
    emu.advanceClock(3 * 60_000);
    expect((await confirm(username, session)).body.__type).toBe('NotAuthorizedException');
    expect((await confirm(username, undefined)).status).toBe(200);
  });

  it('expireSession(username), also over /_harness/expire-session, ends the live sessions of one user only', async () => {
    const gone = await confirmedWithSession();
    const kept = await confirmedWithSession();
    expect(await harnessClient(emu.endpoint).expireSession(gone.username)).toBe(1);
    expect((await signIn(gone.username, gone.session)).body.message).toBe('Invalid session for the user, session is expired.');
    expect((await signIn(kept.username, kept.session)).status).toBe(200);
    await expect(emu.expireSession('nobody_at_all')).rejects.toThrow(/no user/);
  });

  it('the client with a secret needs the right SECRET_HASH', async () => {
    const { username, session } = await signUp(emu.secretClientId);
    const confirmed = await call('ConfirmSignUp', {
      ClientId: emu.secretClientId,
      Username: username,
      ConfirmationCode: emu.latestCode(username),
      SecretHash: hash(username),
      Session: session,
    });
    expect(confirmed.status).toBe(200);
    const next = confirmed.body.Session as string;
    expect((await signIn(username, next, emu.secretClientId)).body).toMatchObject({ __type: 'NotAuthorizedException' });
    expect((await signIn(username, next, emu.secretClientId, { SECRET_HASH: hash('someone_else') })).body).toMatchObject({
      __type: 'NotAuthorizedException',
      message: `Unable to verify secret hash for client ${emu.secretClientId}`,
    });
    // Refused before the session is looked at: it still signs in.
    expect((await signIn(username, next, emu.secretClientId, { SECRET_HASH: hash(username) })).status).toBe(200);
  });

  it('refuses USER_AUTH for a client without ALLOW_USER_AUTH, and leaves every other USER_AUTH form unsupported', async () => {
    const { username, session } = await confirmedWithSession();
    expect(await signIn(username, session, emu.noUserAuthClientId)).toEqual({
      status: 400,
      body: { __type: 'InvalidParameterException', message: 'USER_AUTH flow not enabled for this client' },
    });
    expect((await signIn(username, undefined)).status).toBe(500);
    expect((await signIn(username, session, emu.clientId, { PASSWORD: 'Passw0rd!' })).status).toBe(500);
    expect((await call('InitiateAuth', { ClientId: emu.clientId, AuthFlow: 'USER_AUTH', Session: session })).body.__type).toBe(
      'InvalidParameterException',
    );
    // None of those used the session up.
    expect((await signIn(username, session)).status).toBe(200);
    // Password sign-in is cognito-local's own, as before.
    const password = await call('InitiateAuth', {
      ClientId: emu.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: 'Passw0rd!' },
    });
    expect(password.status).toBe(200);
  });
});
