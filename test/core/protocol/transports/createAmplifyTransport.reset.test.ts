import { Amplify } from 'aws-amplify';
import * as auth from 'aws-amplify/auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import { confirmForgotPassword } from '../../../../src/core/protocol/confirmForgotPassword';
import { forgotPassword } from '../../../../src/core/protocol/forgotPassword';
import { signInWithPassword } from '../../../../src/core/protocol/signInWithPassword';
import type { InitiateAuthRequest } from '../../../../src/core/protocol/operations';
import { type AmplifyAuthLike, createAmplifyTransport } from '../../../../src/core/protocol/transports/createAmplifyTransport';
import { uniqueUser } from '../../../support/confirmFlow';
import { harnessClient } from '../../../support/harnessClient.mjs';
import { setUpEmulator } from '../../../support/setUpEmulator';

const emulator = setUpEmulator();

function clientThroughAmplify(
  transportAuth: AmplifyAuthLike = auth,
  extra: Partial<Parameters<typeof createCognitoConfirmClient>[0]> = {},
) {
  return createCognitoConfirmClient({
    userPoolId: emulator.userPoolId,
    clientId: emulator.clientId,
    transport: createAmplifyTransport(transportAuth),
    ...extra,
  });
}

beforeAll(() => {
  // Amplify warns once about the custom endpoint; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());
beforeEach(() => {
  Amplify.configure({
    Auth: { Cognito: { userPoolId: emulator.userPoolId, userPoolClientId: emulator.clientId, userPoolEndpoint: emulator.endpoint } },
  });
});

async function confirmedUser(prefix: string) {
  const harness = harnessClient(emulator.endpoint);
  const user = uniqueUser(prefix);
  await harness.signUp(user);
  await harness.call('ConfirmSignUp', {
    ClientId: emulator.clientId,
    Username: user.username,
    ConfirmationCode: await harness.latestCode(user.username),
  });
  return { harness, user };
}

describe("createAmplifyTransport: password reset through Amplify's resetPassword and confirmResetPassword, against the emulator", () => {
  it('sends the code (camelCase details back in Cognito shape), refuses a wrong code, sets the new password', async () => {
    const { harness, user } = await confirmedUser('amplify_reset');
    const client = clientThroughAmplify(auth, { clientMetadata: { via: 'amplify' }, analytics: 'pinpoint-dropped' });
    const sent = await forgotPassword(client, { username: user.username });
    expect(sent).toEqual({ CodeDeliveryDetails: { Destination: user.email, DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
    const code = (await harness.latestCode(user.username))!;
    const newPassword = 'Fresh-Start-42!ü😀';
    await expect(
      confirmForgotPassword(client, { username: user.username, code: code === '000000' ? '111111' : '000000', password: newPassword }),
    ).rejects.toMatchObject({ code: 'CodeMismatchException', httpStatus: 400, retryable: false });
    await expect(confirmForgotPassword(client, { username: user.username, code, password: newPassword })).resolves.toEqual({});

    const login = (password: string) =>
      harness.call('InitiateAuth', {
        ClientId: emulator.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: user.username, PASSWORD: password },
      });
    expect((await login(user.password)).status).toBe(400);
    expect((await login(newPassword)).status).toBe(200);

    const requests = (await harness.requests()).filter((r) => r.body?.Username === user.username);
    const forgot = requests.find((r) => r.target === 'ForgotPassword')!;
    // Amplify sends ClientId from its configuration and ClientMetadata; it has no AnalyticsMetadata or SecretHash.
    expect(forgot.body).toMatchObject({ ClientId: emulator.clientId, Username: user.username, ClientMetadata: { via: 'amplify' } });
    expect(forgot.body).not.toHaveProperty('AnalyticsMetadata');
    expect(forgot.headers['x-amz-user-agent']).toMatch(/aws-amplify/i);
    const confirm = requests.filter((r) => r.target === 'ConfirmForgotPassword').at(-1)!;
    expect(confirm.body).toMatchObject({ ConfirmationCode: code, Password: newPassword, ClientMetadata: { via: 'amplify' } });
  });

  it('maps AuthError (UserNotFound with its status) and never quotes the password', async () => {
    const client = clientThroughAmplify();
    await expect(forgotPassword(client, { username: uniqueUser('amplify_nobody').username })).rejects.toMatchObject({
      name: 'CognitoConfirmError',
      code: 'UserNotFoundException',
      httpStatus: 400,
    });
    const error = (await confirmForgotPassword(client, {
      username: uniqueUser('amplify_nobody').username,
      code: '123456',
      password: 'Never-Quoted-77',
    }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ name: 'CognitoConfirmError', code: 'UserNotFoundException' });
    expect(`${String(error)} ${JSON.stringify(error)} ${error.stack}`).not.toContain('Never-Quoted-77');
  });

  it("maps Amplify's own input checks of both functions to ValidationError with the field", async () => {
    // Straight to the transport: the kit's client would refuse these inputs before Amplify sees them.
    const transport = createAmplifyTransport(auth);
    await expect(transport.send('ForgotPassword', { ClientId: emulator.clientId, Username: '' })).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'Username',
    });
    const confirm = { ClientId: emulator.clientId, Username: 'alice', ConfirmationCode: '123456', Password: 'Fresh-Start-42!' };
    for (const [member, field] of [
      ['Username', 'Username'],
      ['ConfirmationCode', 'ConfirmationCode'],
      ['Password', 'Password'],
    ] as const) {
      await expect(transport.send('ConfirmForgotPassword', { ...confirm, [member]: '' })).rejects.toMatchObject({
        code: 'ValidationError',
        field,
      });
    }
    await expect(
      transport.send('ForgotPassword', { ClientId: emulator.clientId, Username: 'alice', SecretHash: 'aGFzaA==' }),
    ).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'SecretHash',
    });
  });
});

describe("createAmplifyTransport: signed in after the reset through Amplify's signIn, against the emulator", () => {
  it("USER_AUTH with preferredChallenge PASSWORD: tokens from Amplify's session store; the old password is refused", async () => {
    const { harness, user } = await confirmedUser('amplify_resetsignin');
    const client = clientThroughAmplify(auth, { clientMetadata: { via: 'amplify' } });
    await forgotPassword(client, { username: user.username });
    const newPassword = 'Fresh-Start-42!';
    await confirmForgotPassword(client, {
      username: user.username,
      code: (await harness.latestCode(user.username))!,
      password: newPassword,
    });
    await expect(signInWithPassword(client, { username: user.username, password: user.password })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      httpStatus: 400,
    });
    try {
      const answer = await signInWithPassword(client, { username: user.username, password: newPassword });
      expect(answer.AuthenticationResult).toEqual({
        AccessToken: expect.any(String),
        IdToken: expect.any(String),
        ExpiresIn: expect.any(Number),
        TokenType: 'Bearer',
      });
      expect((await auth.getCurrentUser()).username).toBe(user.username);
      expect((await auth.fetchAuthSession()).tokens!.accessToken.toString()).toBe(answer.AuthenticationResult!.AccessToken);
      const signIn = (await harness.requests())
        .filter((r) => r.target === 'InitiateAuth' && r.body?.AuthParameters?.USERNAME === user.username)
        .at(-1)!;
      expect(signIn.body).toMatchObject({
        AuthFlow: 'USER_AUTH',
        ClientId: emulator.clientId,
        AuthParameters: { USERNAME: user.username, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: newPassword },
        ClientMetadata: { via: 'amplify' },
      });
      expect(signIn.headers['x-amz-user-agent']).toMatch(/aws-amplify/i);
      // Amplify refuses a second sign-in while someone is signed in.
      await expect(signInWithPassword(client, { username: user.username, password: newPassword })).rejects.toMatchObject({
        code: 'UserAlreadyAuthenticatedException',
      });
    } finally {
      await auth.signOut();
    }
  });
});

describe("createAmplifyTransport: Amplify's answers, hostile or not (its functions replaced)", () => {
  const signInParams: InitiateAuthRequest = {
    AuthFlow: 'USER_AUTH',
    ClientId: 'client',
    AuthParameters: { USERNAME: 'alice', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Fresh-Start-42!' },
    ClientMetadata: { via: 'kit' },
  };
  function jwt(payload: Record<string, number>) {
    return { payload, toString: () => `jwt-${payload['iat']}` };
  }

  it("signs in with Amplify's signIn (USER_AUTH, preferredChallenge PASSWORD); tokens from its session store", async () => {
    const signIn = vi.fn(async () => ({ isSignedIn: true, nextStep: { signInStep: 'DONE' } }));
    const transport = createAmplifyTransport({
      ...auth,
      signIn,
      fetchAuthSession: async () => ({ tokens: { accessToken: jwt({ iat: 100, exp: 3700 }), idToken: jwt({ iat: 101, exp: 3701 }) } }),
    });
    await expect(transport.send('InitiateAuth', signInParams)).resolves.toEqual({
      AuthenticationResult: { AccessToken: 'jwt-100', IdToken: 'jwt-101', ExpiresIn: 3600, TokenType: 'Bearer' },
    });
    expect(signIn).toHaveBeenCalledWith({
      username: 'alice',
      password: 'Fresh-Start-42!',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD', clientMetadata: { via: 'kit' } },
    });
  });

  it.each([
    ['CONFIRM_SIGN_IN_WITH_SMS_CODE', 'SMS_MFA'],
    ['CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'EMAIL_OTP'],
    ['CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'SOFTWARE_TOKEN_MFA'],
    ['CONTINUE_SIGN_IN_WITH_MFA_SELECTION', 'SELECT_MFA_TYPE'],
    ['CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'MFA_SETUP'],
    ['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'NEW_PASSWORD_REQUIRED'],
    ['CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', 'CUSTOM_CHALLENGE'],
  ])('answers the step %s as the challenge %s (Amplify continues it with confirmSignIn)', async (signInStep, challenge) => {
    const transport = createAmplifyTransport({ ...auth, signIn: async () => ({ isSignedIn: false, nextStep: { signInStep } }) });
    await expect(transport.send('InitiateAuth', signInParams)).resolves.toEqual({ ChallengeName: challenge, ChallengeParameters: {} });
  });

  it('turns the steps that are refusals into their errors; an unknown or hostile step is an answer the client refuses', async () => {
    const answering = (output: unknown) =>
      signInWithPassword(
        createCognitoConfirmClient({
          userPoolId: 'eu-west-1_Reset1',
          clientId: 'client',
          contextData: false,
          transport: createAmplifyTransport({ ...auth, signIn: async () => output as never }),
        }),
        { username: 'alice', password: 'Fresh-Start-42!' },
      );
    await expect(answering({ isSignedIn: false, nextStep: { signInStep: 'RESET_PASSWORD' } })).rejects.toMatchObject({
      code: 'PasswordResetRequiredException',
    });
    await expect(answering({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } })).rejects.toMatchObject({
      code: 'UserNotConfirmedException',
    });
    for (const hostile of [
      { isSignedIn: false, nextStep: { signInStep: 'SOMETHING_NEW' } },
      { isSignedIn: false, nextStep: { signInStep: 'toString' } },
      { isSignedIn: false, nextStep: { signInStep: '__proto__' } },
      { isSignedIn: 'yes' },
      { isSignedIn: false, nextStep: 'DONE' },
      { isSignedIn: false, nextStep: null },
      null,
      'signed in',
    ]) {
      await expect(answering(hostile), JSON.stringify(hostile)).rejects.toMatchObject({ code: 'InvalidResponseError' });
    }
  });

  it('refuses a SECRET_HASH, and a module without signIn or fetchAuthSession, before Amplify is called', async () => {
    const signIn = vi.fn();
    await expect(
      createAmplifyTransport({ ...auth, signIn }).send('InitiateAuth', {
        ...signInParams,
        AuthParameters: { ...signInParams.AuthParameters, SECRET_HASH: 'aGFzaA==' },
      }),
    ).rejects.toMatchObject({ code: 'ValidationError', field: 'AuthParameters.SECRET_HASH' });
    expect(signIn).not.toHaveBeenCalled();
    const { signIn: _signIn, ...withoutSignIn } = auth;
    await expect(createAmplifyTransport(withoutSignIn).send('InitiateAuth', signInParams)).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'auth',
    });
    const { fetchAuthSession: _fetch, ...withoutSession } = auth;
    await expect(createAmplifyTransport({ ...withoutSession, signIn }).send('InitiateAuth', signInParams)).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'auth',
    });
    expect(signIn).not.toHaveBeenCalled();
    const { resetPassword: _reset, confirmResetPassword: _confirm, ...withoutReset } = auth;
    await expect(createAmplifyTransport(withoutReset).send('ForgotPassword', { ClientId: 'c', Username: 'alice' })).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'auth',
    });
    await expect(
      createAmplifyTransport(withoutReset).send('ConfirmForgotPassword', {
        ClientId: 'c',
        Username: 'alice',
        ConfirmationCode: '1',
        Password: 'p',
      }),
    ).rejects.toMatchObject({ code: 'ValidationError', field: 'auth' });
  });

  it('keeps only well-typed delivery details from a hostile resetPassword output', async () => {
    const answering = (output: unknown) =>
      createAmplifyTransport({ ...auth, resetPassword: async () => output as never }).send('ForgotPassword', {
        ClientId: 'c',
        Username: 'alice',
      });
    const huge = 'x'.repeat(1_000_000);
    await expect(
      answering({ nextStep: { codeDeliveryDetails: { destination: 42, deliveryMedium: 'PIGEON', attributeName: { name: 'email' } } } }),
    ).resolves.toEqual({ CodeDeliveryDetails: undefined });
    await expect(answering({ nextStep: { codeDeliveryDetails: { destination: huge, deliveryMedium: 'SMS' } } })).resolves.toEqual({
      CodeDeliveryDetails: { Destination: huge, DeliveryMedium: 'SMS' },
    });
    for (const hostile of [
      null,
      undefined,
      'sent',
      { nextStep: null },
      { nextStep: 'CONFIRM' },
      { nextStep: { codeDeliveryDetails: 'email' } },
    ]) {
      await expect(answering(hostile), JSON.stringify(hostile)).resolves.toEqual({ CodeDeliveryDetails: undefined });
    }
  });
});
