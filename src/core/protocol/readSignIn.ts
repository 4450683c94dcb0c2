import type { InitiateAuthResponse, SignInFailure } from './operations.js';
import { sanitizeErrorCode } from './toCognitoConfirmError.js';
import { mentions } from './withoutSecret.js';
import { isRecord } from '../shared/isRecord.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

/** A failure message longer than this is not Cognito's (its messages are a sentence). */
const MAX_MESSAGE = 1024;

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/**
 * ConfirmForgotPassword's `SignIn` (set by the kit's server handler) as the client hands it on: tokens,
 * a challenge that can be continued, or a failure. The password change has already succeeded when
 * this is read, so nothing here throws: anything else (not an object, tokens without an AccessToken,
 * a challenge without a Session, a failure without a type, any mention of the password) becomes the
 * failure `{ __type: 'InvalidResponseError' }`, which the app treats like any failed sign-in
 * ("Password changed — sign in").
 */
export function readSignIn(value: unknown, password: string | undefined): InitiateAuthResponse | SignInFailure | undefined {
  if (value === undefined) return undefined;
  if (isRecord(value) && !Array.isArray(value) && !(password && mentions(value, password))) {
    const { AuthenticationResult: result, ChallengeName: challenge, Session: session, __type: type } = value;
    if (
      isRecord(result) &&
      typeof result['AccessToken'] === 'string' &&
      result['AccessToken'] !== '' &&
      isOptionalString(result['IdToken']) &&
      isOptionalString(result['RefreshToken'])
    ) {
      return value as InitiateAuthResponse;
    }
    if (
      result === undefined &&
      typeof challenge === 'string' &&
      challenge !== '' &&
      typeof session === 'string' &&
      session !== '' &&
      (value['ChallengeParameters'] === undefined || isRecord(value['ChallengeParameters']))
    ) {
      return value as InitiateAuthResponse;
    }
    const code = typeof type === 'string' && result === undefined && challenge === undefined ? sanitizeErrorCode(type) : '';
    if (code) {
      const message = value['message'];
      return typeof message === 'string' && message !== '' && message.length <= MAX_MESSAGE ? { __type: code, message } : { __type: code };
    }
  }
  return {
    __type: 'InvalidResponseError',
    message:
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'SignIn'
        : 'The password was changed, but the sign-in that followed answered something the kit cannot use.',
  };
}
