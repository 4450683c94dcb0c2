import { checkOutageOptions, createOutageBreaker, type SharedLimiter } from './createFailoverLimiter.js';
import { checkPoolShards } from './splitPool.js';
import type { QuotaStore, QuotaStoreErrorMode } from './QuotaStore.js';
import { RateLimiterRedis, RLWrapperTimeouts } from './rateLimiterFlexible.js';

export type { QuotaStoreErrorMode };

/** What the kit needs of an ioredis client (`new Redis(...)` from ioredis 5 or 6, or a `Cluster`). */
export interface RedisClientLike {
  status: string;
  defineCommand(...args: never[]): unknown;
}

export interface RedisQuotaStoreOptions {
  /**
   * The app's ioredis client, created fail-fast so no request waits out an outage:
   * `new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })`. No `commandTimeout`:
   * ioredis replays timed-out commands after reconnecting, which counts them twice.
   */
  client: RedisClientLike;
  /** Prefix of every key, so several apps or environments can share one Redis. Default `cognito-confirm-kit`. */
  keyPrefix?: string | undefined;
  /**
   * `use-memory` (default): each instance counts in memory until Redis is back, so an outage is
   * not a sign-up outage (each instance then allows the full quota on its own). `fail-closed`:
   * refuse sends and code checks with 503 + Retry-After until Redis answers again.
   */
  onStoreError?: QuotaStoreErrorMode | undefined;
  /**
   * How many keys the pool's send count (`sendsPerPool`) is spread over, each with its share of the
   * limit (at least 250 sends each). Default 1: one Redis key takes a flood easily; more helps a Redis
   * Cluster, where one key is one node. See `createDynamoQuotaStore`'s `poolShards` for the trade-off.
   */
  poolShards?: number | undefined;
  /** Retry-After of a `fail-closed` refusal. Default 30 s. */
  failClosedRetryAfterSeconds?: number | undefined;
  /**
   * How long one quota check may wait for Redis before it counts as an outage. The fail-fast client
   * settings cover a Redis that is gone; this covers one that accepts connections but does not
   * answer (frozen, overloaded, a half-open connection). Default 3,000 ms. A command that answers
   * later still lands, so such a check may count once more than it should.
   */
  timeoutMs?: number | undefined;
}

/**
 * Quotas shared by every instance through Redis (rate-limiter-flexible's RateLimiterRedis: one
 * atomic Lua script per consume, keys expire with their window). An outage is logged once when it
 * starts and once when it ends, never per request.
 */
export function createRedisQuotaStore(options: RedisQuotaStoreOptions): QuotaStore {
  if (typeof options !== 'object' || options === null) throw new TypeError('createRedisQuotaStore needs { client }.');
  const { client } = options;
  if (typeof client !== 'object' || client === null || typeof client.status !== 'string' || typeof client.defineCommand !== 'function') {
    throw new TypeError('createRedisQuotaStore: client must be an ioredis client (new Redis(...)).');
  }
  const keyPrefix = options.keyPrefix ?? 'cognito-confirm-kit';
  if (typeof keyPrefix !== 'string' || keyPrefix === '' || keyPrefix.length > 200) {
    throw new TypeError('createRedisQuotaStore: keyPrefix must be a non-empty string of at most 200 characters.');
  }
  const poolShards = checkPoolShards('createRedisQuotaStore', options.poolShards, 1);
  const settings = checkOutageOptions('createRedisQuotaStore', options, 3000);
  const breaker = createOutageBreaker('redis', 'Redis', settings);

  return {
    kind: 'redis',
    poolShards,
    createLimiter(name, quota, logger, notify) {
      const limiter = new RLWrapperTimeouts({
        limiter: new RateLimiterRedis({
          storeClient: client,
          keyPrefix: `${keyPrefix}:${name}`,
          points: quota.limit,
          duration: quota.windowSeconds,
          // With a client not in `ready` state, fail at once instead of queueing behind a reconnect.
          rejectIfRedisNotReady: true,
        }),
        timeoutMs: settings.timeoutMs,
      });
      return breaker.wrap(name, quota, logger, notify, limiter as unknown as SharedLimiter);
    },
  };
}
