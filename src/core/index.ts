export { CognitoConfirmError, isCognitoConfirmError, isRetryableCode } from './CognitoConfirmError.js';
export type { CognitoConfirmErrorCode, CognitoConfirmErrorOptions, CognitoExceptionName, KitErrorCode } from './CognitoConfirmError.js';
export { toCognitoConfirmError } from './toCognitoConfirmError.js';
export { validateRequest } from './validateRequest.js';
export { COGNITO_OPERATIONS, isCognitoOperation } from './operations.js';
export type * from './operations.js';
export type * from './inputs.js';
export { buildRequest } from './buildRequest.js';
export type { OperationInputs, RequestDefaults } from './buildRequest.js';
export { createCognitoConfirmClient } from './createCognitoConfirmClient.js';
export type { CallOptions, CognitoConfirmClient, CognitoConfirmClientConfig } from './createCognitoConfirmClient.js';
export { collectUserContextData } from './collectUserContextData.js';
export { resolveAnalyticsMetadata } from './resolveAnalyticsMetadata.js';
export type { AnalyticsOption } from './resolveAnalyticsMetadata.js';
export { maskDestination } from './maskDestination.js';
export { regionFromUserPoolId } from './regionFromUserPoolId.js';
export type { Transport, TransportRequestOptions } from './transports/Transport.js';
export { createFetchTransport } from './transports/createFetchTransport.js';
export type { FetchTransportOptions } from './transports/createFetchTransport.js';
export { createBackendTransport } from './transports/createBackendTransport.js';
export type { BackendTransportOptions } from './transports/createBackendTransport.js';
export { createIdentityJsTransport } from './transports/createIdentityJsTransport.js';
export type { IdentityJsTransportOptions, IdentityJsUserPoolLike } from './transports/createIdentityJsTransport.js';
export { createCooldownStore, cooldownKey } from './createCooldownStore.js';
export type {
  CooldownSnapshot,
  CooldownState,
  CooldownStatusSnapshot,
  CooldownStore,
  CooldownStoreOptions,
  StartCooldownOptions,
} from './createCooldownStore.js';
export { createCooldownClock, getSharedCooldownClock } from './createCooldownClock.js';
export type { CooldownClock, CooldownClockOptions } from './createCooldownClock.js';
export { DEFAULT_COOLDOWN_POLICY, cooldownDurationMs, resolveCooldownPolicy } from './cooldownPolicy.js';
export type { CooldownPolicy, CooldownReason } from './cooldownPolicy.js';
export { createMemoryStorage, defaultCooldownStorage } from './cooldownStorage.js';
export type { CooldownStorage } from './cooldownStorage.js';
export { hashUsername } from './hashUsername.js';
export { readTokenSubject } from './readTokenSubject.js';
export { formatMessage, formatMessageToParts } from './formatMessage.js';
export type { MessageValues } from './formatMessage.js';
export { formatCountdown, formatDuration } from './formatDuration.js';
export { describeError, errorMessageKey } from './describeError.js';
export type { DescribeErrorContext } from './describeError.js';
export { DEFAULT_THEME, themeToCssVariables } from './themeToCssVariables.js';
export type { Theme, ThemeTokens } from './themeToCssVariables.js';
export { enMessages } from '../locales/en.js';
export type { KitMessages, MessageKey, MessageValue, PartialKitMessages } from '../locales/en.js';
