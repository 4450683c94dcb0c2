import { checkServerNumber } from '../checkServerNumber.js';
import type { QuotaLimiter, QuotaLogger, QuotaOutcome, QuotaStore } from './QuotaStore.js';
import type { Quota } from './resolveLimits.js';
import { RateLimiterMemory, RateLimiterRes } from './rateLimiterFlexible.js';

export interface MemoryQuotaStoreOptions {
  /**
   * Live keys per quota before new keys are refused (existing ones keep counting). Expired keys
   * are evicted by rate-limiter-flexible's per-key timer; this caps a flood of distinct usernames
   * inside one window. Default 100,000 (see BENCHMARKS.md for the memory it takes).
   */
  maxKeys?: number | undefined;
}

/** When full, a new key waits this long: the flood that filled the store is what it slows down. */
const FULL_RETRY_AFTER_MS = 60_000;
const DEFAULT_MAX_KEYS = 100_000;

/**
 * Quotas counted in this process (rate-limiter-flexible's RateLimiterMemory): right for one
 * instance; several instances each count on their own, so use `createRedisQuotaStore` there.
 */
export function createMemoryQuotaStore(options: MemoryQuotaStoreOptions = {}): QuotaStore {
  if (typeof options !== 'object' || options === null) throw new TypeError('createMemoryQuotaStore options must be an object.');
  const maxKeys =
    options.maxKeys === undefined
      ? DEFAULT_MAX_KEYS
      : checkServerNumber('maxKeys', options.maxKeys, { min: 1, max: 100_000_000, integer: true });
  return {
    kind: 'memory',
    createLimiter: (name, quota, logger) => createMemoryQuotaLimiter(name, quota, logger, maxKeys),
  };
}

/** Also the Redis store's insurance limiter while Redis is unreachable. */
export function createMemoryQuotaLimiter(name: string, quota: Quota, logger: QuotaLogger, maxKeys = DEFAULT_MAX_KEYS): QuotaLimiter {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points: quota.limit, duration: quota.windowSeconds });
  // rate-limiter-flexible has no size API; its storage Map (pinned version, covered by a test) is read for the count only.
  const size = () =>
    (limiter as unknown as { _memoryStorage?: { _storage?: Map<string, unknown> | undefined } | undefined })._memoryStorage?._storage
      ?.size ?? 0;
  let full = false;
  return {
    async consume(key) {
      if (size() >= maxKeys && (await limiter.get(key)) === null) {
        if (!full) {
          full = true;
          logger.warn(`cognito-confirm-kit: quota "${name}" holds ${maxKeys} keys; new keys are refused until some expire.`, {
            quota: name,
            maxKeys,
          });
        }
        return { allowed: false, retryAfterMs: FULL_RETRY_AFTER_MS, reason: 'quota' };
      }
      // Quiet again once a tenth has drained, so a store hovering at the cap logs once, not per request.
      if (full && size() < maxKeys * 0.9) full = false;
      return toOutcome(() => limiter.consume(key));
    },
    refund: (key, windowEndsAt) => refundPoint(limiter, key, windowEndsAt, true),
  };
}

/** rate-limiter-flexible rejects with a RateLimiterRes when the quota is used up, with an Error when its store fails. */
export async function toOutcome(consume: () => Promise<RateLimiterRes>): Promise<QuotaOutcome> {
  let result: unknown;
  try {
    result = await consume();
  } catch (error) {
    if (error instanceof RateLimiterRes && Number.isFinite(error.msBeforeNext)) {
      return { allowed: false, retryAfterMs: Math.max(error.msBeforeNext, 0), reason: 'quota' };
    }
    throw error;
  }
  // A store answering something else (a proxy, a wrong server) is a store failure, never a pass with no window.
  if (!(result instanceof RateLimiterRes) || !Number.isFinite(result.msBeforeNext) || !Number.isFinite(result.consumedPoints)) {
    throw new TypeError('the quota store answered something that is not a count');
  }
  return { allowed: true, windowEndsAt: Date.now() + Math.max(result.msBeforeNext, 0) };
}

/**
 * Gives the point back while its window lasts. A late refund would free a point of the next window,
 * which never took it (a made-up name sent just before a reset would buy a real send after it). A
 * key that expired meanwhile comes back below zero from `reward`: that is put right at once.
 * `dropEmpty` (in-process store only) removes a key back at zero, so refused requests (say, a blocked
 * IP spraying usernames) leave nothing behind under `maxKeys`; in Redis the key's TTL does that, and a
 * delete a round trip after the reward could wipe a point another instance took meanwhile.
 */
export async function refundPoint(
  limiter: {
    reward(key: string, points?: number): Promise<RateLimiterRes>;
    penalty(key: string, points?: number): Promise<RateLimiterRes>;
    delete(key: string): Promise<boolean>;
  },
  key: string,
  windowEndsAt: number,
  dropEmpty: boolean,
): Promise<void> {
  if (!(Date.now() < windowEndsAt)) return;
  const after = await limiter.reward(key, 1);
  if (after.consumedPoints < 0) await limiter.penalty(key, -after.consumedPoints);
  if (dropEmpty && after.consumedPoints <= 0) await limiter.delete(key);
}
