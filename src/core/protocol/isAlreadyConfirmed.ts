import type { CognitoConfirmError } from './CognitoConfirmError.js';

/**
 * True when Cognito refused because the account is confirmed already, e.g. a tab left open after
 * confirming in another: ConfirmSignUp answers NotAuthorizedException "User cannot be confirmed.
 * Current status is CONFIRMED", ResendConfirmationCode answers InvalidParameterException "User is
 * already confirmed." Both mean "go and sign in", not an error. Only the message tells these apart
 * from the same exceptions' other causes, hence the text match.
 */
export function isAlreadyConfirmed(error: Pick<CognitoConfirmError, 'code' | 'message'> | null | undefined): boolean {
  if (!error || typeof error.message !== 'string') return false;
  if (error.code === 'NotAuthorizedException') return /current status is confirmed/i.test(error.message);
  if (error.code === 'InvalidParameterException') return /already confirmed/i.test(error.message);
  return false;
}
