import { sanitizeErrorCode } from '../../core/protocol/toCognitoConfirmError.js';
import type { UpstreamAnswer } from '../forwardToCognito.js';

/**
 * Cognito's errors (botocore's cognito-idp model lists them per operation) that refuse a send before
 * any delivery is tried: an unknown or already confirmed user, a made-up token, Cognito's own limits,
 * an app client or role it cannot use; for ForgotPassword (the same errors as ResendConfirmationCode
 * in the model) InvalidParameterException is also a user without a verified email or phone. Left out,
 * so they stay counted: CodeDeliveryFailureException (delivery was tried: an SMS to a pumped number
 * may be billed though it failed) and the Lambda errors (a custom SMS or email sender may have sent
 * before it failed), InternalErrorException and anything unknown.
 */
const NO_CODE_SENT: ReadonlySet<string> = new Set([
  'UserNotFoundException',
  'NotAuthorizedException',
  'InvalidParameterException',
  'UserNotConfirmedException',
  'PasswordResetRequiredException',
  'ResourceNotFoundException',
  'LimitExceededException',
  'TooManyRequestsException',
  'ForbiddenException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'InvalidEmailRoleAccessPolicyException',
]);

/**
 * Whether Cognito's answer says that no code went out: a 4xx naming one of the errors above. A 5xx,
 * a success, an unknown error, a timeout or a broken connection (no answer at all) may have sent one.
 */
export function noCodeWasSent(answer: UpstreamAnswer): boolean {
  if (answer.status < 400 || answer.status > 499) return false;
  const type = cognitoErrorType(answer);
  return type !== undefined && NO_CODE_SENT.has(type);
}

/** The error Cognito named (header first, then the body's `__type`), without its namespace; undefined for a success. */
export function cognitoErrorType(answer: UpstreamAnswer): string | undefined {
  if (answer.status < 400) return undefined;
  const type = answer.headers.get('x-amzn-errortype') ?? bodyType(answer.bytes);
  if (type === undefined) return undefined;
  const clean = sanitizeErrorCode(type);
  // Only a name: whatever else an upstream put there stays out of logs and metric attributes.
  return /^[A-Za-z][\w.]{0,99}$/.test(clean) ? clean : undefined;
}

function bodyType(bytes: Uint8Array): string | undefined {
  try {
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const type = (body as { __type?: unknown } | null)?.__type;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}
