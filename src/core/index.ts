export {
  COGNITO_EXCEPTION_NAMES,
  CognitoConfirmError,
  KIT_ERROR_CODES,
  isCognitoConfirmError,
  isRetryableCode,
} from './protocol/CognitoConfirmError.js';
export type {
  CognitoConfirmErrorCode,
  CognitoConfirmErrorOptions,
  CognitoExceptionName,
  KitErrorCode,
  ValidationRule,
} from './protocol/CognitoConfirmError.js';
export { sanitizeErrorCode, toCognitoConfirmError } from './protocol/toCognitoConfirmError.js';
export { validateRequest } from './protocol/validateRequest.js';
export { COGNITO_OPERATIONS, DELIVERY_MEDIUMS, isCognitoOperation } from './protocol/operations.js';
export type * from './protocol/operations.js';
export type * from './protocol/inputs.js';
export { buildRequest } from './protocol/buildRequest.js';
export type { OperationInputs, RequestDefaults } from './protocol/buildRequest.js';
export { createCognitoConfirmClient } from './protocol/createCognitoConfirmClient.js';
export type { CallOptions, CognitoConfirmClient, CognitoConfirmClientConfig } from './protocol/createCognitoConfirmClient.js';
export type { OperationSpec } from './protocol/checkRequest.js';
export { forgotPassword } from './protocol/forgotPassword.js';
export { confirmForgotPassword } from './protocol/confirmForgotPassword.js';
export { signInWithPassword } from './protocol/signInWithPassword.js';
export { collectUserContextData } from './protocol/collectUserContextData.js';
export { resolveAnalyticsMetadata } from './protocol/resolveAnalyticsMetadata.js';
export type { AnalyticsOption } from './protocol/resolveAnalyticsMetadata.js';
export { maskDestination } from './protocol/maskDestination.js';
export { regionFromUserPoolId } from './protocol/regionFromUserPoolId.js';
export type { Transport, TransportRequestOptions } from './protocol/transports/Transport.js';
export { MAX_RESPONSE_BYTES } from './protocol/transports/readCognitoResponse.js';
export { createFetchTransport } from './protocol/transports/createFetchTransport.js';
export type { FetchTransportOptions } from './protocol/transports/createFetchTransport.js';
export { createBackendTransport, HUMAN_TOKEN_HEADER } from './protocol/transports/createBackendTransport.js';
export type { BackendTransportOptions } from './protocol/transports/createBackendTransport.js';
export { createIdentityJsTransport } from './protocol/transports/createIdentityJsTransport.js';
export type {
  IdentityJsSdkLike,
  IdentityJsTransportOptions,
  IdentityJsUserPoolLike,
} from './protocol/transports/createIdentityJsTransport.js';
export {
  AMPLIFY_AUTO_SIGN_IN_SESSION,
  createAmplifyTransport,
  fromAmplifyCodeDeliveryDetails,
} from './protocol/transports/createAmplifyTransport.js';
export type {
  AmplifyAuthLike,
  AmplifyCodeDeliveryDetailsLike,
  AmplifyJwtLike,
  AmplifyResetPasswordOutputLike,
  AmplifySignInOutputLike,
  AmplifyTransportOptions,
} from './protocol/transports/createAmplifyTransport.js';
export { createCooldownStore, cooldownKey } from './cooldown/createCooldownStore.js';
export type {
  CooldownSnapshot,
  CooldownState,
  CooldownStatusSnapshot,
  CooldownStore,
  CooldownStoreOptions,
  StartCooldownOptions,
} from './cooldown/createCooldownStore.js';
export { createCooldownClock, getSharedCooldownClock } from './cooldown/createCooldownClock.js';
export type { CooldownClock, CooldownClockOptions } from './cooldown/createCooldownClock.js';
export { DEFAULT_COOLDOWN_POLICY, cooldownDurationMs, longestCooldownMs, resolveCooldownPolicy } from './cooldown/cooldownPolicy.js';
export type { CooldownPolicy, CooldownReason } from './cooldown/cooldownPolicy.js';
export { createMemoryStorage, defaultCooldownStorage } from './cooldown/cooldownStorage.js';
export type { CooldownStorage } from './cooldown/cooldownStorage.js';
export { hashUsername } from './cooldown/hashUsername.js';
export type { CooldownDelivery } from './cooldown/cooldownDelivery.js';
export type { Overrides } from './shared/Overrides.js';
export { readTokenClaims, readTokenSubject } from './protocol/readTokenSubject.js';
export { isAlreadyConfirmed } from './protocol/isAlreadyConfirmed.js';
export { passwordRuleFromError } from './protocol/passwordRuleFromError.js';
export { passwordPolicyRules } from './protocol/passwordPolicyRules.js';
export type { PasswordPolicy, PasswordPolicyRule, PasswordPolicyRuleId } from './protocol/passwordPolicyRules.js';
