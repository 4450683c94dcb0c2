// A fetch implementation answering the reset's three operations as Cognito does (ForgotPassword,
// ConfirmForgotPassword, InitiateAuth USER_AUTH PASSWORD), for the reset's React tests until the
// emulator has them: mocked below the transport, so the fetch transport, the client's validation and
// error mapping all run for real. Every request is recorded (passwords included, for the assertions).
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';

export interface FakeUser {
  password: string;
  email?: string | undefined;
  confirmed?: boolean | undefined;
  /** No verified email or phone: ForgotPassword answers InvalidParameterException. */
  noContact?: boolean | undefined;
  /** InitiateAuth answers this challenge instead of tokens. */
  challenge?: string | undefined;
}

export interface FakeRequest {
  target: string;
  body: Record<string, unknown>;
}

type Failure = { __type: string; message: string };

export function createFakeResetCognito() {
  const users = new Map<string, FakeUser>();
  const codes = new Map<string, string>();
  const requests: FakeRequest[] = [];
  let counter = 100000;
  /** Answers for the next requests of one target, before the normal handling. */
  const queued = new Map<string, Array<Failure | Record<string, unknown>>>();
  let signInFails = false;

  const answer = (target: string, body: Record<string, unknown>): [number, unknown] => {
    const next = queued.get(target)?.shift();
    if (next) return '__type' in next ? [400, next] : [200, next];
    const username = String(body.Username ?? (body.AuthParameters as Record<string, string> | undefined)?.USERNAME ?? '');
    const user = users.get(username);
    if (target === 'ForgotPassword') {
      if (!user) return [400, { __type: 'UserNotFoundException', message: 'Username/client id combination not found.' }];
      if (!user.confirmed) return [400, { __type: 'UserNotConfirmedException', message: 'User is not confirmed.' }];
      if (user.noContact) {
        return [
          400,
          {
            __type: 'InvalidParameterException',
            message: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
          },
        ];
      }
      counter += 1;
      codes.set(username, String(counter));
      return [200, { CodeDeliveryDetails: { Destination: user.email, DeliveryMedium: 'EMAIL', AttributeName: 'email' } }];
    }
    if (target === 'ConfirmForgotPassword') {
      if (!user) return [400, { __type: 'UserNotFoundException', message: 'Username/client id combination not found.' }];
      if (codes.get(username) !== body.ConfirmationCode)
        return [400, { __type: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' }];
      const password = String(body.Password);
      if (password.length < 8)
        return [400, { __type: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' }];
      if (!/[A-Z]/.test(password))
        return [
          400,
          { __type: 'InvalidPasswordException', message: 'Password did not conform with policy: Password must have uppercase characters' },
        ];
      if (password === user.password)
        return [400, { __type: 'PasswordHistoryPolicyViolationException', message: 'The password has been used before.' }];
      user.password = password;
      codes.delete(username);
      return [200, {}];
    }
    if (target === 'InitiateAuth') {
      const params = body.AuthParameters as Record<string, string>;
      if (signInFails || !user || user.password !== params.PASSWORD)
        return [400, { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }];
      if (user.challenge) return [200, { ChallengeName: user.challenge, Session: 'challenge-session', ChallengeParameters: {} }];
      return [
        200,
        { AuthenticationResult: { AccessToken: 'access', IdToken: 'id', RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' } },
      ];
    }
    return [400, { __type: 'UnsupportedOperationException', message: target }];
  };

  const fetch = (async (_url: string, init: RequestInit) => {
    const target = String((init.headers as Record<string, string>)['X-Amz-Target']).split('.')[1]!;
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    requests.push({ target, body });
    const [status, payload] = answer(target, body);
    return new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/x-amz-json-1.1' } });
  }) as typeof globalThis.fetch;

  return {
    users,
    requests,
    of: (target: string) => requests.filter((request) => request.target === target),
    latestCode: (username: string) => codes.get(username),
    queue: (target: string, ...answers: Array<Failure | Record<string, unknown>>) =>
      queued.set(target, [...(queued.get(target) ?? []), ...answers]),
    failSignIn: (fail: boolean) => {
      signInFails = fail;
    },
    transport: createFetchTransport({ endpoint: 'https://cognito-idp.test/', fetch }),
  };
}
