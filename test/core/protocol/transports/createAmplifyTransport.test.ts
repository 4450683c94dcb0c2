import { Amplify } from 'aws-amplify';
import * as auth from 'aws-amplify/auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import {
  AMPLIFY_AUTO_SIGN_IN_SESSION,
  createAmplifyTransport,
  fromAmplifyCodeDeliveryDetails,
} from '../../../../src/core/protocol/transports/createAmplifyTransport';
import { expectResendThenConfirm, uniqueUser } from '../../../support/confirmFlow';
import { harnessClient } from '../../../support/harnessClient.mjs';
import { serveFetchHandler } from '../../../support/serveFetchHandler';
import { setUpEmulator } from '../../../support/setUpEmulator';

const emulator = setUpEmulator();

/** Real aws-amplify 6, pointed at an endpoint the way an app points it at a custom domain. */
function configureAmplify(userPoolEndpoint: string) {
  Amplify.configure({
    Auth: { Cognito: { userPoolId: emulator.userPoolId, userPoolClientId: emulator.clientId, userPoolEndpoint } },
  });
}

function clientThroughAmplify(extra: Partial<Parameters<typeof createCognitoConfirmClient>[0]> = {}) {
  return createCognitoConfirmClient({
    userPoolId: emulator.userPoolId,
    clientId: emulator.clientId,
    // `import * as auth from 'aws-amplify/auth'` as an app passes it: this line is also the type check.
    transport: createAmplifyTransport(auth),
    ...extra,
  });
}

beforeAll(() => {
  // Amplify warns once about the custom endpoint; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());
beforeEach(() => configureAmplify(emulator.endpoint));

describe('createAmplifyTransport against the emulator with aws-amplify 6', () => {
  it('resends (camelCase delivery details in Cognito shape) and confirms; a wrong code is CodeMismatchException', async () => {
    const harness = harnessClient(emulator.endpoint);
    const client = clientThroughAmplify({ clientMetadata: { via: 'amplify' }, analytics: 'pinpoint-dropped' });
    const { resendBody, requests } = await expectResendThenConfirm(client, harness, { prefix: 'amplify' });
    // Amplify sends ClientId from its own configuration and ClientMetadata; it has no AnalyticsMetadata.
    expect(resendBody).toMatchObject({ ClientId: emulator.clientId, ClientMetadata: { via: 'amplify' } });
    expect(resendBody).not.toHaveProperty('AnalyticsMetadata');
    expect(resendBody).not.toHaveProperty('SecretHash');
    // Proof the request went through Amplify: it sets its own user agent.
    expect(requests.find((r) => r.target === 'ResendConfirmationCode')?.headers['x-amz-user-agent']).toMatch(/aws-amplify/i);
  });

  it("keeps Amplify's own flow: autoSignIn completes after the kit confirms through Amplify", async () => {
    const harness = harnessClient(emulator.endpoint);
    const user = uniqueUser('amplify_auto');
    const signUp = await auth.signUp({
      username: user.username,
      password: user.password,
      options: { userAttributes: { email: user.email }, autoSignIn: { authFlowType: 'USER_PASSWORD_AUTH' } },
    });
    expect(signUp.nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    try {
      await clientThroughAmplify().confirmSignUp({ username: user.username, code: (await harness.latestCode(user.username))! });
      const signedIn = await auth.autoSignIn();
      expect(signedIn.isSignedIn).toBe(true);
      expect((await auth.getCurrentUser()).username).toBe(user.username);
    } finally {
      await auth.signOut();
    }
  });

  it('maps AuthError to typed errors with the HTTP status from metadata.httpStatusCode', async () => {
    const error = await clientThroughAmplify()
      .resendConfirmationCode({ username: uniqueUser('amplify_missing').username })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CognitoConfirmError', code: 'UserNotFoundException', httpStatus: 400, retryable: false });
  });

  it('verifies an attribute for the user signed in through Amplify', async () => {
    const harness = harnessClient(emulator.endpoint);
    const user = uniqueUser('amplify_attr');
    await harness.signUp({ ...user, clientId: emulator.clientId });
    await harness.call('ConfirmSignUp', {
      ClientId: emulator.clientId,
      Username: user.username,
      ConfirmationCode: await harness.latestCode(user.username),
    });
    await auth.signIn({ username: user.username, password: user.password, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    try {
      const client = clientThroughAmplify();
      // The kit's input requires a token; Amplify sends its own session's token instead.
      const accessToken = (await auth.fetchAuthSession()).tokens!.accessToken.toString();
      const sent = await client.getUserAttributeVerificationCode({
        accessToken,
        attributeName: 'email',
        clientMetadata: { why: 'reverify' },
      });
      // Amplify's camelCase codeDeliveryDetails, back in Cognito's shape.
      expect(sent).toEqual({ CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: user.email } });
      // Cognito may leave the details out (an optional member): none, rather than an empty object.
      emulator.setDeliveryDetails(false);
      try {
        expect(await client.getUserAttributeVerificationCode({ accessToken, attributeName: 'email' })).toEqual({
          CodeDeliveryDetails: undefined,
        });
      } finally {
        emulator.setDeliveryDetails(true);
      }
      const body = (await harness.requests()).find(
        (r) => r.target === 'GetUserAttributeVerificationCode' && r.body?.AccessToken === accessToken,
      )?.body;
      expect(body).toEqual({ AccessToken: accessToken, AttributeName: 'email', ClientMetadata: { why: 'reverify' } });
      const code = await harness.latestCode(user.username);
      const wrong = code === '000000' ? '111111' : '000000';
      await expect(client.verifyUserAttribute({ accessToken, attributeName: 'email', code: wrong })).rejects.toMatchObject({
        code: 'CodeMismatchException',
      });
      await expect(client.verifyUserAttribute({ accessToken, attributeName: 'email', code: code! })).resolves.toEqual({});
    } finally {
      await auth.signOut();
    }
  });

  it('turns an unreachable endpoint into NetworkError (after Amplify retries it)', async () => {
    const closed = await serveFetchHandler(() => new Response('{}'));
    await closed.close();
    configureAmplify(closed.url);
    await expect(clientThroughAmplify().resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      name: 'CognitoConfirmError',
      code: 'NetworkError',
      retryable: true,
    });
  });

  it('times out a request Amplify would wait on forever', async () => {
    const hanging = await serveFetchHandler(() => new Promise<Response>(() => {}));
    configureAmplify(hanging.url);
    const client = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.clientId,
      transport: createAmplifyTransport(auth, { timeoutMs: 200 }),
    });
    await expect(client.confirmSignUp({ username: 'alice', code: '123456' })).rejects.toMatchObject({ code: 'TimeoutError' });
    await hanging.close();
  });

  it("stops waiting on abort (Amplify's request cannot be cancelled) with AbortError", async () => {
    const hanging = await serveFetchHandler(() => new Promise<Response>(() => {}));
    configureAmplify(hanging.url);
    const controller = new AbortController();
    const pending = clientThroughAmplify().resendConfirmationCode({ username: 'alice' }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'AbortError', retryable: false });
    await hanging.close();
  });

  it("maps Amplify's own input errors to ValidationError with the field", async () => {
    // Straight to the transport: the kit's client would refuse these inputs before Amplify sees them.
    const transport = createAmplifyTransport(auth);
    await expect(transport.send('ResendConfirmationCode', { ClientId: emulator.clientId, Username: '' })).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'Username',
    });
    await expect(
      transport.send('ConfirmSignUp', { ClientId: emulator.clientId, Username: 'alice', ConfirmationCode: '' }),
    ).rejects.toMatchObject({ code: 'ValidationError', field: 'ConfirmationCode' });
    await expect(transport.send('VerifyUserAttribute', { AccessToken: 'x', AttributeName: 'email', Code: '' })).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'Code',
    });
  });

  it('refuses a SecretHash before any request (Amplify cannot send one)', async () => {
    const harness = harnessClient(emulator.endpoint);
    const before = (await harness.requests()).length;
    await expect(clientThroughAmplify().resendConfirmationCode({ username: 'alice', secretHash: 'aGFzaA==' })).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'SecretHash',
    });
    expect((await harness.requests()).length).toBe(before);
  });
});

describe("createAmplifyTransport: signed in right after confirming, through Amplify's own autoSignIn", () => {
  /** Signed up through Amplify with autoSignIn USER_AUTH, as an Amplify app does, then confirmed through the kit. */
  async function signedUpAndConfirmed(prefix: string) {
    const harness = harnessClient(emulator.endpoint);
    const user = uniqueUser(prefix);
    await auth.signUp({
      username: user.username,
      password: user.password,
      options: { userAttributes: { email: user.email }, autoSignIn: { authFlowType: 'USER_AUTH' } },
    });
    const client = clientThroughAmplify();
    const confirmed = await client.confirmSignUp({ username: user.username, code: (await harness.latestCode(user.username))! });
    // Amplify keeps Cognito's Session; the transport says one exists.
    expect(confirmed).toEqual({ Session: AMPLIFY_AUTO_SIGN_IN_SESSION });
    // Amplify debounces autoSignIn by 300 ms across calls: one within 300 ms of the previous test's
    // never settles (the kit's timeout would end it). Real time, since Amplify's timers are real.
    await new Promise((resolve) => setTimeout(resolve, 350));
    return { harness, user, client };
  }

  it("signs in with USER_AUTH and Cognito's Session, no password; Amplify's session store holds the person", async () => {
    const { harness, user, client } = await signedUpAndConfirmed('amplify_signin');
    try {
      const answer = await client.signInWithSession({ username: user.username, session: AMPLIFY_AUTO_SIGN_IN_SESSION });
      expect(answer.AuthenticationResult).toEqual({
        AccessToken: expect.any(String),
        IdToken: expect.any(String),
        ExpiresIn: expect.any(Number),
        TokenType: 'Bearer',
      });
      expect((await auth.getCurrentUser()).username).toBe(user.username);
      const session = await auth.fetchAuthSession();
      expect(session.tokens!.accessToken.toString()).toBe(answer.AuthenticationResult!.AccessToken);

      const requests = (await harness.requests()).filter((r) => JSON.stringify(r.body).includes(user.username));
      const signIn = requests.find((r) => r.target === 'InitiateAuth')!;
      expect(signIn.body).toMatchObject({
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: user.username },
        Session: expect.any(String),
      });
      expect(signIn.body.AuthParameters).not.toHaveProperty('PASSWORD');
      expect(JSON.stringify(signIn.body)).not.toContain(user.password);
      expect(signIn.headers['x-amz-user-agent']).toMatch(/aws-amplify/i);

      // Amplify's autoSignIn is one-shot: a second call is its AutoSignInException.
      await expect(client.signInWithSession({ username: user.username, session: AMPLIFY_AUTO_SIGN_IN_SESSION })).rejects.toMatchObject({
        name: 'CognitoConfirmError',
        code: 'AutoSignInException',
      });
    } finally {
      await auth.signOut();
    }
  });

  it('maps an expired Session to NotAuthorizedException and leaves nobody signed in', async () => {
    const { harness, user, client } = await signedUpAndConfirmed('amplify_expired');
    await harness.expireSession(user.username);
    await expect(client.signInWithSession({ username: user.username, session: AMPLIFY_AUTO_SIGN_IN_SESSION })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      httpStatus: 400,
    });
    await expect(auth.getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('without an Amplify sign-up in this page (a reload, another tab) answers no Session, and a sign-in is AutoSignInException', async () => {
    const harness = harnessClient(emulator.endpoint);
    const user = uniqueUser('amplify_reload');
    const { Session: signUpSession } = await harness.signUp(user);
    const client = clientThroughAmplify();
    expect(
      await client.confirmSignUp({ username: user.username, code: (await harness.latestCode(user.username))!, session: signUpSession }),
    ).toEqual({});
    await expect(client.signInWithSession({ username: user.username, session: signUpSession! })).rejects.toMatchObject({
      code: 'AutoSignInException',
    });
  });

  it('maps challenges Amplify reports to Cognito challenge names, and needs autoSignIn and fetchAuthSession', async () => {
    const challenged = (signInStep: string) =>
      createAmplifyTransport({
        ...auth,
        autoSignIn: async () => ({ isSignedIn: false, nextStep: { signInStep } }),
      });
    const params = { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'u' }, ClientId: 'c', Session: 's'.repeat(20) } as const;
    await expect(challenged('CONFIRM_SIGN_IN_WITH_TOTP_CODE').send('InitiateAuth', params)).resolves.toEqual({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeParameters: {},
    });
    await expect(challenged('CONFIRM_SIGN_IN_WITH_EMAIL_CODE').send('InitiateAuth', params)).resolves.toMatchObject({
      ChallengeName: 'EMAIL_OTP',
    });
    await expect(challenged('RESET_PASSWORD').send('InitiateAuth', params)).rejects.toMatchObject({
      code: 'PasswordResetRequiredException',
    });
    await expect(challenged('CONFIRM_SIGN_UP').send('InitiateAuth', params)).rejects.toMatchObject({ code: 'UserNotConfirmedException' });
    const { autoSignIn: _, ...withoutAutoSignIn } = auth;
    await expect(createAmplifyTransport(withoutAutoSignIn).send('InitiateAuth', params)).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'auth',
    });
  });
});

describe('createAmplifyTransport inputs', () => {
  it.each([undefined, null, {}, { resendSignUpCode: () => {} }, 'auth'])('refuses %j as the auth module', (value) => {
    expect(() => createAmplifyTransport(value as never)).toThrow(expect.objectContaining({ code: 'ValidationError', field: 'auth' }));
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY, 2 ** 31])(
    'refuses timeoutMs %s at creation with a RangeError naming it',
    (timeoutMs) => {
      // 2^31 ms and more: setTimeout would fire at once and time out every call.
      expect(() => createAmplifyTransport(auth, { timeoutMs })).toThrow(RangeError);
      expect(() => createAmplifyTransport(auth, { timeoutMs })).toThrow(/timeoutMs/);
    },
  );

  it('refuses a timeoutMs that is not a number with a TypeError', () => {
    expect(() => createAmplifyTransport(auth, { timeoutMs: '100' as never })).toThrow(TypeError);
  });

  it('keeps only the delivery fields Cognito has', () => {
    expect(fromAmplifyCodeDeliveryDetails({ destination: 'j***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' })).toEqual({
      Destination: 'j***@e***',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    expect(fromAmplifyCodeDeliveryDetails({ deliveryMedium: 'UNKNOWN' })).toBeUndefined();
    expect(fromAmplifyCodeDeliveryDetails({ destination: '+***12', deliveryMedium: 'PHONE' })).toEqual({ Destination: '+***12' });
    expect(fromAmplifyCodeDeliveryDetails(undefined)).toBeUndefined();
    expect(fromAmplifyCodeDeliveryDetails(null as never)).toBeUndefined();
  });
});
