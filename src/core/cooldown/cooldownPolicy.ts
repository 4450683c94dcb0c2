/** How long the resend button waits. Every field is optional where it is configured. */
export interface CooldownPolicy {
  /** After a code was sent. Default 30 s. */
  baseMs: number;
  /** Each LimitExceeded / TooManyRequests answer multiplies the cooldown by this. Default 2. */
  escalationFactor: number;
  /** Escalation stops here (a server hint may exceed it). Default 15 min. */
  maxMs: number;
  /** A success followed by this long without a new request resets the escalation. Default 10 min. */
  quietPeriodMs: number;
}

export const DEFAULT_COOLDOWN_POLICY: Readonly<CooldownPolicy> = /* @__PURE__ */ Object.freeze({
  baseMs: 30_000,
  escalationFactor: 2,
  maxMs: 15 * 60_000,
  quietPeriodMs: 10 * 60_000,
});

/** A server hint beyond this is treated as a mistake, not as a reason to lock someone out for days. */
const MAX_HINT_MS = 24 * 60 * 60_000;

export function resolveCooldownPolicy(policy: Partial<CooldownPolicy> | undefined): CooldownPolicy {
  const merged = { ...DEFAULT_COOLDOWN_POLICY, ...withoutUndefined(policy ?? {}) };
  for (const [name, value] of Object.entries(merged)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new TypeError(`Cooldown policy ${name} must be a finite number >= 0, got ${String(value)}.`);
    }
  }
  if (merged.escalationFactor < 1) throw new TypeError('Cooldown policy escalationFactor must be >= 1.');
  return merged;
}

/** Why a cooldown starts: a code went out, or Cognito said to slow down. */
export type CooldownReason = 'sent' | 'rateLimited';

/**
 * The cooldown for the given escalation level: the base after a send, base × factorⁿ (capped)
 * after the n-th consecutive rate limit. A server hint (e.g. Retry-After) wins.
 */
export function cooldownDurationMs(policy: CooldownPolicy, reason: CooldownReason, level: number, hintMs?: number): number {
  if (hintMs !== undefined && Number.isFinite(hintMs) && hintMs > 0) return Math.min(hintMs, MAX_HINT_MS);
  if (reason === 'sent') return policy.baseMs;
  return Math.min(policy.baseMs * policy.escalationFactor ** level, policy.maxMs);
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}
