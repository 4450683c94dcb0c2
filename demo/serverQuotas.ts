// The demo server's quota presets (demo/devApi.ts applies them; the settings panel picks one), so a
// person can watch a server-side 429 turn into the resend button's countdown without waiting an hour.
import type { LimitsOptions } from '../src/server/limits/resolveLimits';

export type ServerQuotaChoice = 'default' | 'one-per-2-min' | 'three-per-10-min';

export const SERVER_QUOTAS: Record<ServerQuotaChoice, { label: string; limits: LimitsOptions }> = {
  default: { label: 'Kit defaults (5 resends an hour per person)', limits: {} },
  'one-per-2-min': { label: '1 resend per person per 2 minutes', limits: { sendsPerUser: { limit: 1, windowSeconds: 120 } } },
  'three-per-10-min': { label: '3 resends per person per 10 minutes', limits: { sendsPerUser: { limit: 3, windowSeconds: 600 } } },
};

export const isServerQuotaChoice = (value: unknown): value is ServerQuotaChoice =>
  typeof value === 'string' && Object.hasOwn(SERVER_QUOTAS, value);
