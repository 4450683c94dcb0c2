import type { Quota } from './resolveLimits.js';

/** Where the handler reports what an operator should know (an outage, a full store). Default: `console`. */
export interface QuotaLogger {
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export type QuotaOutcome =
  | {
      allowed: true /** When the window this point was taken in ends (epoch ms): a refund after it gives nothing back. */;
      windowEndsAt: number;
    }
  | { allowed: false; retryAfterMs: number /** `unavailable`: the store is down and fails closed. */; reason: 'quota' | 'unavailable' };

/**
 * One named quota in a store. Keys are already hashed or bucketed by the caller. `signal` aborts when
 * the request's time budget (`quotaDeadlineMs`) is spent: a limiter that honours it answers then with
 * its outage behaviour; one that does not is answered for (a consume as the store being unavailable).
 */
export interface QuotaLimiter {
  consume(key: string, signal?: AbortSignal | undefined): Promise<QuotaOutcome>;
  /**
   * Gives back a point `consume` took (a later quota refused, or no code went out). Nothing once the
   * window it was taken in has ended (`windowEndsAt`): the new window never took it.
   */
  refund(key: string, windowEndsAt: number, signal?: AbortSignal | undefined): Promise<void>;
}

/** What happens to a request while a shared store (Redis, DynamoDB) cannot be reached. */
export type QuotaStoreErrorMode = 'use-memory' | 'fail-closed';

/** A shared store going down or coming back, once per outage (also logged through `logger`). */
export type QuotaStoreEvent =
  | { type: 'store-unavailable'; store: 'redis' | 'dynamodb'; onStoreError: QuotaStoreErrorMode; error: string }
  | { type: 'store-available'; store: 'redis' | 'dynamodb' };

/** Made by `createMemoryQuotaStore`, `createRedisQuotaStore` or `createDynamoQuotaStore`; pass it as `limits.store`. */
export interface QuotaStore {
  readonly kind: 'memory' | 'redis' | 'dynamodb';
  /**
   * How many keys the pool's send count is spread over (see the shared stores' `poolShards`), so a
   * flood does not make it one hot item. 1 or absent: one key.
   */
  readonly poolShards?: number | undefined;
  /** `notify` hears of outages (the handler turns them into `onEvent` events and metrics). */
  createLimiter(name: string, quota: Quota, logger: QuotaLogger, notify?: ((event: QuotaStoreEvent) => void) | undefined): QuotaLimiter;
}
