// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldownClock } from '../../../src/core/cooldown/createCooldownClock';
import { cooldownKey, createCooldownStore } from '../../../src/core/cooldown/createCooldownStore';

const KEY = cooldownKey('eu-west-1_pool', 'client', 'jane');

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('createCooldownStore across tabs', () => {
  it("uses localStorage by default and applies another tab's write on its storage event", () => {
    const clock = createCooldownClock();
    const cooldowns = createCooldownStore({ clock });
    const listener = vi.fn();
    cooldowns.subscribe(KEY, listener);
    expect(cooldowns.get(KEY).isCoolingDown).toBe(false);

    // What another tab's store writes, and the event this tab then receives.
    const storageKey = `cognito-confirm-kit:cooldown:${KEY}`;
    const value = JSON.stringify({ endsAt: Date.now() + 45_000, attempt: 2, level: 1, reason: 'rateLimited' });
    localStorage.setItem(storageKey, value);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: value, storageArea: localStorage }));

    expect(listener).toHaveBeenCalledTimes(1);
    expect(cooldowns.get(KEY)).toMatchObject({ remainingMs: 45_000, attempt: 2, isCoolingDown: true });
    expect(clock.activeTimers()).toBe(1);

    localStorage.removeItem(storageKey);
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: null, storageArea: localStorage }));
    expect(cooldowns.get(KEY).isCoolingDown).toBe(false);
    expect(clock.activeTimers()).toBe(0);
    cooldowns.destroy();
  });
});
