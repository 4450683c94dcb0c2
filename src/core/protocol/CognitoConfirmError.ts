/** The exceptions Cognito documents for the operations the kit calls. */
export type CognitoExceptionName =
  // ResendConfirmationCode (all 15 documented)
  | 'CodeDeliveryFailureException'
  | 'ForbiddenException'
  | 'InternalErrorException'
  | 'InvalidEmailRoleAccessPolicyException'
  | 'InvalidLambdaResponseException'
  | 'InvalidParameterException'
  | 'InvalidSmsRoleAccessPolicyException'
  | 'InvalidSmsRoleTrustRelationshipException'
  | 'LimitExceededException'
  | 'NotAuthorizedException'
  | 'ResourceNotFoundException'
  | 'TooManyRequestsException'
  | 'UnexpectedLambdaException'
  | 'UserLambdaValidationException'
  | 'UserNotFoundException'
  // ConfirmSignUp, GetUserAttributeVerificationCode, VerifyUserAttribute add these
  | 'AliasExistsException'
  | 'CodeMismatchException'
  | 'ExpiredCodeException'
  | 'TooManyFailedAttemptsException'
  | 'InvalidUserPoolConfigurationException'
  | 'PasswordResetRequiredException'
  | 'UserNotConfirmedException'
  | 'UnsupportedOperationException';

/** Failures that never come from Cognito itself: detected by the kit before or around the request. */
export type KitErrorCode = 'ValidationError' | 'NetworkError' | 'TimeoutError' | 'AbortError' | 'InvalidResponseError' | 'UnknownError';

/** Exact strings to `switch` on. Unknown Cognito exceptions keep their own name, hence the open end. */
export type CognitoConfirmErrorCode = CognitoExceptionName | KitErrorCode | (string & {});

export interface CognitoConfirmErrorOptions {
  retryable?: boolean;
  httpStatus?: number;
  field?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

export class CognitoConfirmError extends Error {
  override readonly name = 'CognitoConfirmError';
  readonly code: CognitoConfirmErrorCode;
  /** True when the same request may succeed later without the person changing anything. */
  readonly retryable: boolean;
  readonly httpStatus?: number;
  /** The request field at fault (Cognito's own name, e.g. `Username` or `ClientMetadata.locale`). */
  readonly field?: string;
  /** A server's hint (HTTP Retry-After) for when to try again; the cooldown uses it when present. */
  readonly retryAfterMs?: number;
  override readonly cause?: unknown;

  constructor(code: CognitoConfirmErrorCode, message: string, options: CognitoConfirmErrorOptions = {}) {
    super(message);
    this.code = code;
    this.retryable = options.retryable ?? isRetryableCode(code, options.httpStatus);
    if (options.httpStatus !== undefined) this.httpStatus = options.httpStatus;
    if (options.field !== undefined) this.field = options.field;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

const RETRYABLE_CODES: ReadonlySet<string> = new Set([
  'TooManyRequestsException',
  'LimitExceededException',
  'InternalErrorException',
  'NetworkError',
  'TimeoutError',
]);

/**
 * Throttling, server faults, network failures and timeouts may pass on their own. A body we
 * could not read counts too when the status says the server (or a proxy in front of it) failed.
 */
export function isRetryableCode(code: string, httpStatus?: number): boolean {
  if (RETRYABLE_CODES.has(code)) return true;
  return code === 'InvalidResponseError' && httpStatus !== undefined && httpStatus >= 500;
}

export function isCognitoConfirmError(value: unknown): value is CognitoConfirmError {
  return value instanceof CognitoConfirmError;
}
