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
