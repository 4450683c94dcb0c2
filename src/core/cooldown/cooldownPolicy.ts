import type { Overrides } from '../shared/Overrides.js';
import { checkNumber } from './checkNumber.js';
import { withoutUndefined } from '../shared/withoutUndefined.js';
import { isRecord } from '../shared/isRecord.js';

/** How long the resend button waits. Every field is optional where it is configured. */
export interface CooldownPolicy {
  /** After a code was sent. Default 30 s; more than 0. */
  baseMs: number;
  /** Each LimitExceeded / TooManyRequests answer multiplies the cooldown by this. Default 2; at least 1. */
  escalationFactor: number;
  /** Escalation stops here. Default 15 min; at least `baseMs`. */
  maxMs: number;
  /**
   * This long after a cooldown ended without a new one, the series is over: escalation and the
   * attempt count start again, whatever the last answer was. Default 10 min.
   */
  quietPeriodMs: number;
  /**
   * A server's hint (Retry-After) is followed exactly up to this, and cut to it beyond. Default
   * 1 hour, the longest window of a typical server-side quota; more than 0.
   */
  maxHintMs: number;
}

export const DEFAULT_COOLDOWN_POLICY: Readonly<CooldownPolicy> = /* @__PURE__ */ Object.freeze({
  baseMs: 30_000,
  escalationFactor: 2,
  maxMs: 15 * 60_000,
  quietPeriodMs: 10 * 60_000,
  maxHintMs: 60 * 60_000,
});

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

// Literals, not products: a module-level `30 * DAY_MS` keeps this table in every bundle (not provably pure).
const DAY_MS = 86_400_000;

/**
 * Each field's [min, max]. A cooldown longer than a day is a misconfiguration, not a policy: it
 * would lock people out. 0 where it means nothing is refused: a base of 0 would start no cooldown
 * even after a rate limit. `maxMs` is at least the base (checked against the merged `baseMs`).
 */
const BOUNDS: Readonly<Record<keyof CooldownPolicy, readonly [number, number]>> = {
  baseMs: [1, DAY_MS],
  escalationFactor: [1, 1_000],
  maxMs: [0, DAY_MS],
  quietPeriodMs: [0, 2_592_000_000],
  maxHintMs: [1, DAY_MS],
};

/** The defaults with `policy` on top, every field checked: a `TypeError` / `RangeError` naming the field. */
export function resolveCooldownPolicy(policy: Overrides<CooldownPolicy> | undefined): CooldownPolicy {
  if (policy !== undefined && !isRecord(policy)) {
    throw new TypeError(
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'policy'
        : `Cooldown policy must be an object, got ${policy === null ? 'null' : typeof policy}.`,
    );
  }
  const merged: CooldownPolicy = {
    ...DEFAULT_COOLDOWN_POLICY,
    ...(withoutUndefined(policy) as Partial<CooldownPolicy>),
  };
  for (const name of Object.keys(BOUNDS) as Array<keyof CooldownPolicy>) {
    const [min, max] = BOUNDS[name];
    checkNumber(`Cooldown policy ${name}`, merged[name], { min: name === 'maxMs' ? merged.baseMs : min, max });
  }
  return merged;
}

/** Why a cooldown starts: a code went out, or Cognito said to slow down. */
export type CooldownReason = 'sent' | 'rateLimited';

/**
 * The longest cooldown the policy can ever produce: the escalation cap, the base, or a server
 * hint at its cap, whichever is longest. A stored deadline further ahead than this (tampered
 * storage, a clock moved back) is cut to it.
 */
export function longestCooldownMs(policy: CooldownPolicy): number {
  return Math.max(policy.maxMs, policy.baseMs, policy.maxHintMs);
}

/** The escalation level from which the cooldown stays at `maxMs`; stored levels are clamped to [0, this]. */
export function maxEscalationLevel(policy: CooldownPolicy): number {
  if (policy.escalationFactor <= 1 || policy.maxMs <= policy.baseMs) return 1;
  return Math.max(1, Math.ceil(Math.log(policy.maxMs / policy.baseMs) / Math.log(policy.escalationFactor)));
}

/**
 * The cooldown for the given escalation level: the base after a send, base × factorⁿ (capped)
 * after the n-th consecutive rate limit. A server hint (e.g. Retry-After) wins, up to `maxHintMs`.
 */
export function cooldownDurationMs(policy: CooldownPolicy, reason: CooldownReason, level: number, hintMs?: number): number {
  if (hintMs !== undefined && Number.isFinite(hintMs) && hintMs > 0)
    return Math.min(hintMs, policy.maxHintMs ?? DEFAULT_COOLDOWN_POLICY.maxHintMs);
  if (reason === 'sent') return policy.baseMs;
  return Math.min(policy.baseMs * policy.escalationFactor ** level, policy.maxMs);
}
