import { checkServerNumber } from '../checkServerNumber.js';
import type { QuotaStore } from './QuotaStore.js';

/** `limit` requests per `windowSeconds`, counted from the first request of the window. */
export interface Quota {
  limit: number;
  windowSeconds: number;
}

/**
 * Server-side quotas of `createConfirmationHandler`. Each quota can be replaced or turned off
 * with `false`; `limits: false` on the handler turns them all off.
 */
export interface LimitsOptions {
  /**
   * Codes sent (ResendConfirmationCode, GetUserAttributeVerificationCode, ForgotPassword) per person,
   * one count for all three: a reset code goes to the same phone or email as a sign-up code. A send
   * Cognito refuses without sending (an unknown user, no verified email or phone, Cognito's own limit)
   * gives its point back. Default 5 an hour.
   */
  sendsPerUser?: Quota | false | undefined;
  /**
   * Send attempts per client IP, refused by Cognito or not, so a client trying made-up names is slowed
   * down (see the handler's `clientIp`; skipped when no IP is known). Default 20 an hour.
   */
  sendsPerIp?: Quota | false | undefined;
  /**
   * Codes sent through this handler by everyone together (resends and password resets alike): a circuit
   * breaker against a pumping spike. Sends Cognito refuses give their point back, so made-up names
   * cannot trip it (unless the pool's PreventUserExistenceErrors makes Cognito answer them as sent).
   * Default 1,000 an hour.
   */
  sendsPerPool?: Quota | false | undefined;
  /**
   * Code checks (ConfirmSignUp, VerifyUserAttribute, ConfirmForgotPassword, and InitiateAuth with
   * ConfirmSignUp's Session) per person, against guessing. Whatever Cognito answers, the point stays
   * taken. The handler's own sign-in after a reset is part of its ConfirmForgotPassword and takes no
   * other point. Default 10 an hour.
   */
  checksPerUser?: Quota | false | undefined;
  /**
   * Code checks per client IP, checked before the per-person one: without it one client could spray
   * checks for made-up names and fill the store. Default 100 an hour (skipped when no IP is known).
   */
  checksPerIp?: Quota | false | undefined;
  /**
   * Where the counts live. Default: `createMemoryQuotaStore()` (one instance); use `createRedisQuotaStore`
   * or `createDynamoQuotaStore` (Lambda) for many.
   */
  store?: QuotaStore | undefined;
}

export interface ResolvedLimits {
  sendsPerUser: Quota | false;
  sendsPerIp: Quota | false;
  sendsPerPool: Quota | false;
  checksPerUser: Quota | false;
  checksPerIp: Quota | false;
  store: QuotaStore | undefined;
}

/**
 * Why these numbers: a person who did not get a code retries a few times, not six times an hour
 * (the UI's own cooldown already spaces them 30 s apart and escalates). An office or a mobile
 * carrier's NAT puts many honest people behind one IP, so the IP quota is four people's worth. The
 * pool ceiling is far above an honest app's hourly resends (resends are a fraction of sign-ups)
 * yet caps what a distributed SMS-pumping run can cost in one hour; raise it to a few times your
 * observed peak. Ten code checks an hour make guessing a 6-digit code in its 24 h life a ~1 in
 * 4,000 chance. A hundred checks an hour per IP leaves a shared network room for many people's
 * typos while keeping one client from creating per-person counters by the thousand. Password resets
 * use the same numbers: a reset code goes to the same phone or email as a sign-up code (one count of
 * sends per person), Cognito's own reset limit is of the same order (5 to 20 an hour), and a reset
 * code lives one hour, so ten checks an hour make guessing it a 1 in 100,000 chance.
 */
export const DEFAULT_LIMITS: Readonly<Omit<ResolvedLimits, 'store'>> = Object.freeze({
  sendsPerUser: Object.freeze({ limit: 5, windowSeconds: 3600 }),
  sendsPerIp: Object.freeze({ limit: 20, windowSeconds: 3600 }),
  sendsPerPool: Object.freeze({ limit: 1000, windowSeconds: 3600 }),
  checksPerUser: Object.freeze({ limit: 10, windowSeconds: 3600 }),
  checksPerIp: Object.freeze({ limit: 100, windowSeconds: 3600 }),
});

const QUOTA_NAMES = ['sendsPerUser', 'sendsPerIp', 'sendsPerPool', 'checksPerUser', 'checksPerIp'] as const;
const KNOWN = new Set<string>([...QUOTA_NAMES, 'store']);
/** rate-limiter-flexible counts windows in whole seconds; a window longer than 31 days is a typo. */
const MAX_WINDOW_SECONDS = 31 * 24 * 3600;
const MAX_LIMIT = 1_000_000_000;

/** Defaults filled in and every value checked, so a typo fails at startup rather than under attack. */
export function resolveLimits(options: LimitsOptions | false | undefined): ResolvedLimits | false {
  if (options === false) return false;
  if (options === undefined) return { ...DEFAULT_LIMITS, store: undefined };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`limits must be an object or false, got ${describe(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`limits.${key} is not an option (known: ${[...KNOWN].join(', ')}).`);
  }
  const resolved: ResolvedLimits = { ...DEFAULT_LIMITS, store: undefined };
  for (const name of QUOTA_NAMES) {
    const value = options[name];
    if (value !== undefined) resolved[name] = resolveQuota(`limits.${name}`, value);
  }
  if (options.store !== undefined) {
    const store = options.store as Partial<QuotaStore> | null;
    if (typeof store !== 'object' || store === null || typeof store.createLimiter !== 'function') {
      throw new TypeError('limits.store must come from createMemoryQuotaStore(), createRedisQuotaStore() or createDynamoQuotaStore().');
    }
    resolved.store = options.store;
  }
  return resolved;
}

function resolveQuota(name: string, value: unknown): Quota | false {
  if (value === false) return false;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${name} must be { limit, windowSeconds } or false, got ${describe(value)}.`);
  }
  const { limit, windowSeconds, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new TypeError(`${name}.${extra} is not an option (known: limit, windowSeconds).`);
  return {
    // TypeError for the wrong type, RangeError for NaN, ±Infinity, 0, negatives, fractions, huge.
    limit: checkServerNumber(`${name}.limit`, limit, { min: 1, max: MAX_LIMIT, integer: true }),
    windowSeconds: checkServerNumber(`${name}.windowSeconds`, windowSeconds, { min: 1, max: MAX_WINDOW_SECONDS, integer: true }),
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `"${value.slice(0, 32)}"` : typeof value;
}
