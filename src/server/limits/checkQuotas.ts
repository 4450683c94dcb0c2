import type { QuotaLimiter } from './QuotaStore.js';

export interface QuotaLimiters {
  sendsPerUser?: QuotaLimiter | undefined;
  sendsPerIp?: QuotaLimiter | undefined;
  sendsPerPool?: QuotaLimiter | undefined;
  checksPerUser?: QuotaLimiter | undefined;
  checksPerIp?: QuotaLimiter | undefined;
}

export type QuotaRefusal = { quota: keyof QuotaLimiters; retryAfterMs: number; reason: 'quota' | 'unavailable' };

/** The points a request that passed took, each with its limiter and key, so some can be given back later. */
export type QuotaGrant = { taken: ReadonlyArray<QuotaPoint> };

/** A point taken: its quota, limiter and key, and when the window it was taken in ends. */
export type QuotaPoint = readonly [quota: keyof QuotaLimiters, limiter: QuotaLimiter, key: string, windowEndsAt: number];

const POOL_KEY = 'all';

/**
 * Takes one point from each quota that applies, in order person → IP → pool for sends (IP →
 * person for code checks), and stops at the
 * first refusal. Each consume is atomic on its own but the three are not one transaction, so a
 * refusal gives back the points already taken: a person over their quota never uses up their
 * network's, and a blocked network or a tripped breaker never uses up a person's.
 */
export async function checkQuotas(
  limiters: QuotaLimiters,
  kind: 'send' | 'check',
  keys: { user: string; ip: string | undefined },
): Promise<QuotaRefusal | QuotaGrant> {
  const steps: Array<[keyof QuotaLimiters, QuotaLimiter | undefined, string | undefined]> =
    kind === 'check'
      ? // IP first: a client spraying made-up names is stopped before it creates a counter per name.
        [
          ['checksPerIp', limiters.checksPerIp, keys.ip],
          ['checksPerUser', limiters.checksPerUser, keys.user],
        ]
      : [
          ['sendsPerUser', limiters.sendsPerUser, keys.user],
          ['sendsPerIp', limiters.sendsPerIp, keys.ip],
          ['sendsPerPool', limiters.sendsPerPool, POOL_KEY],
        ];
  const taken: QuotaPoint[] = [];
  for (const [quota, limiter, key] of steps) {
    if (!limiter || key === undefined) continue;
    const outcome = await limiter.consume(key);
    if (!outcome.allowed) {
      await Promise.all(taken.map(([, done, doneKey, windowEndsAt]) => done.refund(doneKey, windowEndsAt)));
      return { quota, retryAfterMs: outcome.retryAfterMs, reason: outcome.reason };
    }
    taken.push([quota, limiter, key, outcome.windowEndsAt]);
  }
  return { taken };
}
