import { checkServerNumber } from '../checkServerNumber.js';
import { createMemoryQuotaLimiter, refundPoint, toOutcome } from './createMemoryQuotaStore.js';
import type { QuotaLimiter, QuotaLogger, QuotaOutcome, QuotaStore } from './QuotaStore.js';
import type { Quota } from './resolveLimits.js';
import { RateLimiterRedis, RLWrapperTimeouts } from './rateLimiterFlexible.js';

const PROBE_INTERVAL_MS = 1000;

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
  keyPrefix?: string | undefined;
  /**
   * `use-memory` (default): each instance counts in memory until Redis is back, so an outage is
   * not a sign-up outage (each instance then allows the full quota on its own). `fail-closed`:
   * refuse sends and code checks with 503 + Retry-After until Redis answers again.
   */
  onStoreError?: QuotaStoreErrorMode | undefined;
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
  const mode = options.onStoreError ?? 'use-memory';
  if (mode !== 'use-memory' && mode !== 'fail-closed') {
    throw new TypeError(`createRedisQuotaStore: onStoreError must be 'use-memory' or 'fail-closed', got ${String(mode)}.`);
  }
  const failClosedRetryAfterMs =
    checkServerNumber('failClosedRetryAfterSeconds', options.failClosedRetryAfterSeconds ?? 30, { min: 1, max: 24 * 3600, integer: true }) *
    1000;
  const timeoutMs = checkServerNumber('timeoutMs', options.timeoutMs ?? 3000, { min: 1, max: 60_000, integer: true });

  // One outage flag for the store: all its limiters share the client, so they go down together.
  // While down, Redis is tried at most once a second: a frozen Redis then costs one request a
  // timeout per second, not every request one timeout per quota.
  let down = false;
  let lastTry = 0;
  const skipRedis = () => {
    if (!down) return false;
    const now = Date.now();
    if (now - lastTry < PROBE_INTERVAL_MS) return true;
    lastTry = now;
    return false;
  };
  const wentDown = (logger: QuotaLogger, error: unknown) => {
    lastTry = Date.now();
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
      const limiter = new RLWrapperTimeouts({
        limiter: new RateLimiterRedis({
          storeClient: client,
          keyPrefix: `${keyPrefix}:${name}`,
          points: quota.limit,
          duration: quota.windowSeconds,
          // With a client not in `ready` state, fail at once instead of queueing behind a reconnect.
          rejectIfRedisNotReady: true,
        }),
        timeoutMs,
      });
      const insurance = mode === 'use-memory' ? createMemoryQuotaLimiter(name, quota, logger) : undefined;
      const fallback = (key: string): Promise<QuotaOutcome> | QuotaOutcome =>
        insurance ? insurance.consume(key) : { allowed: false, retryAfterMs: failClosedRetryAfterMs, reason: 'unavailable' };
      return {
        async consume(key): Promise<QuotaOutcome> {
          if (skipRedis()) return fallback(key);
          try {
            const outcome = await toOutcome(() => limiter.consume(key));
            cameBack(logger);
            return outcome;
          } catch (error) {
            wentDown(logger, error);
            return fallback(key);
          }
        },
        async refund(key, windowEndsAt) {
          if (skipRedis()) {
            await insurance?.refund(key, windowEndsAt);
            return;
          }
          try {
            await refundPoint(limiter, key, windowEndsAt, false);
          } catch (error) {
            wentDown(logger, error);
            // The point may have been taken from the insurance limiter during the outage.
            await insurance?.refund(key, windowEndsAt);
          }
        },
      };
    },
  };
}
