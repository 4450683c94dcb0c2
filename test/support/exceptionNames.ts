/** The 15 exceptions Cognito documents for ResendConfirmationCode (kit guide §1). */
export const RESEND_EXCEPTIONS = [
  'CodeDeliveryFailureException',
  'ForbiddenException',
  'InternalErrorException',
  'InvalidEmailRoleAccessPolicyException',
  'InvalidLambdaResponseException',
  'InvalidParameterException',
  'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException',
  'LimitExceededException',
  'NotAuthorizedException',
  'ResourceNotFoundException',
  'TooManyRequestsException',
  'UnexpectedLambdaException',
  'UserLambdaValidationException',
  'UserNotFoundException',
] as const;

/** What ConfirmSignUp and VerifyUserAttribute add. */
export const CONFIRM_EXCEPTIONS = [
  'CodeMismatchException',
  'ExpiredCodeException',
  'TooManyFailedAttemptsException',
  'AliasExistsException',
] as const;

/** The kit's own codes, for failures no server reports. */
export const KIT_CODES = ['ValidationError', 'NetworkError', 'TimeoutError', 'AbortError', 'InvalidResponseError', 'UnknownError'] as const;
