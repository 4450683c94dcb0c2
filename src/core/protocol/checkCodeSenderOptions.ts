import { checkNumberOption } from './checkNumberOption.js';

const DAY_MS = 86_400_000;

/**
 * The cooldown options of the send hooks, checked before they reach the cooldown store: a NaN or
 * Infinity there would disable Resend for good. A cooldown longer than a code lives (24 h) means
 * nothing; a `codeSentAt` more than a day ahead is a unit mistake (µs, or a date), not clock skew.
 */
export function checkCodeSenderOptions(options: { cooldownMs?: unknown; codeSentAt?: unknown }, now = Date.now()): void {
  if (options.cooldownMs !== undefined) checkNumberOption('cooldownMs', options.cooldownMs, { min: 0, max: DAY_MS });
  if (options.codeSentAt !== undefined) checkNumberOption('codeSentAt', options.codeSentAt, { min: 0, max: now + DAY_MS });
}
