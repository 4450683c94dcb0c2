import type { CallOptions, CognitoConfirmClient } from './createCognitoConfirmClient.js';
import type { SignInWithPasswordInput } from './inputs.js';
import type { InitiateAuthResponse } from './operations.js';
import { INITIATE_AUTH } from './resetOperations.js';

/**
 * Signs in with the password a reset has just set: InitiateAuth USER_AUTH, PREFERRED_CHALLENGE
 * PASSWORD. The identity-js transport runs the SDK's own SRP sign-in instead (the password never
 * leaves the page; it needs `options.sdk`), the Amplify transport Amplify's `signIn`. Resolves with
 * tokens or a challenge; rejects with `NotAuthorizedException` for a wrong password. The backend
 * transport refuses it before any request (`ValidationError` on `AuthParameters.PASSWORD`), as does
 * the kit's server handler: it signs in within ConfirmForgotPassword instead (`SignIn`).
 */
export function signInWithPassword(
  client: CognitoConfirmClient,
  input: SignInWithPasswordInput,
  options?: CallOptions,
): Promise<InitiateAuthResponse> {
  // Only the password form: a Session given here is not sent.
  return client.send(INITIATE_AUTH, { ...input, session: undefined } as SignInWithPasswordInput, options);
}
