import type { InitiateAuthResponse, SignInFailure } from './operations.js';
import { sanitizeErrorCode } from './toCognitoConfirmError.js';
import { mentions } from './withoutSecret.js';
import { isRecord } from '../shared/isRecord.js';

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

/**
 * ConfirmForgotPassword's `SignIn` (set by the kit's server handler) as the client hands it on: tokens,
 * a challenge that can be continued, or a failure. The password change has already succeeded when
 * this is read, so nothing here throws: anything else (not an object, no AccessToken and no TokenType of withheld tokens,
 * a challenge without a Session, a failure without a type, any mention of the password) becomes the
 * failure `{ __type: 'InvalidResponseError' }`, which the app treats like any failed sign-in
 * ("Password changed — sign in"). A failure's message longer than Cognito writes (1024) is left out.
 */
export function readSignIn(value: unknown, password: string | undefined): InitiateAuthResponse | SignInFailure | undefined {
  if (value === undefined) return undefined;
  if (isRecord(value) && !(password && mentions(value, password))) {
    const { AuthenticationResult: result, ChallengeName: challenge, __type: type, message } = value;
    if (isRecord(result)) {
      // A server's `onSignedIn` may keep every token (an HttpOnly cookie) and answer only ExpiresIn and
      // TokenType: still signed in, as for the sign-in after confirming. Tokens it does send are strings.
      const withheld = result['AccessToken'] === undefined && isText(result['TokenType']);
      if (
        (withheld || isText(result['AccessToken'])) &&
        isOptional(result['IdToken'], isText) &&
        isOptional(result['RefreshToken'], isText)
      ) {
        return value as InitiateAuthResponse;
      }
    } else if (challenge !== undefined) {
      if (isText(challenge) && isText(value['Session']) && isOptional(value['ChallengeParameters'], isRecord)) {
        return value as InitiateAuthResponse;
      }
    } else if (isText(type)) {
      const code = sanitizeErrorCode(type);
      if (code) return isText(message) && message.length <= 1024 ? { __type: code, message } : { __type: code };
    }
  }
  return { __type: 'InvalidResponseError' };
}
