import { toCooldownDelivery, type CooldownDelivery } from './cooldownDelivery.js';
import { longestCooldownMs, maxEscalationLevel, type CooldownPolicy, type CooldownReason } from './cooldownPolicy.js';
import { isRecord } from '../shared/isRecord.js';

/** One stored cooldown, as JSON under `cognito-confirm-kit:cooldown:<key>`. */
export interface CooldownEntry {
  endsAt: number;
  attempt: number;
  level: number;
  reason: CooldownReason;
  delivery?: CooldownDelivery | undefined;
}

/** Attempts are a count shown to people; past this the number means nothing. */
export const MAX_ATTEMPT = 999;

/**
 * A stored entry as the policy allows it, or null when it is not one (not JSON, no finite
 * deadline). Storage is input anyone with the page (or another tab's older version) can write:
 * a deadline further ahead than the policy's longest cooldown is cut to it, so a tampered value
 * or a clock set back cannot disable the button for days; level and attempt are clamped into
 * range; an unknown reason reads as a send.
 */
export function parseCooldownEntry(raw: string, policy: CooldownPolicy, now: number): CooldownEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { endsAt, attempt, level, reason, delivery } = value;
  if (typeof endsAt !== 'number' || !Number.isFinite(endsAt)) return null;
  return clampCooldownEntry(
    {
      endsAt,
      attempt: typeof attempt === 'number' ? attempt : 1,
      level: typeof level === 'number' ? level : 0,
      reason: reason === 'rateLimited' ? 'rateLimited' : 'sent',
      ...optionalDelivery(toCooldownDelivery(delivery)),
    },
    policy,
    now,
  );
}

/** `entry` with its deadline at most `now + longestCooldownMs` and level / attempt in range. */
export function clampCooldownEntry(entry: CooldownEntry, policy: CooldownPolicy, now: number): CooldownEntry {
  return {
    ...entry,
    endsAt: Math.min(entry.endsAt, now + longestCooldownMs(policy)),
    attempt: clampInteger(entry.attempt, 1, MAX_ATTEMPT),
    level: clampInteger(entry.level, 0, maxEscalationLevel(policy)),
  };
}

function clampInteger(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** `{ delivery }`, or nothing when there is none: an entry holds only the fields it has. */
export function optionalDelivery(delivery: CooldownDelivery | null | undefined): { delivery?: CooldownDelivery | undefined } {
  return delivery ? { delivery } : {};
}
