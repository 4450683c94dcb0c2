// @vitest-environment node
import { createHmac } from 'node:crypto';
import * as identityJs from 'amazon-cognito-identity-js';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './emulator.mjs';
import { type HarnessClient, harnessClient } from './harnessClient.mjs';

// Password sign-in (issue #30): InitiateAuth USER_AUTH with PREFERRED_CHALLENGE PASSWORD, and SRP
// (USER_SRP_AUTH → PASSWORD_VERIFIER) through amazon-cognito-identity-js's own authenticateUser.
// An instance of its own, since advanceClock() moves its clock.

const PASSWORD = 'Passw0rd!';

let emu: Emulator;
let harness: HarnessClient;
beforeAll(async () => {
  emu = await startEmulator();
  harness = harnessClient(emu.endpoint);
});
afterAll(() => emu?.stop());
beforeEach(() => emu.reset());

let users = 0;
const newName = () => `signin_${process.pid}_${++users}`;
const hash = (username: string) =>
  createHmac('sha256', emu.clientSecret)
    .update(username + emu.secretClientId)
    .digest('base64');
const poolName = () => emu.userPoolId.split('_')[1]!;
const error = (type: string, message: string) => ({ status: 400, body: { __type: type, message } });
const INCORRECT = error('NotAuthorizedException', 'Incorrect username or password.');

async function signUp(username = newName()) {
  await harness.signUp({ username, password: PASSWORD, email: `${username}@example.com` });
  return username;
}

async function confirmedUser() {
  const username = await signUp();
  expect(
    (await harness.call('ConfirmSignUp', { ClientId: emu.clientId, Username: username, ConfirmationCode: emu.latestCode(username) }))
      .status,
  ).toBe(200);
  return username;
}

function claims(token: string) {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

function passwordAuth(username: string, password: string, clientId = emu.clientId, extra: Record<string, string> = {}) {
  return harness.call('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_AUTH',
    AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: password, ...extra },
  });
}

describe('InitiateAuth USER_AUTH with PREFERRED_CHALLENGE PASSWORD', () => {
  it('answers tokens for the right password', async () => {
    const username = await confirmedUser();
    const { status, body } = await passwordAuth(username, PASSWORD);
    expect(status).toBe(200);
    expect(body.ChallengeName).toBeUndefined();
    expect(body.AuthenticationResult).toMatchObject({
      TokenType: 'Bearer',
      ExpiresIn: expect.any(Number),
      RefreshToken: expect.any(String),
    });
    const access = claims(body.AuthenticationResult.AccessToken);
    expect(access).toMatchObject({ token_use: 'access', username, client_id: emu.clientId });
    expect(access.exp - access.iat).toBe(body.AuthenticationResult.ExpiresIn);
    expect(claims(body.AuthenticationResult.IdToken)).toMatchObject({ 'cognito:username': username, aud: emu.clientId });
    const recorded = (await harness.requests()).filter((r) => r.target === 'InitiateAuth');
    expect(recorded.at(-1)?.body.AuthParameters.PREFERRED_CHALLENGE).toBe('PASSWORD');
  });

  it('refuses a wrong password, an unconfirmed user (only once the password is right), an unknown and a disabled user', async () => {
    const username = await confirmedUser();
    expect(await passwordAuth(username, 'Wrong-Passw0rd!')).toEqual(INCORRECT);
    const unconfirmed = await signUp();
    expect(await passwordAuth(unconfirmed, 'Wrong-Passw0rd!')).toEqual(INCORRECT);
    expect(await passwordAuth(unconfirmed, PASSWORD)).toEqual(error('UserNotConfirmedException', 'User is not confirmed.'));
    expect(await passwordAuth('nobody_here_at_all', PASSWORD)).toEqual(error('UserNotFoundException', 'User does not exist.'));
    expect((await harness.call('AdminDisableUser', { UserPoolId: emu.userPoolId, Username: username })).status).toBe(200);
    expect(await passwordAuth(username, PASSWORD)).toEqual(error('NotAuthorizedException', 'User is disabled.'));
  });

  it('refuses a client without ALLOW_USER_AUTH, and a secret client without the right SECRET_HASH', async () => {
    const username = await confirmedUser();
    expect(await passwordAuth(username, PASSWORD, emu.noUserAuthClientId)).toEqual(
      error('InvalidParameterException', 'USER_AUTH flow not enabled for this client'),
    );
    expect(await passwordAuth(username, PASSWORD, emu.secretClientId)).toEqual(
      error('NotAuthorizedException', `Client ${emu.secretClientId} is configured with secret but SECRET_HASH was not received`),
    );
    expect(await passwordAuth(username, PASSWORD, emu.secretClientId, { SECRET_HASH: hash('someone_else') })).toEqual(
      error('NotAuthorizedException', `Unable to verify secret hash for client ${emu.secretClientId}`),
    );
    const { status, body } = await passwordAuth(username, PASSWORD, emu.secretClientId, { SECRET_HASH: hash(username) });
    expect(status).toBe(200);
    expect(claims(body.AuthenticationResult.AccessToken).client_id).toBe(emu.secretClientId);
  });

  it('leaves the other USER_AUTH forms unsupported, and keeps the Session form', async () => {
    const username = await confirmedUser();
    const unsupported = (parameters: Record<string, string>) =>
      harness.call('InitiateAuth', {
        ClientId: emu.clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: username, ...parameters },
      });
    for (const parameters of [
      {},
      { PREFERRED_CHALLENGE: 'EMAIL_OTP' },
      { PREFERRED_CHALLENGE: 'PASSWORD_SRP', SRP_A: 'abc' },
      { PREFERRED_CHALLENGE: 'toString' },
      { PREFERRED_CHALLENGE: 'PASSWORD' },
      { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD, DEVICE_KEY: 'device' },
    ]) {
      const answer = await unsupported(parameters);
      expect(answer.status, JSON.stringify(parameters)).toBe(500);
      expect(answer.body.__type).toBe('CognitoLocal#Unsupported');
    }

    const fresh = newName();
    const signedUp = await harness.signUp({ username: fresh, password: PASSWORD, email: `${fresh}@example.com` });
    const confirmed = await harness.call('ConfirmSignUp', {
      ClientId: emu.clientId,
      Username: fresh,
      ConfirmationCode: emu.latestCode(fresh),
      Session: signedUp.Session,
    });
    const withSession = await harness.call('InitiateAuth', {
      ClientId: emu.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: fresh },
      Session: confirmed.body.Session,
    });
    expect(withSession.body.AuthenticationResult.TokenType).toBe('Bearer');
  });
});

describe('InitiateAuth USER_PASSWORD_AUTH', () => {
  it("answers a wrong password and an unknown user as Cognito does (cognito-local's own answers differ)", async () => {
    const username = await confirmedUser();
    const signIn = (name: string, password: string) =>
      harness.call('InitiateAuth', {
        ClientId: emu.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: name, PASSWORD: password },
      });
    expect(await signIn(username, 'Wrong-Passw0rd!')).toEqual(INCORRECT);
    expect(await signIn('nobody_here_at_all', PASSWORD)).toEqual(error('UserNotFoundException', 'User does not exist.'));
    expect((await signIn(username, PASSWORD)).status).toBe(200);
  });
});

// identity-js exports its SRP helpers at runtime without declaring them.
interface SrpBigInteger {
  toString(radix: number): string;
}
interface IdentityJsSrpHelper {
  N: SrpBigInteger & { constructor: new (value: string, radix: number) => SrpBigInteger };
  getLargeAValue(callback: (err: unknown, A: SrpBigInteger) => void): void;
  getPasswordAuthenticationKey(
    username: string,
    password: string,
    B: SrpBigInteger,
    salt: SrpBigInteger,
    callback: (err: unknown, key: Uint8Array) => void,
  ): void;
}
const { AuthenticationHelper, DateHelper } = identityJs as unknown as {
  AuthenticationHelper: new (poolName: string) => IdentityJsSrpHelper;
  DateHelper: new () => { getNowString(): string };
};

/** amazon-cognito-identity-js's own sign-in (SRP by default) against the emulator over HTTP. */
function identityJsSignIn(username: string, password: string): Promise<CognitoUserSession> {
  const pool = new CognitoUserPool({ UserPoolId: emu.userPoolId, ClientId: emu.clientId, endpoint: emu.endpoint });
  const user = new CognitoUser({ Username: username, Pool: pool });
  return new Promise((resolve, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: resolve,
      onFailure: reject,
      newPasswordRequired: () => reject(new Error('unexpected NEW_PASSWORD_REQUIRED')),
    });
  });
}

/**
 * The SRP exchange by hand, with identity-js's AuthenticationHelper doing the client's math: for a
 * client with a secret (identity-js sends no SECRET_HASH) and for answers identity-js never sends.
 */
async function srpByHand(username: string, password: string, clientId = emu.clientId, secretHash?: string) {
  const helper = new AuthenticationHelper(poolName());
  const A = await new Promise<SrpBigInteger>((resolve) => helper.getLargeAValue((_err, value) => resolve(value)));
  const withHash = secretHash === undefined ? {} : { SECRET_HASH: secretHash };
  const start = await harness.call('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_SRP_AUTH',
    AuthParameters: { USERNAME: username, SRP_A: A.toString(16), ...withHash },
  });
  expect(start.status, JSON.stringify(start.body)).toBe(200);
  const parameters = start.body.ChallengeParameters;
  const BigInteger = helper.N.constructor;
  const key = await new Promise<Uint8Array>((resolve, reject) =>
    helper.getPasswordAuthenticationKey(
      parameters.USER_ID_FOR_SRP,
      password,
      new BigInteger(parameters.SRP_B, 16),
      new BigInteger(parameters.SALT, 16),
      (err, value) => (err ? reject(err) : resolve(value)),
    ),
  );
  const timestamp = new DateHelper().getNowString();
  const signature = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(poolName()),
        Buffer.from(parameters.USER_ID_FOR_SRP),
        Buffer.from(parameters.SECRET_BLOCK, 'base64'),
        Buffer.from(timestamp),
      ]),
    )
    .digest('base64');
  const responses: Record<string, string> = {
    USERNAME: parameters.USER_ID_FOR_SRP,
    PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
    PASSWORD_CLAIM_SIGNATURE: signature,
    TIMESTAMP: timestamp,
    ...withHash,
  };
  const respond = (changes: Record<string, string | undefined> = {}) => {
    const challengeResponses = Object.fromEntries(
      Object.entries({ ...responses, ...changes }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return harness.call('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeResponses: challengeResponses,
    });
  };
  return { start, respond };
}

describe('SRP sign-in (USER_SRP_AUTH → PASSWORD_VERIFIER)', () => {
  it("signs in through amazon-cognito-identity-js's authenticateUser; the password never travels", async () => {
    const username = await confirmedUser();
    emu.reset(); // SignUp carried the password; the sign-in must not
    const session = await identityJsSignIn(username, PASSWORD);
    expect(session.isValid()).toBe(true);
    expect(session.getIdToken().payload['cognito:username']).toBe(username);
    expect(claims(session.getAccessToken().getJwtToken())).toMatchObject({ token_use: 'access', username, client_id: emu.clientId });

    const requests = await harness.requests();
    expect(requests.map((r) => [r.target, r.body.AuthFlow ?? r.body.ChallengeName])).toEqual([
      ['InitiateAuth', 'USER_SRP_AUTH'],
      ['RespondToAuthChallenge', 'PASSWORD_VERIFIER'],
    ]);
    expect(JSON.stringify(requests)).not.toContain(PASSWORD);
    const [initiate] = requests;
    expect(initiate!.body.AuthParameters).toEqual({ USERNAME: username, SRP_A: expect.stringMatching(/^[0-9a-f]+$/) });
  });

  it('answers the challenge Cognito answers: SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP, USERNAME', async () => {
    const username = await confirmedUser();
    const { start } = await srpByHand(username, PASSWORD);
    expect(start.body).toEqual({
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        SALT: expect.stringMatching(/^[0-9a-f]+$/),
        SRP_B: expect.stringMatching(/^[0-9a-f]+$/),
        SECRET_BLOCK: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
        USER_ID_FOR_SRP: username,
        USERNAME: username,
      },
    });
  });

  it('refuses a wrong password, an unknown user and an unconfirmed user through identity-js', async () => {
    const username = await confirmedUser();
    await expect(identityJsSignIn(username, 'Wrong-Passw0rd!')).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    await expect(identityJsSignIn('nobody_here_at_all', PASSWORD)).rejects.toMatchObject({ code: 'UserNotFoundException' });
    const unconfirmed = await signUp();
    await expect(identityJsSignIn(unconfirmed, PASSWORD)).rejects.toMatchObject({ code: 'UserNotConfirmedException' });
    await expect(identityJsSignIn(unconfirmed, 'Wrong-Passw0rd!')).rejects.toMatchObject({ code: 'NotAuthorizedException' });
  });

  it('after ConfirmForgotPassword the new password signs in through SRP and the old one does not', async () => {
    const username = await confirmedUser();
    expect((await harness.call('ForgotPassword', { ClientId: emu.clientId, Username: username })).status).toBe(200);
    const reset = await harness.call('ConfirmForgotPassword', {
      ClientId: emu.clientId,
      Username: username,
      ConfirmationCode: emu.latestCode(username),
      Password: 'Fresh-Start-42!',
    });
    expect(reset.status).toBe(200);
    await expect(identityJsSignIn(username, PASSWORD)).rejects.toMatchObject({ code: 'NotAuthorizedException' });
    expect((await identityJsSignIn(username, 'Fresh-Start-42!')).isValid()).toBe(true);
  });

  it('the client with a secret needs the right SECRET_HASH in both steps', async () => {
    const username = await confirmedUser();
    const right = hash(username);
    const { respond } = await srpByHand(username, PASSWORD, emu.secretClientId, right);
    expect(await respond({ SECRET_HASH: undefined })).toEqual(
      error('NotAuthorizedException', `Client ${emu.secretClientId} is configured with secret but SECRET_HASH was not received`),
    );
    expect(await respond({ SECRET_HASH: hash('someone_else') })).toEqual(
      error('NotAuthorizedException', `Unable to verify secret hash for client ${emu.secretClientId}`),
    );
    // A refused hash leaves the challenge unused.
    const answer = await respond();
    expect(answer.status).toBe(200);
    expect(claims(answer.body.AuthenticationResult.AccessToken).client_id).toBe(emu.secretClientId);

    const withoutHash = await harness.call('InitiateAuth', {
      ClientId: emu.secretClientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: username, SRP_A: 'abcdef' },
    });
    expect(withoutHash.body.__type).toBe('NotAuthorizedException');
  });

  it('a challenge is single-use, bound to its user and client, and lives a minute by the harness clock', async () => {
    const username = await confirmedUser();
    const other = await confirmedUser();
    const first = await srpByHand(username, PASSWORD);
    expect((await first.respond()).status).toBe(200);
    expect(await first.respond()).toEqual(INCORRECT);

    const tampered = await srpByHand(username, PASSWORD);
    const signature = Buffer.from('not the signature of this claim').toString('base64');
    expect(await tampered.respond({ PASSWORD_CLAIM_SIGNATURE: signature })).toEqual(INCORRECT);
    expect(await tampered.respond()).toEqual(INCORRECT); // used by the failed try

    const someoneElses = await srpByHand(username, PASSWORD);
    expect(await someoneElses.respond({ USERNAME: other })).toEqual(INCORRECT);

    const late = await srpByHand(username, PASSWORD);
    emu.advanceClock(60_000);
    expect(await late.respond()).toEqual(error('NotAuthorizedException', 'Invalid session for the user, session is expired.'));
    const inTime = await srpByHand(username, PASSWORD);
    emu.advanceClock(59_000);
    expect((await inTime.respond()).status).toBe(200);
  });

  it('refuses a malformed SRP_A, missing answers and a client without ALLOW_USER_SRP_AUTH', async () => {
    const username = await confirmedUser();
    const start = (parameters: Record<string, unknown>, clientId = emu.clientId) =>
      harness.call('InitiateAuth', {
        ClientId: clientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: username, ...parameters },
      });
    const N = new AuthenticationHelper(poolName()).N.toString(16);
    const twoN = (BigInt(`0x${N}`) * 2n).toString(16);
    for (const SRP_A of ['zz', '0', '', N, twoN, 42, '12 34', 'f'.repeat(2000)]) {
      const answer = await start({ SRP_A });
      expect(answer.body.__type, String(SRP_A)).toBe('InvalidParameterException');
    }
    expect((await start({})).body).toEqual({ __type: 'InvalidParameterException', message: 'Missing required parameter SRP_A' });

    const { respond } = await srpByHand(username, PASSWORD);
    for (const missing of ['USERNAME', 'PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'TIMESTAMP']) {
      expect((await respond({ [missing]: undefined })).body).toEqual({
        __type: 'InvalidParameterException',
        message: `Missing required parameter ${missing}`,
      });
    }
    expect((await respond()).status).toBe(200); // none of those used the challenge up

    const created = await harness.call('CreateUserPoolClient', {
      UserPoolId: emu.userPoolId,
      ClientName: 'password-only',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    expect(await start({ SRP_A: 'abcdef' }, created.body.UserPoolClient.ClientId)).toEqual(
      error('InvalidParameterException', 'USER_SRP_AUTH flow not enabled for this client'),
    );
    // Without ExplicitAuthFlows a client allows SRP (the model: "ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH").
    const defaults = await harness.call('CreateUserPoolClient', { UserPoolId: emu.userPoolId, ClientName: 'defaults' });
    expect(defaults.body.UserPoolClient.ExplicitAuthFlows ?? []).toEqual([]);
    const byDefault = await srpByHand(username, PASSWORD, defaults.body.UserPoolClient.ClientId);
    expect((await byDefault.respond()).status).toBe(200);
  });
});
