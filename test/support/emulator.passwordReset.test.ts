// @vitest-environment node
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COGNITO_DEFAULT_PASSWORD_POLICY, type Emulator, type EmulatorCustomMessageEvent, startEmulator } from './emulator.mjs';
import { type HarnessClient, harnessClient } from './harnessClient.mjs';

// Password reset (issue #30): ForgotPassword and ConfirmForgotPassword as the harness answers them,
// and where each answer comes from (test/support/EMULATOR-ASSUMPTIONS.md). An instance of its own,
// since advanceClock() moves its clock.

const OLD_PASSWORD = 'Passw0rd!';
const NEW_PASSWORD = 'Fresh-Start-42!';

let emu: Emulator;
let harness: HarnessClient;
// The app's CustomMessage handler, swapped per test; every event it saw.
let handler: (event: EmulatorCustomMessageEvent) => unknown;
const seen: EmulatorCustomMessageEvent[] = [];

beforeAll(async () => {
  emu = await startEmulator({
    customMessage: (event) => {
      seen.push(structuredClone(event));
      return handler(event);
    },
  });
  harness = harnessClient(emu.endpoint);
});
afterAll(() => emu?.stop());
beforeEach(() => {
  emu.reset();
  emu.setForgotPasswordLimit(Infinity);
  seen.length = 0;
  handler = (event) => event;
});

let users = 0;
const newName = () => `reset_${process.pid}_${++users}`;
const hash = (username: string) =>
  createHmac('sha256', emu.clientSecret)
    .update(username + emu.secretClientId)
    .digest('base64');

async function signUp(username = newName(), clientId = emu.clientId) {
  const answer = await harness.call('SignUp', {
    ClientId: clientId,
    Username: username,
    Password: OLD_PASSWORD,
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    ...(clientId === emu.secretClientId ? { SecretHash: hash(username) } : {}),
  });
  expect(answer.status).toBe(200);
  return username;
}

/** A user who signed up and confirmed with the emailed code: email_verified, so a reset can reach them. */
async function confirmedUser() {
  const username = await signUp();
  const confirmed = await harness.call('ConfirmSignUp', {
    ClientId: emu.clientId,
    Username: username,
    ConfirmationCode: emu.latestCode(username),
  });
  expect(confirmed.status).toBe(200);
  return username;
}

function forgot(username: string, extra: Record<string, unknown> = {}, clientId = emu.clientId) {
  return harness.call('ForgotPassword', { ClientId: clientId, Username: username, ...extra });
}

/** ForgotPassword that must succeed; the code it sent. */
async function resetCode(username: string) {
  const answer = await forgot(username);
  expect(answer.status).toBe(200);
  const sent = emu.messages.at(-1)!;
  expect(sent).toMatchObject({ username, source: 'ForgotPassword' });
  return sent.code;
}

function confirmReset(
  username: string,
  code: string,
  password = NEW_PASSWORD,
  extra: Record<string, unknown> = {},
  clientId = emu.clientId,
) {
  return harness.call('ConfirmForgotPassword', {
    ClientId: clientId,
    Username: username,
    ConfirmationCode: code,
    Password: password,
    ...extra,
  });
}

function passwordSignIn(username: string, password: string) {
  return harness.call('InitiateAuth', {
    ClientId: emu.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
}

/** A code of the same shape that is not `code`. */
const otherThan = (code: string) => (code === '000000' ? '111111' : '000000');

const error = (type: string, message: string) => ({ status: 400, body: { __type: type, message } });
const MISMATCH = error('CodeMismatchException', 'Invalid verification code provided, please try again.');
const EXPIRED = error('ExpiredCodeException', 'Invalid code provided, please request a code again.');

describe('ForgotPassword in the emulator', () => {
  it('sends a code to the verified email: CodeDeliveryDetails, the message log (username, code, source) and the request log', async () => {
    const username = await confirmedUser();
    const extra = {
      UserContextData: { IpAddress: '198.51.100.7', EncodedData: 'enc' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-1' },
      ClientMetadata: { locale: 'de' },
    };
    const answer = await forgot(username, extra);
    expect(answer).toEqual({
      status: 200,
      body: { CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: `${username}@example.com` } },
    });
    const sent = emu.messages.at(-1)!;
    expect(sent).toMatchObject({
      username,
      destination: `${username}@example.com`,
      medium: 'EMAIL',
      code: expect.stringMatching(/^\d{6}$/),
      source: 'ForgotPassword',
      clientMetadata: { locale: 'de' },
    });
    expect((await harness.messages()).at(-1)).toEqual(sent);
    expect(await harness.latestCode(username)).toBe(sent.code);
    const recorded = (await harness.requests()).filter((r) => r.target === 'ForgotPassword');
    expect(recorded).toEqual([expect.objectContaining({ body: { ClientId: emu.clientId, Username: username, ...extra } })]);
  });

  it("runs the app's CustomMessage handler as CustomMessage_ForgotPassword, with ClientMetadata; its text is what is recorded", async () => {
    handler = (event) => ({
      ...event,
      response: { ...event.response, emailSubject: 'Reset your password', emailMessage: `Code {####} for ${event.userName}` },
    });
    const username = await confirmedUser();
    seen.length = 0;
    expect((await forgot(username, { ClientMetadata: { flow: 'reset' } })).status).toBe(200);
    expect(seen).toEqual([
      expect.objectContaining({
        triggerSource: 'CustomMessage_ForgotPassword',
        userName: username,
        callerContext: expect.objectContaining({ clientId: emu.clientId }),
        request: expect.objectContaining({
          clientMetadata: { flow: 'reset' },
          userAttributes: expect.objectContaining({ email: `${username}@example.com`, email_verified: 'true' }),
        }),
      }),
    ]);
    const sent = emu.messages.at(-1)!;
    expect(sent).toMatchObject({ subject: 'Reset your password', body: `Code ${sent.code} for ${username}`, format: 'text' });

    handler = () => {
      throw new Error('template missing');
    };
    expect(await forgot(username)).toEqual(error('UserLambdaValidationException', 'CustomMessage failed with error template missing.'));
  });

  it('refuses an unknown user, a user without a verified email (an unconfirmed one), a missing Username and an unknown client', async () => {
    expect((await forgot('nobody_here_at_all')).body.__type).toBe('UserNotFoundException');
    const unconfirmed = await signUp();
    expect(await forgot(unconfirmed)).toEqual(
      error('InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number'),
    );
    expect((await harness.call('ForgotPassword', { ClientId: emu.clientId })).body.__type).toBe('InvalidParameterException');
    expect((await forgot(unconfirmed, {}, 'nosuchclient')).body.__type).toBe('ResourceNotFoundException');
    // None of them sent anything beyond the sign-up code.
    expect(emu.messages.filter((message) => message.source === 'ForgotPassword')).toEqual([]);
  });

  it('answers LimitExceededException after the per-user limit, counted apart from resends, until reset()', async () => {
    const username = await confirmedUser();
    const other = await confirmedUser();
    emu.setForgotPasswordLimit(2);
    emu.setResendLimit(0); // a separate counter: resends being spent does not matter
    expect((await forgot(username)).status).toBe(200);
    expect((await forgot(username)).status).toBe(200);
    expect(await forgot(username)).toEqual(error('LimitExceededException', 'Attempt limit exceeded, please try after some time.'));
    expect((await forgot(other)).status).toBe(200);
    // The refused request sent nothing: the second code is still the one that works.
    const latest = emu.latestCode(username)!;
    emu.reset();
    emu.setResendLimit(Infinity);
    expect((await forgot(username)).status).toBe(200);
    expect(emu.latestCode(username)).not.toBe(latest);

    // Over HTTP too; null lifts the limit.
    await harness.setForgotPasswordLimit(0);
    expect((await forgot(other)).body.__type).toBe('LimitExceededException');
    await harness.setForgotPasswordLimit(null);
    expect((await forgot(other)).status).toBe(200);
    expect(() => emu.setForgotPasswordLimit(Number.NaN)).toThrow(/forgotPasswordLimit must be a number >= 0/);
    await expect(harness.setForgotPasswordLimit(-1)).rejects.toMatchObject({ status: 400 });
  });

  it('keeps its counter per emulator instance, and checks the limit option', async () => {
    const username = await confirmedUser();
    emu.setForgotPasswordLimit(0);
    expect((await forgot(username)).body.__type).toBe('LimitExceededException');
    const second = await startEmulator({ forgotPasswordLimit: 1 });
    try {
      const there = harnessClient(second.endpoint);
      await there.signUp({ username, password: OLD_PASSWORD, email: `${username}@example.com` });
      await there.call('ConfirmSignUp', { ClientId: second.clientId, Username: username, ConfirmationCode: second.latestCode(username) });
      expect((await there.call('ForgotPassword', { ClientId: second.clientId, Username: username })).status).toBe(200);
      expect((await there.call('ForgotPassword', { ClientId: second.clientId, Username: username })).body.__type).toBe(
        'LimitExceededException',
      );
    } finally {
      await second.stop();
    }
    await expect(startEmulator({ forgotPasswordLimit: Number.NaN })).rejects.toThrow(/forgotPasswordLimit/);
  });

  it('the client with a secret needs the right SecretHash, for ForgotPassword and ConfirmForgotPassword alike', async () => {
    const username = await confirmedUser();
    const missing = error(
      'NotAuthorizedException',
      `Client ${emu.secretClientId} is configured with secret but SECRET_HASH was not received`,
    );
    const wrong = error('NotAuthorizedException', `Unable to verify secret hash for client ${emu.secretClientId}`);
    expect(await forgot(username, {}, emu.secretClientId)).toEqual(missing);
    expect(await forgot(username, { SecretHash: hash('someone_else') }, emu.secretClientId)).toEqual(wrong);
    // Checked before the user: an unknown user with a wrong hash learns nothing about the user.
    expect(await forgot('nobody_here_at_all', {}, emu.secretClientId)).toEqual(missing);
    expect((await forgot(username, { SecretHash: hash(username) }, emu.secretClientId)).status).toBe(200);
    const code = emu.latestCode(username)!;

    expect(await confirmReset(username, code, NEW_PASSWORD, {}, emu.secretClientId)).toEqual(missing);
    expect(await confirmReset(username, code, NEW_PASSWORD, { SecretHash: hash('someone_else') }, emu.secretClientId)).toEqual(wrong);
    expect(await confirmReset(username, code, NEW_PASSWORD, { SecretHash: hash(username) }, emu.secretClientId)).toEqual({
      status: 200,
      body: {},
    });
    expect((await passwordSignIn(username, NEW_PASSWORD)).status).toBe(200);
  });
});

describe('ConfirmForgotPassword in the emulator', () => {
  it('sets the new password: the old one stops working, the new one signs in, the code cannot be used again', async () => {
    const username = await confirmedUser();
    expect((await passwordSignIn(username, OLD_PASSWORD)).status).toBe(200);
    const code = await resetCode(username);
    expect(await confirmReset(username, code)).toEqual({ status: 200, body: {} });
    expect(await passwordSignIn(username, OLD_PASSWORD)).toEqual(error('NotAuthorizedException', 'Incorrect username or password.'));
    expect((await passwordSignIn(username, NEW_PASSWORD)).body.AuthenticationResult.AccessToken).toEqual(expect.any(String));
    expect(await confirmReset(username, code, 'Another-Pass-7?')).toEqual(MISMATCH);
    expect((await passwordSignIn(username, NEW_PASSWORD)).status).toBe(200);
    const recorded = (await harness.requests()).filter((r) => r.target === 'ConfirmForgotPassword');
    expect(recorded.map((r) => r.body.Username)).toEqual([username, username]);
  });

  it('a wrong code is a CodeMismatchException and leaves the right one usable', async () => {
    const username = await confirmedUser();
    const code = await resetCode(username);
    expect(await confirmReset(username, otherThan(code))).toEqual(MISMATCH);
    expect((await confirmReset(username, code)).status).toBe(200);
  });

  it('after 5 wrong codes the reset is refused with TooManyFailedAttemptsException, even the right code; a new ForgotPassword starts over', async () => {
    const username = await confirmedUser();
    const code = await resetCode(username);
    for (let i = 0; i < 5; i++) expect(await confirmReset(username, otherThan(code))).toEqual(MISMATCH);
    const refused = await confirmReset(username, code);
    expect(refused.status).toBe(400);
    expect(refused.body.__type).toBe('TooManyFailedAttemptsException');
    expect((await passwordSignIn(username, OLD_PASSWORD)).status).toBe(200);
    const next = await resetCode(username);
    expect((await confirmReset(username, next)).status).toBe(200);
  });

  it('a newer ForgotPassword replaces the older code', async () => {
    const username = await confirmedUser();
    const first = await resetCode(username);
    const second = await resetCode(username);
    expect(second).not.toBe(first);
    expect(await confirmReset(username, first)).toEqual(MISMATCH);
    expect((await confirmReset(username, second)).status).toBe(200);
  });

  it('a code lives one hour by the harness clock', async () => {
    const early = await confirmedUser();
    const late = await confirmedUser();
    const earlyCode = await resetCode(early);
    const lateCode = await resetCode(late);
    emu.advanceClock(60 * 60_000 - 1_000);
    expect((await confirmReset(early, earlyCode)).status).toBe(200);
    emu.advanceClock(1_000);
    expect(await confirmReset(late, lateCode)).toEqual(EXPIRED);
    // Only that code is expired: a wrong one is still a mismatch, and a new request works.
    expect(await confirmReset(late, otherThan(lateCode))).toEqual(MISMATCH);
    expect((await confirmReset(late, await resetCode(late))).status).toBe(200);
  });

  it('expireResetCode(username), also over /_harness/expire-reset-code, lets one user’s live code expire', async () => {
    const gone = await confirmedUser();
    const kept = await confirmedUser();
    const goneCode = await resetCode(gone);
    const keptCode = await resetCode(kept);
    await harness.expireResetCode(gone);
    expect(await confirmReset(gone, goneCode)).toEqual(EXPIRED);
    expect((await confirmReset(kept, keptCode)).status).toBe(200);
    await emu.expireResetCode(gone); // still pending: expiring it again is fine
    await expect(emu.expireResetCode(kept)).rejects.toThrow(/no password-reset code/);
    await expect(harness.expireResetCode('nobody_here_at_all')).rejects.toMatchObject({ status: 404 });
  });

  it("applies Cognito's default password policy, with Cognito's messages; a refused password leaves the code usable", async () => {
    const username = await confirmedUser();
    const code = await resetCode(username);
    const policy = (rule: string) => error('InvalidPasswordException', `Password did not conform with policy: ${rule}`);
    expect(await confirmReset(username, code, 'Sh0rt!')).toEqual(policy('Password not long enough'));
    expect(await confirmReset(username, code, 'lower-case-42!')).toEqual(policy('Password must have uppercase characters'));
    expect(await confirmReset(username, code, 'UPPER-CASE-42!')).toEqual(policy('Password must have lowercase characters'));
    expect(await confirmReset(username, code, 'No-Numbers-Here!')).toEqual(policy('Password must have numeric characters'));
    expect(await confirmReset(username, code, 'NoSymbols42Here')).toEqual(policy('Password must have symbol characters'));
    // A space inside counts as a symbol; at either end the request itself is refused.
    expect((await confirmReset(username, code, ' Leading-Space-42')).body.__type).toBe('InvalidParameterException');
    expect((await confirmReset(username, code, 'x'.repeat(257))).body.__type).toBe('InvalidParameterException');
    expect((await confirmReset(username, code, '')).body.__type).toBe('InvalidParameterException');
    expect((await passwordSignIn(username, OLD_PASSWORD)).status).toBe(200);
    expect((await confirmReset(username, code, 'Inner Space 42')).status).toBe(200);
    expect((await passwordSignIn(username, 'Inner Space 42')).status).toBe(200);

    const described = await harness.call('DescribeUserPool', { UserPoolId: emu.userPoolId });
    expect(described.body.UserPool.Policies.PasswordPolicy).toMatchObject(COGNITO_DEFAULT_PASSWORD_POLICY);
    // SignUp applies no policy, as before (tests sign up with all sorts of passwords).
    const weak = await harness.call('SignUp', {
      ClientId: emu.clientId,
      Username: newName(),
      Password: 'weak',
      UserAttributes: [{ Name: 'email', Value: 'weak@example.com' }],
    });
    expect(weak.status).toBe(200);
  });

  it('an unconfirmed user is refused with UserNotConfirmedException, even with a verified email and a sent code', async () => {
    const username = await signUp();
    expect((await confirmReset(username, '123456')).body).toEqual({
      __type: 'UserNotConfirmedException',
      message: 'User is not confirmed.',
    });
    const verified = await harness.call('AdminUpdateUserAttributes', {
      UserPoolId: emu.userPoolId,
      Username: username,
      UserAttributes: [
        { Name: 'email', Value: `${username}@example.com` },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    expect(verified.status).toBe(200);
    const code = await resetCode(username);
    expect((await confirmReset(username, code)).body.__type).toBe('UserNotConfirmedException');
  });

  it('refuses an unknown user and missing members', async () => {
    expect((await confirmReset('nobody_here_at_all', '123456')).body.__type).toBe('UserNotFoundException');
    const username = await confirmedUser();
    for (const missing of ['Username', 'ConfirmationCode', 'Password']) {
      const body: Record<string, unknown> = {
        ClientId: emu.clientId,
        Username: username,
        ConfirmationCode: '123456',
        Password: NEW_PASSWORD,
      };
      delete body[missing];
      expect((await harness.call('ConfirmForgotPassword', body)).body.__type).toBe('InvalidParameterException');
    }
    for (const password of [42, null, ['Fresh-Start-42!']]) {
      expect((await confirmReset(username, '123456', password as never)).body.__type).toBe('InvalidParameterException');
    }
  });
});

describe('startEmulator({ passwordPolicy })', () => {
  it('replaces the defaults it names, and refuses values Cognito would not take', async () => {
    const strict = await startEmulator({ passwordPolicy: { MinimumLength: 16, RequireSymbols: false } });
    try {
      const there = harnessClient(strict.endpoint);
      const username = 'policy_user';
      await there.signUp({ username, password: OLD_PASSWORD, email: 'policy@example.com' });
      await there.call('ConfirmSignUp', { ClientId: strict.clientId, Username: username, ConfirmationCode: strict.latestCode(username) });
      await there.call('ForgotPassword', { ClientId: strict.clientId, Username: username });
      const confirm = (password: string) =>
        there.call('ConfirmForgotPassword', {
          ClientId: strict.clientId,
          Username: username,
          ConfirmationCode: strict.latestCode(username),
          Password: password,
        });
      expect((await confirm(NEW_PASSWORD)).body.message).toBe('Password did not conform with policy: Password not long enough');
      expect((await confirm('NoSymbolsButLong42')).status).toBe(200);
      const described = await there.call('DescribeUserPool', { UserPoolId: strict.userPoolId });
      expect(described.body.UserPool.Policies.PasswordPolicy).toMatchObject({
        MinimumLength: 16,
        RequireSymbols: false,
        RequireNumbers: true,
      });
    } finally {
      await strict.stop();
    }
    for (const passwordPolicy of [
      { MinimumLength: 5 },
      { MinimumLength: 100 },
      { MinimumLength: 8.5 },
      { RequireNumbers: 'yes' },
      { History: 3 },
      'strict',
      null,
    ]) {
      await expect(startEmulator({ passwordPolicy: passwordPolicy as never })).rejects.toThrow(TypeError);
    }
  });
});
