import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldownClock } from '../../../src/core/cooldown/createCooldownClock';
import { cooldownKey, createCooldownStore, type CooldownStoreOptions } from '../../../src/core/cooldown/createCooldownStore';
import { createMemoryStorage, type CooldownStorage } from '../../../src/core/cooldown/cooldownStorage';

const KEY = cooldownKey('eu-west-1_pool', 'client', 'jane@example.com');
const STORAGE_KEY = `cognito-confirm-kit:cooldown:${KEY}`;
const MASKED = { destination: 'j***@e***.com', medium: 'EMAIL', attributeName: 'email' } as const;
const stores: Array<ReturnType<typeof createCooldownStore>> = [];

function store(options: CooldownStoreOptions = {}) {
  const created = createCooldownStore({ clock: createCooldownClock(), ...options });
  stores.push(created);
  return created;
}

function recordingStorage() {
  const raw = new Map<string, string>();
  const storage: CooldownStorage = {
    getItem: (k) => raw.get(k) ?? null,
    setItem: (k, v) => void raw.set(k, v),
    removeItem: (k) => void raw.delete(k),
  };
  return { raw, storage };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  stores.splice(0).forEach((s) => s.destroy());
  vi.useRealTimers();
});

describe('createCooldownStore: reason and destination', () => {
  it('keeps the reason and the masked destination for a reload and a second tab', () => {
    const storage = createMemoryStorage();
    const first = store({ storage });
    first.start(KEY, 'rateLimited', { destination: MASKED });
    vi.setSystemTime(Date.now() + 5_000);

    const reloaded = store({ storage });
    expect(reloaded.get(KEY)).toMatchObject({ reason: 'rateLimited', delivery: MASKED, remainingMs: 55_000 });
    expect(reloaded.getSnapshot(KEY)).toMatchObject({ reason: 'rateLimited', delivery: MASKED, remainingSeconds: 55 });
    expect(reloaded.getStatusSnapshot(KEY)).toMatchObject({ reason: 'rateLimited', delivery: MASKED, isCoolingDown: true });
  });

  it('never stores a raw address: it is masked first', () => {
    const { raw, storage } = recordingStorage();
    const cooldowns = store({ storage });
    cooldowns.start(KEY, 'sent', { destination: { destination: 'jane.doe@example.com', medium: 'EMAIL', attributeName: 'email' } });
    cooldowns.start('phone', 'sent', { destination: { destination: '+15551234567', medium: 'SMS' } });
    const stored = [...raw.values()].join();
    expect(stored).not.toMatch(/jane|doe|example|5551234567/);
    expect(cooldowns.get(KEY).delivery).toEqual(MASKED);
    expect(cooldowns.get('phone').delivery).toEqual({ destination: '+*******4567', medium: 'SMS' });
  });

  it('masks or drops a tampered stored destination', () => {
    const storage = createMemoryStorage();
    const endsAt = Date.now() + 10_000;
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ endsAt, attempt: 1, level: 0, reason: 'sent', delivery: { destination: 'jane@example.com', medium: 'FAX' } }),
    );
    expect(store({ storage }).get(KEY).delivery).toEqual({ destination: 'j***@e***.com' });
    storage.setItem(STORAGE_KEY, JSON.stringify({ endsAt, attempt: 1, level: 0, reason: 'sent', delivery: { destination: 42 } }));
    expect(store({ storage }).get(KEY).delivery).toBeNull();
    storage.setItem(STORAGE_KEY, JSON.stringify({ endsAt, attempt: 1, level: 0, reason: 'sent', delivery: 'j***@e***.com' }));
    expect(store({ storage }).get(KEY).delivery).toBeNull();
  });

  it('keeps the last destination when a later start brings none (a rate limit), and forgets it on clear', () => {
    const cooldowns = store();
    cooldowns.start(KEY, 'sent', { destination: MASKED });
    vi.setSystemTime(Date.now() + 30_000);
    expect(cooldowns.start(KEY, 'rateLimited')).toMatchObject({ reason: 'rateLimited', delivery: MASKED });
    cooldowns.clear(KEY);
    expect(cooldowns.get(KEY)).toMatchObject({ reason: null, delivery: null });
  });

  it('keeps snapshots referentially stable while nothing changes, with or without a subscriber', () => {
    const cooldowns = store();
    cooldowns.start(KEY, 'sent', { destination: MASKED });
    const snapshot = cooldowns.getSnapshot(KEY);
    const status = cooldowns.getStatusSnapshot(KEY);
    expect(cooldowns.getSnapshot(KEY)).toBe(snapshot);
    expect(cooldowns.getStatusSnapshot(KEY)).toBe(status);
    const stop = cooldowns.subscribe(KEY, () => {});
    vi.setSystemTime(Date.now() + 300);
    expect(cooldowns.getSnapshot(KEY)).toBe(snapshot);
    expect(cooldowns.getStatusSnapshot(KEY)).toBe(status);
    vi.setSystemTime(Date.now() + 1_000);
    const next = cooldowns.getSnapshot(KEY);
    expect(next).not.toBe(snapshot);
    expect(next.delivery).toBe(snapshot.delivery);
    expect(cooldowns.getStatusSnapshot(KEY)).toBe(status);
    stop();
  });

  it('tells a second tab the reason and destination through the storage event path', () => {
    const storage = createMemoryStorage();
    const first = store({ storage });
    const second = store({ storage });
    const seen: unknown[] = [];
    second.subscribe(KEY, () => seen.push(second.getStatusSnapshot(KEY)));
    first.start(KEY, 'rateLimited', { destination: MASKED });
    expect(seen.at(-1)).toMatchObject({ reason: 'rateLimited', delivery: MASKED, isCoolingDown: true });
  });
});
