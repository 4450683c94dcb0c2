import { expect } from 'vitest';
import type { CognitoConfirmClient } from '../../src/core/protocol/createCognitoConfirmClient';
import { harnessClient, type HarnessClient } from './harnessClient.mjs';

let counter = 0;
/** Usernames unique per run, so tests sharing the global emulator never see each other's users. */
export function uniqueUser(prefix: string) {
  counter += 1;
  const username = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
  return { username, email: `${username}@example.com`, password: 'Correct-Horse-9' };
}

/**
 * The path every transport must get right: SignUp → ResendConfirmationCode → ConfirmSignUp with the
 * old code fails with CodeMismatch → with the resent code succeeds. Returns the resend's request body
 * as the emulator received it.
 */
export async function expectResendThenConfirm(
  client: CognitoConfirmClient,
  harness: HarnessClient,
  options: { prefix: string; signUpClientId?: string; resendInput?: Record<string, unknown> },
) {
  const user = uniqueUser(options.prefix);
  await harness.signUp({ ...user, ...(options.signUpClientId ? { clientId: options.signUpClientId } : {}) });
  const firstCode = await harness.latestCode(user.username);
  expect(firstCode).toMatch(/^\d{6}$/);

  const resent = await client.resendConfirmationCode({ username: user.username, ...options.resendInput });
  expect(resent.CodeDeliveryDetails).toEqual({ Destination: user.email, DeliveryMedium: 'EMAIL', AttributeName: 'email' });
  const resentCode = await harness.latestCode(user.username);
  expect(resentCode).toMatch(/^\d{6}$/);
  // Six random digits can repeat; the mismatch check below is only meaningful when they differ.
  if (resentCode !== firstCode) {
    await expect(client.confirmSignUp({ username: user.username, code: firstCode! })).rejects.toMatchObject({
      code: 'CodeMismatchException',
      retryable: false,
    });
  }
  await expect(client.confirmSignUp({ username: user.username, code: resentCode! })).resolves.toBeTypeOf('object');
  await expect(client.resendConfirmationCode({ username: user.username })).rejects.toMatchObject({ code: 'InvalidParameterException' });

  const requests = await harness.requests();
  const resendBody = requests.find((r) => r.target === 'ResendConfirmationCode' && r.body?.Username === user.username)?.body;
  return { user, resendBody, requests: requests.filter((r) => JSON.stringify(r.body).includes(user.username)) };
}

/**
 * A confirmed, signed-in user of the emulator's client without a secret (SignUp → ConfirmSignUp
 * with the delivered code → InitiateAuth USER_PASSWORD_AUTH), for attribute verification tests.
 */
export async function signedInUser(emulator: { endpoint: string; clientId: string }, prefix = 'signedin') {
  const harness = harnessClient(emulator.endpoint);
  const user = uniqueUser(prefix);
  await harness.signUp({ ...user, clientId: emulator.clientId });
  await harness.call('ConfirmSignUp', {
    ClientId: emulator.clientId,
    Username: user.username,
    ConfirmationCode: await harness.latestCode(user.username),
  });
  const auth = await harness.call('InitiateAuth', {
    ClientId: emulator.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
  });
  expect(auth.status).toBe(200);
  return { user, accessToken: auth.body.AuthenticationResult.AccessToken as string };
}

/**
 * Sign-in right after confirming, as every transport must do it: SignUp (answers a Session) →
 * ConfirmSignUp with that Session (answers a new one) → signInWithSession → tokens; the same Session
 * again → NotAuthorizedException. Returns the sign-in's answer and the user's requests as the emulator got them.
 */
export async function expectSignInAfterConfirm(
  client: CognitoConfirmClient,
  harness: HarnessClient,
  options: { prefix: string; signUpClientId?: string; secretHash?: (username: string) => string },
) {
  const user = uniqueUser(options.prefix);
  const signedUp = await harness.signUp({
    ...user,
    ...(options.signUpClientId ? { clientId: options.signUpClientId } : {}),
    ...(options.secretHash ? { secretHash: options.secretHash(user.username) } : {}),
  });
  expect(signedUp.Session).toEqual(expect.any(String));
  const code = await harness.latestCode(user.username);
  const confirmed = await client.confirmSignUp({ username: user.username, code: code!, session: signedUp.Session });
  expect(confirmed.Session).toEqual(expect.any(String));

  const answer = await client.signInWithSession({ username: user.username, session: confirmed.Session! });
  expect(answer.ChallengeName).toBeUndefined();
  expect(answer.AuthenticationResult).toMatchObject({ AccessToken: expect.any(String), IdToken: expect.any(String), TokenType: 'Bearer' });

  await expect(client.signInWithSession({ username: user.username, session: confirmed.Session! })).rejects.toMatchObject({
    name: 'CognitoConfirmError',
    retryable: false,
  });
  const requests = (await harness.requests()).filter((r) => JSON.stringify(r.body).includes(user.username));
  // Never a password after SignUp's own.
  for (const request of requests.filter((r) => r.target !== 'SignUp')) expect(JSON.stringify(request.body)).not.toContain(user.password);
  return { user, answer, signUpSession: signedUp.Session!, requests };
}

/** A Session past its AuthSessionValidity: the sign-in is refused with NotAuthorizedException. */
export async function expectExpiredSessionRefused(
  client: CognitoConfirmClient,
  harness: HarnessClient,
  prefix: string,
  signUpAs: { clientId: string; secretHash?: (username: string) => string } | undefined = undefined,
) {
  const user = uniqueUser(prefix);
  const signedUp = await harness.signUp({
    ...user,
    ...(signUpAs ? { clientId: signUpAs.clientId } : {}),
    ...(signUpAs?.secretHash ? { secretHash: signUpAs.secretHash(user.username) } : {}),
  });
  const confirmed = await client.confirmSignUp({
    username: user.username,
    code: (await harness.latestCode(user.username))!,
    session: signedUp.Session,
  });
  expect(await harness.expireSession(user.username)).toBe(1);
  await expect(client.signInWithSession({ username: user.username, session: confirmed.Session! })).rejects.toMatchObject({
    code: 'NotAuthorizedException',
    retryable: false,
    message: 'Invalid session for the user, session is expired.',
  });
  return user;
}
