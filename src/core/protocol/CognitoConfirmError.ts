/** The exceptions Cognito documents for the operations the kit calls. */
export type CognitoExceptionName =
  // ResendConfirmationCode (all 15 in the model)
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
  // ConfirmSignUp, GetUserAttributeVerificationCode, VerifyUserAttribute, InitiateAuth add these
  | 'AliasExistsException'
  | 'CodeMismatchException'
  | 'ExpiredCodeException'
  | 'TooManyFailedAttemptsException'
  | 'PasswordResetRequiredException'
  | 'UserNotConfirmedException'
  // ConfirmForgotPassword adds these (the new password broke the pool's policy or its history)
  | 'InvalidPasswordException'
  | 'PasswordHistoryPolicyViolationException'
  // Not in these operations' model lists, but sent by Cognito around them
  | 'InvalidUserPoolConfigurationException'
  | 'UnsupportedOperationException';

/**
 * Every exception the published service model lists for the operations the kit calls
 * (test/fixtures/cognito-contract.json; the contract test fails when the model adds one), plus two
 * Cognito sends from neighbouring operations, in the order of `CognitoExceptionName`. Names
 * arriving in any casing map to these spellings. Stored as one string (the bundle carries each
 * name once, without its "Exception").
 */
export const COGNITO_EXCEPTION_NAMES: readonly CognitoExceptionName[] = /* @__PURE__ */ (
  'CodeDeliveryFailure Forbidden InternalError InvalidEmailRoleAccessPolicy InvalidLambdaResponse InvalidParameter ' +
  'InvalidSmsRoleAccessPolicy InvalidSmsRoleTrustRelationship LimitExceeded NotAuthorized ResourceNotFound TooManyRequests ' +
  'UnexpectedLambda UserLambdaValidation UserNotFound AliasExists CodeMismatch ExpiredCode TooManyFailedAttempts ' +
  'PasswordResetRequired UserNotConfirmed InvalidPassword PasswordHistoryPolicyViolation InvalidUserPoolConfiguration UnsupportedOperation'
)
  .split(' ')
  .map((name) => `${name}Exception` as CognitoExceptionName);

/** Failures that never come from Cognito itself: detected by the kit before or around the request. */
export const KIT_ERROR_CODES = [
  'ValidationError',
  'NetworkError',
  'TimeoutError',
  'AbortError',
  'InvalidResponseError',
  'UnknownError',
] as const;
export type KitErrorCode = (typeof KIT_ERROR_CODES)[number];

/** Which constraint a `ValidationError` broke; kept in production builds, where the message is short. */
export type ValidationRule = 'required' | 'type' | 'min' | 'max' | 'pattern' | 'unknownField' | 'enum';

/** Exact strings to `switch` on. Unknown Cognito exceptions keep their own name, hence the open end. */
export type CognitoConfirmErrorCode = CognitoExceptionName | KitErrorCode | (string & {});

export interface CognitoConfirmErrorOptions {
  retryable?: boolean | undefined;
  httpStatus?: number | undefined;
  field?: string | undefined;
  rule?: ValidationRule | undefined;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

export class CognitoConfirmError extends Error {
  override readonly name = 'CognitoConfirmError';
  readonly code: CognitoConfirmErrorCode;
  /** True when the same request may succeed later without the person changing anything. */
  readonly retryable: boolean;
  readonly httpStatus?: number | undefined;
  /** The request field at fault (Cognito's own name, e.g. `Username` or `ClientMetadata.locale`). */
  readonly field?: string | undefined;
  /** For a `ValidationError`: the broken constraint (`max`, `pattern`, …). */
  readonly rule?: ValidationRule | undefined;
  /** A server's hint (HTTP Retry-After) for when to try again; the cooldown uses it when present. */
  readonly retryAfterMs?: number | undefined;
  override readonly cause?: unknown;

  constructor(code: CognitoConfirmErrorCode, message: string, options: CognitoConfirmErrorOptions = {}) {
    super(message);
    this.code = code;
    this.retryable = options.retryable ?? isRetryableCode(code, options.httpStatus);
    for (const key of ['httpStatus', 'field', 'rule', 'retryAfterMs', 'cause'] as const) {
      if (options[key] !== undefined) (this as Record<typeof key, unknown>)[key] = options[key];
    }
  }
}

const RETRYABLE_CODES: ReadonlySet<string> = new Set([
  'TooManyRequestsException',
  'LimitExceededException',
  'InternalErrorException',
  'NetworkError',
  'TimeoutError',
]);

/** The statuses the AWS SDKs retry when the error itself says nothing (transient server faults). */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

const KNOWN_CODES: ReadonlySet<string> = new Set([...COGNITO_EXCEPTION_NAMES, ...KIT_ERROR_CODES]);

/**
 * Throttling, server faults, network failures and timeouts may pass on their own. So may an error
 * the kit does not know (or a body it could not read) when the status says the server, or a proxy in
 * front of it, failed transiently; a known Cognito exception keeps its own meaning whatever the status.
 */
export function isRetryableCode(code: string, httpStatus?: number): boolean {
  if (RETRYABLE_CODES.has(code)) return true;
  if (httpStatus === undefined || !RETRYABLE_STATUSES.has(httpStatus)) return false;
  return code === 'InvalidResponseError' || code === 'UnknownError' || !KNOWN_CODES.has(code);
}

export function isCognitoConfirmError(value: unknown): value is CognitoConfirmError {
  return value instanceof CognitoConfirmError;
}
