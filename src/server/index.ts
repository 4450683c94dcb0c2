// Node / edge runtimes only: holds the client secret's code paths. Never import from browser code.
export { computeSecretHash } from './computeSecretHash.js';
export type { SecretHashInput } from './computeSecretHash.js';
export { createConfirmationHandler } from './createConfirmationHandler.js';
export type { ConfirmationHandlerOptions, SignedInContext, SignedInReply } from './createConfirmationHandler.js';
export { createMemoryQuotaStore } from './limits/createMemoryQuotaStore.js';
export type { MemoryQuotaStoreOptions } from './limits/createMemoryQuotaStore.js';
export { createRedisQuotaStore } from './limits/createRedisQuotaStore.js';
export type { RedisClientLike, RedisQuotaStoreOptions, QuotaStoreErrorMode } from './limits/createRedisQuotaStore.js';
export { DEFAULT_LIMITS } from './limits/resolveLimits.js';
export type { LimitsOptions, Quota } from './limits/resolveLimits.js';
export type { QuotaLogger, QuotaStore } from './limits/QuotaStore.js';
export { clientIpFromForwardedFor, clientIpFromHeader } from './limits/clientIpFrom.js';
export type { ClientIpResolver } from './limits/clientIpFrom.js';
export { HUMAN_TOKEN_HEADER } from './limits/createRequestGuard.js';
export type { VerifyHuman } from './limits/createRequestGuard.js';
