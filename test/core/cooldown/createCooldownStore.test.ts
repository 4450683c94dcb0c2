import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldownClock } from '../../../src/core/cooldown/createCooldownClock';
import { cooldownKey, createCooldownStore, type CooldownStoreOptions } from '../../../src/core/cooldown/createCooldownStore';
import { cooldownDurationMs, DEFAULT_COOLDOWN_POLICY, resolveCooldownPolicy } from '../../../src/core/cooldown/cooldownPolicy';
import { createMemoryStorage, type CooldownStorage } from '../../../src/core/cooldown/cooldownStorage';

const KEY = cooldownKey('eu-west-1_pool', 'client', 'jane@example.com');
const stores: Array<ReturnType<typeof createCooldownStore>> = [];

function store(options: CooldownStoreOptions = {}) {
  const created = createCooldownStore({ clock: createCooldownClock(), ...options });
  stores.push(created);
  return created;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  stores.splice(0).forEach((s) => s.destroy());
  vi.useRealTimers();
});

describe('cooldownKey', () => {
  it('keeps the username out of the key, and is stable and case-insensitive', () => {
    expect(KEY).not.toContain('jane');
    expect(KEY).not.toContain('example');
    expect(cooldownKey('eu-west-1_pool', 'client', ' Jane@Example.com')).toBe(KEY);
    expect(cooldownKey('eu-west-1_pool', 'client', 'john@example.com')).not.toBe(KEY);
    expect(cooldownKey('eu-west-1_pool', 'other', 'jane@example.com')).not.toBe(KEY);
    expect(cooldownKey('eu-west-1_pool', 'client', 'jane@example.com', 'attr:email')).not.toBe(KEY);
  });
});

describe('createCooldownStore', () => {
  it('derives remaining time from the deadline, so a sleeping tab is right when it wakes', () => {
    const cooldowns = store();
    const started = cooldowns.start(KEY, 'sent');
    expect(started).toMatchObject({ remainingMs: 30_000, attempt: 1, isCoolingDown: true, endsAt: Date.now() + 30_000 });
    vi.setSystemTime(Date.now() + 12_345); // no timers ran
    expect(cooldowns.get(KEY).remainingMs).toBe(17_655);
    vi.setSystemTime(Date.now() + 10 * 60_000);
    expect(cooldowns.get(KEY)).toMatchObject({ remainingMs: 0, isCoolingDown: false });
  });

  it('keeps the cooldown across a remount / reload: a new store over the same storage', () => {
    const storage = createMemoryStorage();
    const endsAt = store({ storage }).start(KEY, 'sent').endsAt;
    vi.setSystemTime(Date.now() + 5_000);
    const afterReload = store({ storage });
    expect(afterReload.get(KEY)).toMatchObject({ endsAt, remainingMs: 25_000, attempt: 1 });
  });

  it('stores no username or email', () => {
    const raw = new Map<string, string>();
    const storage: CooldownStorage = {
      getItem: (k) => raw.get(k) ?? null,
      setItem: (k, v) => void raw.set(k, v),
      removeItem: (k) => void raw.delete(k),
    };
    store({ storage }).start(cooldownKey('p_1', 'c', 'jane@example.com'), 'sent');
    expect([...raw.entries()].join()).not.toMatch(/jane|example/);
  });

  it('tells a second store on the same storage about a start at once', () => {
    const storage = createMemoryStorage();
    const first = store({ storage });
    const second = store({ storage });
    expect(second.get(KEY).isCoolingDown).toBe(false);
    const listener = vi.fn();
    second.subscribe(KEY, listener);
    first.start(KEY, 'sent');
    expect(listener).toHaveBeenCalled();
    expect(second.get(KEY)).toMatchObject({ isCoolingDown: true, remainingMs: 30_000 });
    first.clear(KEY);
    expect(second.get(KEY).isCoolingDown).toBe(false);
  });

  it('escalates after rate limits (×2, capped) and resets after a success and a quiet period', () => {
    const cooldowns = store({ policy: { maxMs: 200_000 } });
    const durations: number[] = [];
    const startAndWait = (reason: 'sent' | 'rateLimited') => {
      const { remainingMs } = cooldowns.start(KEY, reason);
      durations.push(remainingMs);
      vi.setSystemTime(Date.now() + remainingMs);
    };
    startAndWait('sent');
    startAndWait('rateLimited');
    startAndWait('rateLimited');
    startAndWait('rateLimited');
    startAndWait('rateLimited');
    expect(durations).toEqual([30_000, 60_000, 120_000, 200_000, 200_000]);
    expect(cooldowns.get(KEY).attempt).toBe(5);

    // A success keeps the level while the quiet period has not passed...
    startAndWait('sent');
    vi.setSystemTime(Date.now() + 60_000);
    expect(cooldowns.start(KEY, 'rateLimited').remainingMs).toBe(200_000);
    vi.setSystemTime(Date.now() + 200_000);

    // ...and resets it once it has.
    startAndWait('sent');
    vi.setSystemTime(Date.now() + DEFAULT_COOLDOWN_POLICY.quietPeriodMs);
    const fresh = cooldowns.start(KEY, 'rateLimited');
    expect(fresh).toMatchObject({ remainingMs: 60_000, attempt: 1, level: 1 });
  });

  it('lets a server hint win, and a per-call duration replace the base', () => {
    const cooldowns = store();
    expect(cooldowns.start(KEY, 'rateLimited', { hintMs: 7_000 }).remainingMs).toBe(7_000);
    expect(cooldowns.start('other', 'sent', { durationMs: 10_000 }).remainingMs).toBe(10_000);
    expect(cooldownDurationMs(resolveCooldownPolicy({}), 'rateLimited', 1, 48 * 3_600_000)).toBe(DEFAULT_COOLDOWN_POLICY.maxHintMs);
    expect(() => resolveCooldownPolicy({ baseMs: -1 })).toThrow(/baseMs/);
    expect(() => resolveCooldownPolicy({ escalationFactor: 0.5 })).toThrow(/escalationFactor/);
  });

  it('notifies subscribers each whole second with one timer for a hundred of them, and none when idle', () => {
    const cooldowns = store();
    const seen: number[] = [];
    const stops = Array.from({ length: 100 }, (_, i) =>
      cooldowns.subscribe(KEY, i === 0 ? () => seen.push(cooldowns.getSnapshot(KEY).remainingSeconds) : () => {}),
    );
    expect(vi.getTimerCount()).toBe(0);
    cooldowns.start(KEY, 'sent', { durationMs: 3_000 });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3_000);
    expect(seen).toEqual([3, 2, 1, 0]);
    expect(vi.getTimerCount()).toBe(0);
    stops.forEach((stop) => stop());
  });

  it('returns the same snapshot object until the displayed second changes', () => {
    const cooldowns = store();
    cooldowns.start(KEY, 'sent');
    const first = cooldowns.getSnapshot(KEY);
    vi.setSystemTime(Date.now() + 400);
    expect(cooldowns.getSnapshot(KEY)).toBe(first);
    vi.setSystemTime(Date.now() + 600);
    expect(cooldowns.getSnapshot(KEY)).not.toBe(first);
    expect(cooldowns.getSnapshot(KEY).remainingSeconds).toBe(29);
  });

  it('lets only one request begin per key, and none during a cooldown', () => {
    const cooldowns = store();
    expect(cooldowns.tryBegin(KEY)).toBe(true);
    expect(cooldowns.tryBegin(KEY)).toBe(false);
    cooldowns.end(KEY);
    cooldowns.start(KEY, 'sent');
    expect(cooldowns.tryBegin(KEY)).toBe(false);
    cooldowns.clear(KEY);
    expect(cooldowns.tryBegin(KEY)).toBe(true);
  });

  it('falls back to memory when storage throws (private mode, quota)', () => {
    const broken: CooldownStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const cooldowns = store({ storage: broken });
    expect(() => cooldowns.start(KEY, 'sent')).not.toThrow();
    expect(cooldowns.get(KEY).isCoolingDown).toBe(true);
  });

  it('ignores corrupt stored entries', () => {
    const storage = createMemoryStorage();
    storage.setItem(`cognito-confirm-kit:cooldown:${KEY}`, '{not json');
    expect(store({ storage }).get(KEY).isCoolingDown).toBe(false);
    storage.setItem(`cognito-confirm-kit:cooldown:${KEY}`, '{"endsAt":"soon"}');
    expect(store({ storage }).get(KEY).isCoolingDown).toBe(false);
  });
});
