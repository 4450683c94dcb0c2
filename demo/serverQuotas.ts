// The demo server's quota presets (demo/devApi.ts applies them; the settings panel picks one, worded in demo/messages.ts), so a
// person can watch a server-side 429 turn into the resend button's countdown without waiting an hour.
import type { LimitsOptions } from '../src/server/limits/resolveLimits';

export type ServerQuotaChoice = 'default' | 'one-per-2-min' | 'three-per-10-min';

export const SERVER_QUOTAS: Record<ServerQuotaChoice, { limits: LimitsOptions }> = {
  default: { limits: {} },
  'one-per-2-min': { limits: { sendsPerUser: { limit: 1, windowSeconds: 120 } } },
  'three-per-10-min': { limits: { sendsPerUser: { limit: 3, windowSeconds: 600 } } },
};

export const isServerQuotaChoice = (value: unknown): value is ServerQuotaChoice =>
  typeof value === 'string' && Object.hasOwn(SERVER_QUOTAS, value);
