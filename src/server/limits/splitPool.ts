import { checkServerNumber } from '../checkServerNumber.js';
import type { Quota } from './resolveLimits.js';

/**
 * Each shard keeps at least this many sends: a send lands on a shard at random, so with small shards
 * luck alone would fill one long before the pool is used up.
 */
export const MIN_SHARD_LIMIT = 250;
const MAX_SHARDS = 64;

/** A store's `poolShards` option: a whole number from 1 to 64. */
export function checkPoolShards(caller: string, value: unknown, fallback: number): number {
  return value === undefined ? fallback : checkServerNumber(`${caller}: poolShards`, value, { min: 1, max: MAX_SHARDS, integer: true });
}

/**
 * The pool's quota split into shards that add up to it exactly (never more than the limit in all),
 * as many as asked while each keeps `MIN_SHARD_LIMIT`; one shard (the quota itself) otherwise.
 */
export function splitPool(quota: Quota, shards: number | undefined): Quota[] {
  const count = Math.max(1, Math.min(shards ?? 1, Math.floor(quota.limit / MIN_SHARD_LIMIT)));
  if (count === 1) return [quota];
  const base = Math.floor(quota.limit / count);
  const extra = quota.limit % count;
  return Array.from({ length: count }, (_, i) => ({ limit: base + (i < extra ? 1 : 0), windowSeconds: quota.windowSeconds }));
}
