import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldownClock } from '../../../src/core/cooldown/createCooldownClock';
import { cooldownKey, createCooldownStore, type CooldownStoreOptions } from '../../../src/core/cooldown/createCooldownStore';
import { DEFAULT_COOLDOWN_POLICY, resolveCooldownPolicy } from '../../../src/core/cooldown/cooldownPolicy';
import { createMemoryStorage, defaultCooldownStorage, type CooldownStorage } from '../../../src/core/cooldown/cooldownStorage';
import { hashUsername } from '../../../src/core/cooldown/hashUsername';

const PREFIX = 'cognito-confirm-kit:cooldown:';
const KEY = cooldownKey('eu-west-1_pool', 'client', 'jane@example.com');
const HOUR = 3_600_000;
const stores: Array<ReturnType<typeof createCooldownStore>> = [];

function store(options: CooldownStoreOptions = {}) {
  const created = createCooldownStore({ clock: createCooldownClock(), ...options });
  stores.push(created);
  return created;
}

/** A listable storage whose items the test reads directly (not through length/key, which old code lacked). */
function listableStorage() {
  const items = new Map<string, string>();
  const storage: CooldownStorage = {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
  };
  return { items, storage };
}

function storedKeys(items: Map<string, string>): string[] {
  return [...items.keys()].filter((key) => key.startsWith(PREFIX));
}

function seed(storage: CooldownStorage, entry: Record<string, unknown>, key = KEY) {
  storage.setItem(PREFIX + key, JSON.stringify(entry));
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  stores.splice(0).forEach((s) => s.destroy());
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a stored deadline is capped to the longest cooldown the policy allows', () => {
  it('cuts a tampered deadline ten years ahead to max(maxMs, maxHintMs), and then counts it down', () => {
    const storage = createMemoryStorage();
    seed(storage, { endsAt: Date.now() + 10 * 365 * 24 * HOUR, attempt: 1, level: 0, reason: 'rateLimited' });
    const cooldowns = store({ storage });
    const longest = Math.max(DEFAULT_COOLDOWN_POLICY.maxMs, DEFAULT_COOLDOWN_POLICY.maxHintMs);
    expect(cooldowns.get(KEY).remainingMs).toBe(longest);
    vi.setSystemTime(Date.now() + 10 * 60_000);
    expect(cooldowns.get(KEY).remainingMs).toBe(longest - 10 * 60_000);
    // Written back capped, so a reload or another tab reads the same deadline.
    expect(store({ storage }).get(KEY).remainingMs).toBe(longest - 10 * 60_000);
  });

  it('getSnapshot never writes to storage (it runs in React render): the capped deadline is written back on subscribe', () => {
    const { items, storage } = listableStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const removeItem = vi.spyOn(storage, 'removeItem');
    const cooldowns = store({ storage });
    // Another tab (or anyone with the page) writes a deadline ten years ahead after this store loaded.
    const tampered = JSON.stringify({ endsAt: Date.now() + 10 * 365 * 24 * HOUR, attempt: 1, level: 0, reason: 'rateLimited' });
    items.set(PREFIX + KEY, tampered);
    const longest = Math.max(DEFAULT_COOLDOWN_POLICY.maxMs, DEFAULT_COOLDOWN_POLICY.maxHintMs);

    expect(cooldowns.getSnapshot(KEY).remainingSeconds).toBe(longest / 1000);
    vi.setSystemTime(Date.now() + 10 * 60_000);
    // Capped once, then counting down, not cut again at each read.
    expect(cooldowns.getSnapshot(KEY).remainingSeconds).toBe(longest / 1000 - 600);
    expect(cooldowns.getStatusSnapshot(KEY).isCoolingDown).toBe(true);
    expect(cooldowns.get(KEY).remainingMs).toBe(longest - 10 * 60_000);
    expect(setItem).not.toHaveBeenCalled();
    expect(removeItem).not.toHaveBeenCalled();
    expect(items.get(PREFIX + KEY)).toBe(tampered);

    // Subscribing (an effect, not render) writes the capped deadline back, once.
    const unsubscribe = cooldowns.subscribe(KEY, () => {});
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(JSON.parse(items.get(PREFIX + KEY)!).endsAt).toBe(Date.now() + longest - 10 * 60_000);
    cooldowns.getSnapshot(KEY);
    expect(setItem).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(store({ storage }).get(KEY).remainingMs).toBe(longest - 10 * 60_000);
  });

  it('caps a cooldown when the clock moved back two days', () => {
    const storage = createMemoryStorage();
    const same = store({ storage });
    same.start(KEY, 'sent');
    expect(same.get(KEY).remainingMs).toBe(30_000);
    vi.setSystemTime(Date.now() - 2 * 24 * HOUR);
    expect(store({ storage }).get(KEY).remainingMs).toBeLessThanOrEqual(HOUR);
    // Also in the store that read the entry before the clock moved.
    expect(same.get(KEY).remainingMs).toBeLessThanOrEqual(HOUR);
    expect(same.getSnapshot(KEY).remainingSeconds).toBeLessThanOrEqual(HOUR / 1000);
  });

  it('still follows a server hint of 55 minutes exactly, also after a reload', () => {
    const storage = createMemoryStorage();
    expect(store({ storage }).start(KEY, 'rateLimited', { hintMs: 55 * 60_000 }).remainingMs).toBe(55 * 60_000);
    vi.setSystemTime(Date.now() + 60_000);
    expect(store({ storage }).get(KEY).remainingMs).toBe(54 * 60_000);
  });
});

describe('tampered escalation level and attempt', () => {
  const ended = () => Date.now() - 1_000;
  for (const level of [-2000, 1e9, 'abc', 'NaN', 2.7, null]) {
    it(`clamps level ${JSON.stringify(level)} into the policy's range`, () => {
      const storage = createMemoryStorage();
      seed(storage, { endsAt: ended(), attempt: 1, level, reason: 'rateLimited' });
      const cooldowns = store({ storage });
      const stored = cooldowns.get(KEY).level;
      expect(stored).toBeGreaterThanOrEqual(0);
      expect(stored).toBeLessThanOrEqual(5); // 30 s × 2⁵ ≥ 15 min
      expect(Number.isInteger(stored)).toBe(true);
      const next = cooldowns.start(KEY, 'rateLimited').remainingMs;
      expect(next).toBeGreaterThanOrEqual(60_000);
      expect(next).toBeLessThanOrEqual(DEFAULT_COOLDOWN_POLICY.maxMs);
    });
  }

  it('reads -2000 as no escalation: the next rate limit waits 60 s, not 0', () => {
    const storage = createMemoryStorage();
    seed(storage, { endsAt: ended(), attempt: 3, level: -2000, reason: 'rateLimited' });
    expect(store({ storage }).start(KEY, 'rateLimited').remainingMs).toBe(60_000);
  });

  it('clamps the attempt count into [1, 999]', () => {
    const storage = createMemoryStorage();
    seed(storage, { endsAt: Date.now() + 5_000, attempt: 1e12, level: 0, reason: 'sent' });
    expect(store({ storage }).get(KEY).attempt).toBe(999);
    seed(storage, { endsAt: Date.now() + 5_000, attempt: -4, level: 0, reason: 'sent' });
    expect(store({ storage }).get(KEY).attempt).toBe(1);
  });

  it('ignores entries that are not objects with a finite deadline', () => {
    const storage = createMemoryStorage();
    for (const raw of ['null', '42', '"x"', '[]', '{"endsAt":null}', '{"endsAt":"1e20"}', '{"endsAt":1e400}']) {
      storage.setItem(PREFIX + KEY, raw);
      expect(store({ storage }).get(KEY)).toMatchObject({ isCoolingDown: false, endsAt: null });
    }
  });
});

describe('start() refuses bad numbers instead of using them', () => {
  const bad: Array<[string, unknown, typeof TypeError | typeof RangeError]> = [
    ['NaN', Number.NaN, RangeError],
    ['Infinity', Number.POSITIVE_INFINITY, RangeError],
    ['-1', -1, RangeError],
    ["'5'", '5', TypeError],
  ];
  for (const option of ['durationMs', 'hintMs', 'at'] as const) {
    for (const [label, value, type] of bad) {
      it(`${option}: ${label} → ${type.name} naming ${option}, nothing stored`, () => {
        const cooldowns = store();
        expect(() => cooldowns.start(KEY, 'sent', { [option]: value } as never)).toThrow(type);
        expect(() => cooldowns.start(KEY, 'sent', { [option]: value } as never)).toThrow(new RegExp(option));
        expect(cooldowns.get(KEY).endsAt).toBeNull();
      });
    }
  }

  it('refuses at: 0, a durationMs longer than the longest cooldown, and an unknown reason', () => {
    const cooldowns = store();
    expect(() => cooldowns.start(KEY, 'sent', { at: 0 })).toThrow(/at/);
    expect(() => cooldowns.start(KEY, 'sent', { durationMs: 10 * 24 * HOUR })).toThrow(RangeError);
    expect(() => cooldowns.start(KEY, 'later' as never)).toThrow(TypeError);
    expect(cooldowns.get(KEY).endsAt).toBeNull();
    // 0 is meaningful: no cooldown after this send; a 0 hint lets the policy decide.
    expect(cooldowns.start(KEY, 'sent', { durationMs: 0 }).isCoolingDown).toBe(false);
    expect(cooldowns.start(KEY, 'rateLimited', { hintMs: 0 }).remainingMs).toBe(60_000);
  });

  it('counts an at in the future (a skewed server clock) as now', () => {
    expect(store().start(KEY, 'sent', { at: Date.now() + 10 * 60_000 }).remainingMs).toBe(30_000);
  });

  it('checks store options when the store is made', () => {
    expect(() => createCooldownStore({ maxEntries: 0 })).toThrow(/maxEntries/);
    expect(() => createCooldownStore({ maxEntries: Number.NaN })).toThrow(/maxEntries/);
    expect(() => createCooldownStore({ maxEntries: 2.5 })).toThrow(/maxEntries/);
    expect(() => createCooldownStore({ now: 5 as never })).toThrow(TypeError);
    expect(() => createCooldownStore({ storage: {} as never })).toThrow(/storage/);
  });
});

describe('resolveCooldownPolicy', () => {
  it('refuses NaN, Infinity, negatives, wrong types, 0 where it means nothing, and lock-outs longer than a day', () => {
    for (const name of ['baseMs', 'maxMs', 'quietPeriodMs', 'maxHintMs', 'escalationFactor']) {
      expect(() => resolveCooldownPolicy({ [name]: Number.NaN })).toThrow(RangeError);
      expect(() => resolveCooldownPolicy({ [name]: Number.POSITIVE_INFINITY })).toThrow(new RegExp(name));
      expect(() => resolveCooldownPolicy({ [name]: -1 })).toThrow(new RegExp(name));
      expect(() => resolveCooldownPolicy({ [name]: '30' as never })).toThrow(TypeError);
    }
    expect(() => resolveCooldownPolicy({ baseMs: 0 })).toThrow(/baseMs/);
    expect(() => resolveCooldownPolicy({ maxHintMs: 0 })).toThrow(/maxHintMs/);
    expect(() => resolveCooldownPolicy({ baseMs: 60_000, maxMs: 30_000 })).toThrow(/maxMs/);
    expect(() => resolveCooldownPolicy({ maxMs: 365 * 24 * HOUR })).toThrow(/maxMs/);
    expect(() => resolveCooldownPolicy('fast' as never)).toThrow(TypeError);
    expect(resolveCooldownPolicy({ quietPeriodMs: 0 }).quietPeriodMs).toBe(0);
  });
});

describe('storage stays small', () => {
  it('500 usernames one after another leave at most the cap behind', () => {
    const { items, storage } = listableStorage();
    const cooldowns = store({ storage });
    for (let i = 0; i < 500; i += 1) {
      cooldowns.start(cooldownKey('eu-west-1_pool', 'client', `user${i}@example.com`), 'sent');
      vi.setSystemTime(Date.now() + 31_000);
    }
    expect(storedKeys(items).length).toBeLessThanOrEqual(20);
  });

  it('500 cooldowns at once: the cap evicts the ones ending first, never the one just started', () => {
    const { items, storage } = listableStorage();
    const cooldowns = store({ storage, maxEntries: 5 });
    for (let i = 0; i < 500; i += 1) {
      cooldowns.start(`k${i}`, 'sent', { durationMs: 1_000 + i });
    }
    expect(storedKeys(items).sort()).toEqual(['k495', 'k496', 'k497', 'k498', 'k499'].map((k) => PREFIX + k).sort());
  });

  it('on load, drops entries whose quiet period is over and garbage, keeps recent ones (escalation memory)', () => {
    const { items, storage } = listableStorage();
    const first = store({ storage });
    first.start('old', 'sent');
    vi.setSystemTime(Date.now() + 30_000 + DEFAULT_COOLDOWN_POLICY.quietPeriodMs);
    first.start('recent', 'rateLimited');
    vi.setSystemTime(Date.now() + 2 * 60_000);
    storage.setItem(`${PREFIX}garbage`, '{not json');
    storage.setItem('someone-else', 'kept');
    store({ storage });
    expect(storedKeys(items)).toEqual([`${PREFIX}recent`]);
    expect(storage.getItem('someone-else')).toBe('kept');
  });

  it('prunes what this page wrote even on a storage that cannot be listed', () => {
    const items = new Map<string, string>();
    const storage: CooldownStorage = {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    };
    const cooldowns = store({ storage });
    for (let i = 0; i < 100; i += 1) cooldowns.start(`k${i}`, 'sent');
    expect(items.size).toBeLessThanOrEqual(20);
  });
});

describe('a storage that refuses a write', () => {
  function quotaStorage(base: CooldownStorage): CooldownStorage {
    return {
      getItem: (k) => base.getItem(k),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (k) => base.removeItem(k),
      get length() {
        return base.length;
      },
      key: (i) => base.key?.(i) ?? null,
    };
  }

  it('keeps the other saved cooldowns readable and never throws', () => {
    const base = createMemoryStorage();
    store({ storage: base }).start('saved', 'rateLimited');
    const cooldowns = store({ storage: quotaStorage(base) });
    expect(() => cooldowns.start(KEY, 'sent')).not.toThrow();
    expect(cooldowns.get(KEY).isCoolingDown).toBe(true);
    expect(cooldowns.get('saved')).toMatchObject({ isCoolingDown: true, remainingMs: 60_000, reason: 'rateLimited' });
    expect(() => cooldowns.clear(KEY)).not.toThrow();
  });

  it('defaultCooldownStorage keeps a full localStorage, so what it holds stays readable', () => {
    const base = createMemoryStorage();
    vi.stubGlobal('localStorage', quotaStorage(base));
    expect(defaultCooldownStorage()).toBe(globalThis.localStorage);
  });
});

describe('escalation memory', () => {
  it('forgets rate limits after the quiet period, not only after a success', () => {
    const cooldowns = store();
    expect(cooldowns.start(KEY, 'rateLimited').remainingMs).toBe(60_000);
    vi.setSystemTime(Date.now() + 60_000);
    expect(cooldowns.start(KEY, 'rateLimited').remainingMs).toBe(120_000);
    vi.setSystemTime(Date.now() + 120_000 + 3 * 24 * HOUR);
    expect(cooldowns.start(KEY, 'rateLimited')).toMatchObject({ remainingMs: 60_000, level: 1, attempt: 1 });
  });
});

describe('cooldownKey salting', () => {
  it("salts the username's hash with pool and client, so hashing common names alone matches nothing", () => {
    const hashPart = (key: string) => key.split(':').at(-1)!;
    expect(hashPart(KEY)).not.toBe(hashUsername('jane@example.com'));
    expect(hashPart(cooldownKey('eu-west-1_other', 'client', 'jane@example.com'))).not.toBe(hashPart(KEY));
    expect(hashPart(cooldownKey('eu-west-1_pool', 'client2', 'jane@example.com'))).not.toBe(hashPart(KEY));
    expect(hashUsername('jane@example.com', 'a')).toMatch(/^[0-9a-z]{1,12}$/);
  });
});
