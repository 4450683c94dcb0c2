import { afterEach, describe, expect, it } from 'vitest';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import { confirmForgotPassword } from '../../../../src/core/protocol/confirmForgotPassword';
import { forgotPassword } from '../../../../src/core/protocol/forgotPassword';
import { signInWithPassword } from '../../../../src/core/protocol/signInWithPassword';
import { MAX_RESPONSE_BYTES } from '../../../../src/core/protocol/transports/readCognitoResponse';
import { createFetchTransport } from '../../../../src/core/protocol/transports/createFetchTransport';
import { uniqueUser } from '../../../support/confirmFlow';
import { harnessClient } from '../../../support/harnessClient.mjs';
import { serveFetchHandler, type ServedHandler } from '../../../support/serveFetchHandler';
import { setUpEmulator } from '../../../support/setUpEmulator';

// An instance of its own: the reset limit is changed here.
const emulator = setUpEmulator();

function clientFor(endpoint: string, extra: Partial<Parameters<typeof createCognitoConfirmClient>[0]> = {}) {
  return createCognitoConfirmClient({
    userPoolId: emulator.userPoolId,
    clientId: emulator.clientId,
    transport: createFetchTransport({ endpoint }),
    contextData: false,
    ...extra,
  });
}

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

const NEW_PASSWORD = 'Fresh-Start-42!';

describe('createFetchTransport: password reset against the emulator', () => {
  it('ForgotPassword → ConfirmForgotPassword → signInWithPassword: only the new password works', async () => {
    const { harness, user } = await confirmedUser('fetchreset');
    const client = clientFor(emulator.endpoint, { clientMetadata: { flow: 'reset' }, analytics: 'pinpoint-7' });
    await expect(forgotPassword(client, { username: user.username })).resolves.toEqual({
      CodeDeliveryDetails: { Destination: user.email, DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    const code = (await harness.latestCode(user.username))!;
    await expect(
      confirmForgotPassword(client, { username: user.username, code: code === '000000' ? '111111' : '000000', password: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: 'CodeMismatchException', httpStatus: 400, retryable: false });
    await expect(confirmForgotPassword(client, { username: user.username, code, password: NEW_PASSWORD })).resolves.toEqual({});

    const answer = await signInWithPassword(client, { username: user.username, password: NEW_PASSWORD });
    expect(answer.AuthenticationResult).toMatchObject({
      AccessToken: expect.any(String),
      IdToken: expect.any(String),
      TokenType: 'Bearer',
    });
    const error = (await signInWithPassword(client, { username: user.username, password: user.password }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(error).toMatchObject({ name: 'CognitoConfirmError', code: 'NotAuthorizedException', retryable: false });
    expect(`${String(error)} ${JSON.stringify(error)} ${error.stack}`).not.toContain(user.password);

    const requests = (await harness.requests()).filter((r) => JSON.stringify(r.body).includes(user.username));
    expect(requests.find((r) => r.target === 'ForgotPassword')!.body).toEqual({
      ClientId: emulator.clientId,
      Username: user.username,
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-7' },
      ClientMetadata: { flow: 'reset' },
    });
    expect(requests.filter((r) => r.target === 'ConfirmForgotPassword').at(-1)!.body).toEqual({
      ClientId: emulator.clientId,
      Username: user.username,
      ConfirmationCode: code,
      Password: NEW_PASSWORD,
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-7' },
      ClientMetadata: { flow: 'reset' },
    });
    expect(requests.find((r) => r.target === 'InitiateAuth')!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: user.username, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: NEW_PASSWORD },
      ClientId: emulator.clientId,
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-7' },
      ClientMetadata: { flow: 'reset' },
    });
  });

  it('maps the reset errors: InvalidPassword (policy), ExpiredCode, LimitExceeded (retryable), UserNotFound', async () => {
    const { harness, user } = await confirmedUser('fetchreseterr');
    const client = clientFor(emulator.endpoint);
    await forgotPassword(client, { username: user.username });
    const code = (await harness.latestCode(user.username))!;
    // Allowed by the model (no whitespace, ≤ 256), refused by the pool's policy.
    await expect(confirmForgotPassword(client, { username: user.username, code, password: 'short' })).rejects.toMatchObject({
      code: 'InvalidPasswordException',
      retryable: false,
    });
    await harness.expireResetCode(user.username);
    await expect(confirmForgotPassword(client, { username: user.username, code, password: NEW_PASSWORD })).rejects.toMatchObject({
      code: 'ExpiredCodeException',
      retryable: false,
    });
    await harness.setForgotPasswordLimit(1);
    try {
      await expect(forgotPassword(client, { username: user.username })).rejects.toMatchObject({
        code: 'LimitExceededException',
        retryable: true,
      });
    } finally {
      await harness.setForgotPasswordLimit(null);
    }
    await expect(forgotPassword(client, { username: uniqueUser('fetchnobody').username })).rejects.toMatchObject({
      code: 'UserNotFoundException',
    });
  });

  it('carries a unicode and emoji password to Cognito and back; sends 256 code points (512 UTF-16 units), refuses 257 before any request', async () => {
    const { harness, user } = await confirmedUser('fetchunicode');
    const client = clientFor(emulator.endpoint);
    // The pool's policy wants upper, lower, digit and symbol; the model refuses only ASCII whitespace.
    const password = `Aa1!ü\u00a0中${'😀'.repeat(100)}`;
    await forgotPassword(client, { username: user.username });
    await confirmForgotPassword(client, { username: user.username, code: (await harness.latestCode(user.username))!, password });
    await expect(signInWithPassword(client, { username: user.username, password })).resolves.toHaveProperty('AuthenticationResult');

    // The model's 256 is in code points: 256 emoji go out whole (whatever the emulator answers: it counts UTF-16 units).
    const longest = `Aa1!${'😀'.repeat(252)}`;
    expect([...longest]).toHaveLength(256);
    await signInWithPassword(client, { username: user.username, password: longest }).catch(() => undefined);
    const sent = (await harness.requests()).filter((r) => r.target === 'InitiateAuth').at(-1)!;
    expect(sent.body.AuthParameters.PASSWORD).toBe(longest);
    const before = (await harness.requests()).length;
    await expect(signInWithPassword(client, { username: user.username, password: `${longest}😀` })).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'AuthParameters.PASSWORD',
      rule: 'max',
    });
    await expect(
      confirmForgotPassword(client, { username: user.username, code: '123456', password: `${longest}😀` }),
    ).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'Password',
      rule: 'max',
    });
    expect((await harness.requests()).length).toBe(before);
  });
});

describe('createFetchTransport: hostile answers to the reset', () => {
  const servers: ServedHandler[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  async function answering(body: unknown, init: ResponseInit = {}) {
    const server = await serveFetchHandler(() => new Response(typeof body === 'string' ? body : JSON.stringify(body), init));
    servers.push(server);
    return clientFor(server.url);
  }
  const reset = { username: 'alice', code: '123456', password: NEW_PASSWORD };

  it('passes CodeDeliveryDetails of the wrong types on as they came (the screen reads them defensively), and refuses a body past the cap', async () => {
    const odd = { CodeDeliveryDetails: { Destination: 42, DeliveryMedium: 'PIGEON', AttributeName: ['email'] } };
    await expect(forgotPassword(await answering(odd), { username: 'alice' })).resolves.toEqual(odd);
    const huge = { CodeDeliveryDetails: { Destination: 'x'.repeat(MAX_RESPONSE_BYTES) } };
    await expect(forgotPassword(await answering(huge), { username: 'alice' })).rejects.toMatchObject({ code: 'InvalidResponseError' });
    await expect(forgotPassword(await answering('[1,2]'), { username: 'alice' })).rejects.toMatchObject({ code: 'InvalidResponseError' });
  });

  it('never rejects a ConfirmForgotPassword that answered 200 because of its SignIn, and normalises a malformed one', async () => {
    const failure = { __type: 'InvalidResponseError' };
    const cases: Array<[unknown, unknown]> = [
      [{}, {}],
      [{ SignIn: 'signed in' }, { SignIn: failure }],
      [{ SignIn: null }, { SignIn: failure }],
      [{ SignIn: [] }, { SignIn: failure }],
      [{ SignIn: {} }, { SignIn: failure }],
      [{ SignIn: { AuthenticationResult: {} } }, { SignIn: failure }],
      [{ SignIn: { AuthenticationResult: { AccessToken: 42 } } }, { SignIn: failure }],
      [{ SignIn: { AuthenticationResult: { AccessToken: 'a.b.c', IdToken: {} } } }, { SignIn: failure }],
      [{ SignIn: { ChallengeName: 'SMS_MFA', ChallengeParameters: {} } }, { SignIn: failure }],
      [{ SignIn: { ChallengeName: 'SMS_MFA', Session: 42 } }, { SignIn: failure }],
      [{ SignIn: { ChallengeName: 'SMS_MFA', Session: 's'.repeat(20), ChallengeParameters: 'x' } }, { SignIn: failure }],
      [{ SignIn: { __type: '' } }, { SignIn: failure }],
      [{ SignIn: { __type: 42 } }, { SignIn: failure }],
      [{ SignIn: { AuthenticationResult: { AccessToken: 'a.b.c' } } }, { SignIn: { AuthenticationResult: { AccessToken: 'a.b.c' } } }],
      // Tokens withheld by the server's onSignedIn (an HttpOnly cookie): signed in all the same.
      [
        { SignIn: { AuthenticationResult: { ExpiresIn: 3600, TokenType: 'Bearer' } } },
        { SignIn: { AuthenticationResult: { ExpiresIn: 3600, TokenType: 'Bearer' } } },
      ],
      [{ SignIn: { AuthenticationResult: { ExpiresIn: 3600 } } }, { SignIn: failure }],
      [
        { SignIn: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's'.repeat(20), ChallengeParameters: {} } },
        { SignIn: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's'.repeat(20), ChallengeParameters: {} } },
      ],
      [
        { SignIn: { __type: 'aws.cognito#NotAuthorizedException', message: 'Incorrect username or password.' } },
        { SignIn: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } },
      ],
      // A message no Cognito writes is left out; the type is kept.
      [{ SignIn: { __type: 'TooManyRequestsException', message: 'x'.repeat(5000) } }, { SignIn: { __type: 'TooManyRequestsException' } }],
      // Any mention of the password: the whole SignIn is dropped for the failure.
      [{ SignIn: { __type: 'NotAuthorizedException', message: `bad ${NEW_PASSWORD}` } }, { SignIn: failure }],
      [{ SignIn: { AuthenticationResult: { AccessToken: 'a.b.c' }, Echo: { deep: [NEW_PASSWORD] } } }, { SignIn: failure }],
    ];
    for (const [body, expected] of cases) {
      await expect(confirmForgotPassword(await answering(body), reset), JSON.stringify(body).slice(0, 200)).resolves.toEqual(expected);
    }
  });

  it('keeps the password out of an error whose server echoes it, in message, field and cause', async () => {
    const echo = {
      __type: 'InvalidPasswordException',
      message: `Password ${NEW_PASSWORD} is weak`,
      field: NEW_PASSWORD,
      request: { Password: NEW_PASSWORD },
    };
    const error = (await confirmForgotPassword(await answering(echo, { status: 400 }), reset).catch((e: unknown) => e)) as Error & {
      code: string;
      field?: string;
    };
    expect(error).toMatchObject({ code: 'InvalidPasswordException', httpStatus: 400, message: 'Password *** is weak' });
    expect(error.field).toBeUndefined();
    for (const text of [error.message, JSON.stringify(error), String(error), error.stack ?? '', JSON.stringify(error.cause ?? null)]) {
      expect(text).not.toContain(NEW_PASSWORD);
    }
    // A 200 that is neither tokens nor a challenge, echoing the password: the client's own refusal keeps no cause.
    const signIn = (await signInWithPassword(await answering({ Echo: NEW_PASSWORD }), { username: 'alice', password: NEW_PASSWORD }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(signIn).toMatchObject({ code: 'InvalidResponseError' });
    expect(`${JSON.stringify(signIn)} ${JSON.stringify(signIn.cause ?? null)}`).not.toContain(NEW_PASSWORD);
  });
});
