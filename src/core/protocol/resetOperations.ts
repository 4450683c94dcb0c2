import {
  ANALYTICS_METADATA,
  CLIENT_ID,
  CONFIRMATION_CODE,
  fail,
  type Members,
  type OperationSpec,
  SECRET_HASH,
  SESSION,
  type StringRule,
  USER_CONTEXT_DATA,
  USERNAME,
} from './checkRequest.js';
import type { CognitoConfirmError } from './CognitoConfirmError.js';
import type { ConfirmForgotPasswordInput, ForgotPasswordInput, SignInWithPasswordInput } from './inputs.js';
import type { OperationRequests } from './operations.js';
import { isRecord } from '../shared/isRecord.js';
import { withoutSecret } from './withoutSecret.js';

// The password reset's operations, apart from the sign-up ones (signUpOperations.ts) so that only
// an app that resets passwords carries their shapes, the password rule and the password scrubbing.

// The model's PasswordType is `[\S]+`, at most 256. Cognito itself checks `^[\S]+.*[\S]+$` (its answer to a
// bad one quotes it) and documents the space as a password symbol: a passphrase may have inner spaces,
// not leading or trailing whitespace (Java's ASCII set), and no line break (Java's `.`). One character
// passes here as in the model (every pool's policy asks for at least 6). A failure names the rule and at
// most the length, never the value.
const PASSWORD: StringRule = { min: 1, max: 256, pattern: /^[^ \t\n\v\f\r](?:[^\n\r\u0085\u2028\u2029]*[^ \t\n\v\f\r])?$/u };

/** The shortest password searched for in answers and errors. */
const MIN_SEARCHED = 4;

/**
 * The password a call carries, when searching for it means something: below MIN_SEARCHED characters
 * (no pool accepts one: the policy minimum is 6) a match tells nothing.
 */
export function searchedPassword(input: unknown): string | undefined {
  const given = isRecord(input) ? input['password'] : undefined;
  return typeof given === 'string' && given.length >= MIN_SEARCHED ? given : undefined;
}

/**
 * A request carrying a password: nothing the server or the transport answers may quote it. Only for
 * errors once the request was built: the kit's own validation never quotes a value
 * (test/core/protocol/validateRequest.test.ts), and its field names stay whole.
 */
function withoutPassword(error: CognitoConfirmError, input: unknown): CognitoConfirmError {
  const password = searchedPassword(input);
  return password ? withoutSecret(error, password) : error;
}

export const FORGOT_PASSWORD: OperationSpec<'ForgotPassword', ForgotPasswordInput> = {
  operation: 'ForgotPassword',
  required: ['ClientId', 'Username'],
  members: {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    UserContextData: USER_CONTEXT_DATA,
    Username: USERNAME,
    AnalyticsMetadata: ANALYTICS_METADATA,
    ClientMetadata: 'map',
  },
};

export const CONFIRM_FORGOT_PASSWORD: OperationSpec<'ConfirmForgotPassword', ConfirmForgotPasswordInput> = {
  operation: 'ConfirmForgotPassword',
  required: ['ClientId', 'Username', 'ConfirmationCode', 'Password'],
  members: {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    Username: USERNAME,
    ConfirmationCode: CONFIRMATION_CODE,
    Password: PASSWORD,
    AnalyticsMetadata: ANALYTICS_METADATA,
    UserContextData: USER_CONTEXT_DATA,
    ClientMetadata: 'map',
  },
  scrub: withoutPassword,
};

/**
 * USER_AUTH in the kit's two forms: ConfirmSignUp's Session (no preferred challenge, no password), or
 * PREFERRED_CHALLENGE PASSWORD with the password (no Session). Anything in between is refused here.
 */
function checkSignInForm(params: OperationRequests['InitiateAuth']): void {
  const { PREFERRED_CHALLENGE: challenge, PASSWORD: password } = params.AuthParameters;
  if (params.Session !== undefined) {
    if (challenge !== undefined) fail('AuthParameters.PREFERRED_CHALLENGE', 'unknownField', undefined, { USERNAME, SECRET_HASH });
    if (password !== undefined) fail('AuthParameters.PASSWORD', 'unknownField', undefined, { USERNAME, SECRET_HASH });
  } else if (challenge === undefined) fail(password === undefined ? 'Session' : 'AuthParameters.PREFERRED_CHALLENGE', 'required');
  else if (password === undefined) fail('AuthParameters.PASSWORD', 'required');
}

// The model's AuthParameters is any string map; the kit sends USER_AUTH's USERNAME (+ SECRET_HASH), with
// either ConfirmSignUp's Session or PREFERRED_CHALLENGE PASSWORD and the password a reset has just set.
const AUTH_PARAMETERS: Members = { USERNAME: USERNAME, SECRET_HASH: SECRET_HASH, PREFERRED_CHALLENGE: ['PASSWORD'], PASSWORD: PASSWORD };

/**
 * InitiateAuth USER_AUTH in either of the kit's forms (checkSignInForm): what `validateRequest`
 * accepts (the server handler refuses the password form itself), and what `signInWithPassword`
 * sends, in the password form. AuthParameters is required here, not in the model.
 */
export const INITIATE_AUTH: OperationSpec<'InitiateAuth', SignInWithPasswordInput> = {
  operation: 'InitiateAuth',
  required: ['AuthFlow', 'AuthParameters', 'ClientId', 'USERNAME'],
  members: {
    AuthFlow: ['USER_AUTH'],
    AuthParameters: AUTH_PARAMETERS,
    ClientMetadata: 'map',
    ClientId: CLIENT_ID,
    AnalyticsMetadata: ANALYTICS_METADATA,
    UserContextData: USER_CONTEXT_DATA,
    Session: SESSION,
  },
  check: checkSignInForm,
  // The password form only: PREFERRED_CHALLENGE comes with the password (a Session is not sent).
  auth: (input) => ({
    USERNAME: input['username'],
    SECRET_HASH: input['secretHash'],
    PREFERRED_CHALLENGE: input['password'] === undefined ? undefined : 'PASSWORD',
    PASSWORD: input['password'],
  }),
  scrub: withoutPassword,
};
