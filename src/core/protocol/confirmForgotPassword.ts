import type { CallOptions, CognitoConfirmClient } from './createCognitoConfirmClient.js';
import type { ConfirmForgotPasswordInput } from './inputs.js';
import type { ConfirmForgotPasswordResponse } from './operations.js';
import { readSignIn } from './readSignIn.js';
import { CONFIRM_FORGOT_PASSWORD, searchedPassword } from './resetOperations.js';
import { isRecord } from '../shared/isRecord.js';

/**
 * Sets the new password with the code: ConfirmForgotPassword. Cognito answers `{}`; the kit's server
 * handler adds `SignIn` (it signs in there, in the same request): tokens, a challenge with its
 * Session, or a failure `{ __type, message? }`.
 *
 * Resolving means the password was changed, and the call never rejects because of `SignIn`: a
 * `SignIn` that is not one of those three (not an object, tokens without an AccessToken, a challenge
 * without a Session, a failure without a type) or that mentions the password resolves as the failure
 * `{ __type: 'InvalidResponseError' }`; show "Password changed" and offer a sign-in. Rejects only when
 * the change itself failed (`CodeMismatchException`, `ExpiredCodeException`, `InvalidPasswordException`,
 * `PasswordHistoryPolicyViolationException`, `LimitExceededException`…). The password is never logged
 * or quoted: not in an error's message, field or cause, even when the server echoes it.
 */
export async function confirmForgotPassword(
  client: CognitoConfirmClient,
  input: ConfirmForgotPasswordInput,
  options?: CallOptions,
): Promise<ConfirmForgotPasswordResponse> {
  const answer = await client.send(CONFIRM_FORGOT_PASSWORD, input, options);
  // Answered: the password is changed, whatever the kit server's sign-in says (readSignIn never throws).
  const { SignIn: signIn, ...rest } = isRecord(answer) ? (answer as ConfirmForgotPasswordResponse) : {};
  const read = readSignIn(signIn, searchedPassword(input));
  return read === undefined ? rest : { ...rest, SignIn: read };
}
