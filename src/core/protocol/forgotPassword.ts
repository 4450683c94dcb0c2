import type { CallOptions, CognitoConfirmClient } from './createCognitoConfirmClient.js';
import type { ForgotPasswordInput } from './inputs.js';
import type { ForgotPasswordResponse } from './operations.js';
import { FORGOT_PASSWORD } from './resetOperations.js';

/**
 * Sends a password-reset code: ForgotPassword. Resolves with where it went (`CodeDeliveryDetails`);
 * rejects with `UserNotFoundException` (unless the pool hides it), `InvalidParameterException` (no
 * verified email or phone), `LimitExceededException`… A function rather than a client method, so an
 * app that never resets a password does not carry it.
 */
export function forgotPassword(
  client: CognitoConfirmClient,
  input: ForgotPasswordInput,
  options?: CallOptions,
): Promise<ForgotPasswordResponse> {
  return client.send(FORGOT_PASSWORD, input, options);
}
