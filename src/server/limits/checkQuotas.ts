import { answersByDeadline } from './createFailoverLimiter.js';
import type { QuotaLimiter, QuotaOutcome } from './QuotaStore.js';
import { untilAborted } from './untilAborted.js';

export interface QuotaLimiters {
  sendsPerUser?: QuotaLimiter | undefined;
  sendsPerIp?: QuotaLimiter | undefined;
  sendsPerPool?: QuotaLimiter | undefined;
  checksPerUser?: QuotaLimiter | undefined;
  checksPerIp?: QuotaLimiter | undefined;
  /** The pool's send count spread over several keys (see `splitPool`); used instead of `sendsPerPool` when set. */
  poolShards?: readonly QuotaLimiter[] | undefined;
}

type QuotaName = Exclude<keyof QuotaLimiters, 'poolShards'>;

export type QuotaRefusal = { quota: QuotaName; retryAfterMs: number; reason: 'quota' | 'unavailable' };

/** The points a request that passed took, each with its limiter and key, so some can be given back later. */
export type QuotaGrant = { taken: ReadonlyArray<QuotaPoint> };

/** A point taken: its quota, limiter and key, and when the window it was taken in ends. */
export type QuotaPoint = readonly [quota: QuotaName, limiter: QuotaLimiter, key: string, windowEndsAt: number];

/** The request's time budget: `signal` aborts when it is spent; `giveBack` returns points off the answer's path. */
export interface QuotaBudget {
  signal: AbortSignal;
  giveBack(points: ReadonlyArray<QuotaPoint>): void;
  /** A limiter that does not answer by the deadline itself was still silent then (a custom store). */
  late(quota: QuotaName): void;
}

/** Retry-After when a store's limiter did not answer within the budget and the guard answered for it. */
export const LATE_RETRY_AFTER_MS = 30_000;
const POOL_KEY = 'all';

/**
 * Takes one point from each quota that applies. Sends consume person, IP and pool at once (one round
 * trip of the slowest, not three in a row); code checks go IP → person one after another, so a client
 * spraying made-up names is stopped before it creates a counter per name. Each consume is atomic on
 * its own but they are not one transaction, so a refusal gives back the points the request took
 * (without waiting for it): a person over their quota never uses up their network's, and a blocked
 * network or a tripped breaker never uses up a person's. When several refuse, the first of person →
 * IP → pool is the answer. Everything ends by the budget's deadline.
 */
export async function checkQuotas(
  limiters: QuotaLimiters,
  kind: 'send' | 'check',
  keys: { user: string; ip: string | undefined },
  budget: QuotaBudget,
): Promise<QuotaRefusal | QuotaGrant> {
  if (kind === 'check') {
    // IP first: a client spraying made-up names is stopped before it creates a counter per name.
    const taken: QuotaPoint[] = [];
    for (const [quota, limiter, key] of [
      ['checksPerIp', limiters.checksPerIp, keys.ip],
      ['checksPerUser', limiters.checksPerUser, keys.user],
    ] as const) {
      if (!limiter || key === undefined) continue;
      const outcome = await consumeWithin(quota, limiter, key, budget).catch((error: unknown) => {
        budget.giveBack(taken);
        throw error;
      });
      if (!outcome.allowed) {
        budget.giveBack(taken);
        return { quota, retryAfterMs: outcome.retryAfterMs, reason: outcome.reason };
      }
      taken.push([quota, limiter, key, outcome.windowEndsAt]);
    }
    return { taken };
  }

  const shards = limiters.poolShards;
  const shard = shards && shards.length > 1 ? Math.floor(Math.random() * shards.length) : undefined;
  const steps: Array<[QuotaName, QuotaLimiter, string]> = [];
  if (limiters.sendsPerUser) steps.push(['sendsPerUser', limiters.sendsPerUser, keys.user]);
  if (limiters.sendsPerIp && keys.ip !== undefined) steps.push(['sendsPerIp', limiters.sendsPerIp, keys.ip]);
  if (shard !== undefined) steps.push(['sendsPerPool', shards![shard]!, `${POOL_KEY}-${shard}`]);
  else if (limiters.sendsPerPool) steps.push(['sendsPerPool', limiters.sendsPerPool, POOL_KEY]);

  const settled = await Promise.allSettled(steps.map(([quota, limiter, key]) => consumeWithin(quota, limiter, key, budget)));
  const taken: QuotaPoint[] = [];
  let refusal: QuotaRefusal | undefined;
  let failure: { error: unknown } | undefined;
  settled.forEach((result, i) => {
    const [quota, limiter, key] = steps[i]!;
    if (result.status === 'rejected') failure ??= { error: result.reason };
    else if (result.value.allowed) taken.push([quota, limiter, key, result.value.windowEndsAt]);
    else refusal ??= { quota, retryAfterMs: result.value.retryAfterMs, reason: result.value.reason };
  });
  if (failure || refusal) budget.giveBack(taken);
  if (failure) throw failure.error;
  return refusal ?? { taken };
}

/**
 * One consume, checked and bounded: a synchronous throw is a rejection, an answer that is not an
 * outcome is a TypeError, and a limiter still silent at the deadline is answered for as unavailable
 * (its point, should one come later, is given back).
 */
async function consumeWithin(quota: QuotaName, limiter: QuotaLimiter, key: string, budget: QuotaBudget): Promise<QuotaOutcome> {
  const call = Promise.resolve().then(() => limiter.consume(key, budget.signal));
  if (answersByDeadline.has(limiter)) return checkOutcome(await call);
  const answered = await untilAborted(call, budget.signal);
  if (answered) return checkOutcome(answered.value);
  budget.late(quota);
  call.then(
    (outcome) => {
      if (isOutcome(outcome) && outcome.allowed) budget.giveBack([[quota, limiter, key, outcome.windowEndsAt]]);
    },
    () => undefined,
  );
  return { allowed: false, retryAfterMs: LATE_RETRY_AFTER_MS, reason: 'unavailable' };
}

function isOutcome(value: unknown): value is QuotaOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const outcome = value as Record<string, unknown>;
  if (outcome['allowed'] === true) return typeof outcome['windowEndsAt'] === 'number' && !Number.isNaN(outcome['windowEndsAt']);
  return (
    outcome['allowed'] === false &&
    typeof outcome['retryAfterMs'] === 'number' &&
    !Number.isNaN(outcome['retryAfterMs']) &&
    (outcome['reason'] === 'quota' || outcome['reason'] === 'unavailable')
  );
}

function checkOutcome(value: unknown): QuotaOutcome {
  if (!isOutcome(value)) throw new TypeError('A quota store answered something that is not a QuotaOutcome.');
  return value;
}
