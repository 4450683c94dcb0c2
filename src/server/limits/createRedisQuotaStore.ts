import { createMemoryQuotaLimiter, refundPoint, toOutcome } from './createMemoryQuotaStore.js';
import type { QuotaLimiter, QuotaLogger, QuotaOutcome, QuotaStore } from './QuotaStore.js';
import type { Quota } from './resolveLimits.js';
import { wholeNumber } from './resolveLimits.js';
import { RateLimiterRedis } from './rateLimiterFlexible.js';

/** What the kit needs of an ioredis client (`new Redis(...)` from ioredis 5 or 6, or a `Cluster`). */
export interface RedisClientLike {
  status: string;
  defineCommand(...args: never[]): unknown;
}

/** What happens to a request while Redis cannot be reached. */
export type QuotaStoreErrorMode = 'use-memory' | 'fail-closed';

export interface RedisQuotaStoreOptions {
  /**
   * The app's ioredis client, created fail-fast so no request waits out an outage:
   * `new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })`. No `commandTimeout`:
   * ioredis replays timed-out commands after reconnecting, which counts them twice.
   */
  client: RedisClientLike;
  /** Prefix of every key, so several apps or environments can share one Redis. Default `cognito-confirm-kit`. */
  keyPrefix?: string;
  /**
   * `use-memory` (default): each instance counts in memory until Redis is back, so an outage is
   * not a sign-up outage (each instance then allows the full quota on its own). `fail-closed`:
   * refuse sends and code checks with 503 + Retry-After until Redis answers again.
   */
  onStoreError?: QuotaStoreErrorMode;
  /** Retry-After of a `fail-closed` refusal. Default 30 s. */
  failClosedRetryAfterSeconds?: number;
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
  const mode = options.onStoreError ?? 'use-memory';
  if (mode !== 'use-memory' && mode !== 'fail-closed') {
    throw new TypeError(`createRedisQuotaStore: onStoreError must be 'use-memory' or 'fail-closed', got ${String(mode)}.`);
  }
  const failClosedRetryAfterMs = wholeNumber('failClosedRetryAfterSeconds', options.failClosedRetryAfterSeconds ?? 30, 24 * 3600) * 1000;

  // One outage flag for the store: all its limiters share the client, so they go down together.
  let down = false;
  const wentDown = (logger: QuotaLogger, error: unknown) => {
    if (down) return;
    down = true;
    logger.error(
      `cognito-confirm-kit: Redis quota store unreachable; ${mode === 'use-memory' ? 'counting in memory per instance' : 'refusing sends and code checks'} until it answers.`,
      { error: error instanceof Error ? error.message : String(error), onStoreError: mode },
    );
  };
  const cameBack = (logger: QuotaLogger) => {
    if (!down) return;
    down = false;
    logger.warn('cognito-confirm-kit: Redis quota store reachable again; quotas are shared across instances again.');
  };

  return {
    kind: 'redis',
    createLimiter(name: string, quota: Quota, logger: QuotaLogger): QuotaLimiter {
      const limiter = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${keyPrefix}:${name}`,
        points: quota.limit,
        duration: quota.windowSeconds,
        // With a client not in `ready` state, fail at once instead of queueing behind a reconnect.
        rejectIfRedisNotReady: true,
      });
      const insurance = mode === 'use-memory' ? createMemoryQuotaLimiter(name, quota, logger) : undefined;
      return {
        async consume(key): Promise<QuotaOutcome> {
          try {
            const outcome = await toOutcome(() => limiter.consume(key));
            cameBack(logger);
            return outcome;
          } catch (error) {
            wentDown(logger, error);
            if (insurance) return insurance.consume(key);
            return { allowed: false, retryAfterMs: failClosedRetryAfterMs, reason: 'unavailable' };
          }
        },
        async refund(key) {
          try {
            await refundPoint(limiter, key);
          } catch (error) {
            wentDown(logger, error);
            // The point may have been taken from the insurance limiter during the outage.
            await insurance?.refund(key);
          }
        },
      };
    },
  };
}
