import { checkRequest, fail, type OperationSpec } from './checkRequest.js';
import type { CognitoOperation, OperationRequests } from './operations.js';
import { CONFIRM_FORGOT_PASSWORD, FORGOT_PASSWORD } from './resetOperations.js';
import {
  CONFIRM_SIGN_UP,
  GET_USER_ATTRIBUTE_VERIFICATION_CODE,
  RESEND_CONFIRMATION_CODE,
  SIGN_IN_WITH_SESSION,
  VERIFY_USER_ATTRIBUTE,
} from './signUpOperations.js';

// Every operation the kit calls, for the server handler and tests: a browser bundle that only signs
// up never imports this table (the client checks each request against its own operation's spec).
// InitiateAuth is the Session form only: an app that gates its own relay with this must never pass a
// password sign-in (the kit's handler signs in after a reset itself, without asking this; the client's
// password form is checked by its own spec, INITIATE_AUTH in resetOperations).
const SPECS: { [Op in CognitoOperation]: OperationSpec<Op, never> } = {
  ResendConfirmationCode: RESEND_CONFIRMATION_CODE,
  ConfirmSignUp: CONFIRM_SIGN_UP,
  GetUserAttributeVerificationCode: GET_USER_ATTRIBUTE_VERIFICATION_CODE,
  VerifyUserAttribute: VERIFY_USER_ATTRIBUTE,
  InitiateAuth: SIGN_IN_WITH_SESSION,
  ForgotPassword: FORGOT_PASSWORD,
  ConfirmForgotPassword: CONFIRM_FORGOT_PASSWORD,
};

/**
 * Throws a `CognitoConfirmError` with `code: "ValidationError"`, the offending `field` (Cognito's
 * path: `Username`, `UserContextData.EncodedData`, `ClientMetadata.locale`) and the broken `rule`
 * when `params` breaks a constraint of Cognito's published model, so a bad request never leaves the page.
 */
export function validateRequest<Op extends CognitoOperation>(operation: Op, params: unknown): asserts params is OperationRequests[Op] {
  checkRequest(operationSpec(operation), params);
}

/** The spec of an operation the kit calls; a `ValidationError` on `operation` for any other. */
export function operationSpec<Op extends CognitoOperation>(operation: Op): OperationSpec<Op, never> {
  const spec = Object.hasOwn(SPECS, operation) ? SPECS[operation] : undefined;
  if (!spec) fail('operation', 'unknownField', undefined, SPECS);
  return spec as OperationSpec<Op, never>;
}
