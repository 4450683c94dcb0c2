import type { CallOptions, CognitoConfirmClient } from './createCognitoConfirmClient.js';
import type { ConfirmForgotPasswordInput } from './inputs.js';
import type { ConfirmForgotPasswordResponse } from './operations.js';
import { CONFIRM_FORGOT_PASSWORD } from './resetOperations.js';

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
export function confirmForgotPassword(
  client: CognitoConfirmClient,
  input: ConfirmForgotPasswordInput,
  options?: CallOptions,
): Promise<ConfirmForgotPasswordResponse> {
  return client.send(CONFIRM_FORGOT_PASSWORD, input, options);
}
