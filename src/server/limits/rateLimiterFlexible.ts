// rate-limiter-flexible's root module also loads its cluster and etcd limiters (`cluster`,
// `crypto`), which edge runtimes lack; the limiters the kit uses have no Node imports. The
// deep paths carry no types, so the package's own declarations are attached here.
import type {
  IRateLimiterOptions,
  RateLimiterDynamo as RateLimiterDynamoClass,
  IRateLimiterStoreOptions,
  RateLimiterMemory as RateLimiterMemoryClass,
  RateLimiterRedis as RateLimiterRedisClass,
  RateLimiterRes as RateLimiterResClass,
  RLWrapperTimeouts as RLWrapperTimeoutsClass,
} from 'rate-limiter-flexible';
// @ts-expect-error untyped deep path (types above)
import RateLimiterDynamoImpl from 'rate-limiter-flexible/lib/RateLimiterDynamo.js';
// @ts-expect-error untyped deep path (types above)
import RateLimiterMemoryImpl from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
// @ts-expect-error untyped deep path (types above)
import RateLimiterRedisImpl from 'rate-limiter-flexible/lib/RateLimiterRedis.js';
// @ts-expect-error untyped deep path (types above)
import RateLimiterResImpl from 'rate-limiter-flexible/lib/RateLimiterRes.js';
// @ts-expect-error untyped deep path (types above)
import RLWrapperTimeoutsImpl from 'rate-limiter-flexible/lib/RLWrapperTimeouts.js';

export const RateLimiterMemory = RateLimiterMemoryImpl as new (options: IRateLimiterOptions) => RateLimiterMemoryClass;
export const RateLimiterRedis = RateLimiterRedisImpl as new (
  options: IRateLimiterStoreOptions & { rejectIfRedisNotReady?: boolean | undefined },
) => RateLimiterRedisClass;
/** Its own options type is not exported; these are the ones the kit passes (see createDynamoQuotaStore). */
export const RateLimiterDynamo = RateLimiterDynamoImpl as new (
  options: IRateLimiterStoreOptions & { tableName: string; tableCreated: true; ttlSet: true },
) => RateLimiterDynamoClass;
export const RateLimiterRes = RateLimiterResImpl as typeof RateLimiterResClass;
export const RLWrapperTimeouts = RLWrapperTimeoutsImpl as new (options: {
  limiter: RateLimiterRedisClass | RateLimiterDynamoClass;
  timeoutMs: number;
}) => RLWrapperTimeoutsClass;
export type RateLimiterMemory = RateLimiterMemoryClass;
export type RateLimiterRedis = RateLimiterRedisClass;
export type RateLimiterRes = RateLimiterResClass;
