/**
 * The subset of the Web Storage API the cooldown store needs; `localStorage` fits. `length` and
 * `key()` are optional: with them the store prunes old cooldowns (see `maxEntries`), without them
 * it cannot see what earlier pages left behind.
 */
export interface CooldownStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number | undefined;
  key?: ((index: number) => string | null) | undefined;
}

/** A storage the store can always read, write and list, whatever the one underneath does. */
export interface SafeCooldownStorage extends CooldownStorage {
  /** Every key, or only the ones this page wrote when the storage cannot be listed. */
  keys(): string[];
}

export function createMemoryStorage(): CooldownStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
  };
}

/**
 * `localStorage` when it exists and can be read; otherwise memory. SSR has no window, and
 * disabled cookies throw on access. A storage that is full, or refuses writes (Safari's old
 * private mode), is still used: what it holds stays readable and the writes it refuses are kept
 * in memory (see `withMemoryFallback`).
 */
export function defaultCooldownStorage(): CooldownStorage {
  try {
    const storage = (globalThis as { localStorage?: CooldownStorage | undefined }).localStorage;
    if (storage) {
      storage.getItem('cognito-confirm-kit:probe');
      return storage;
    }
  } catch {
    // Fall through to memory.
  }
  return createMemoryStorage();
}

/**
 * Never throws. A write the storage refuses (quota, private mode, a revoked permission) is kept in
 * memory for that key only, so every other saved cooldown stays readable from storage; reads
 * that throw read as empty.
 */
export function withMemoryFallback(storage: CooldownStorage): SafeCooldownStorage {
  // Per key: the value this page holds in memory because storage refused it; null = removed here.
  const overlay = new Map<string, string | null>();
  // What this page wrote, so a storage that cannot be listed is still pruned of this page's keys.
  const written = new Set<string>();
  function listStorage(): string[] {
    try {
      if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return [];
      const found: string[] = [];
      // Bounded by the length read once: a storage that changes underneath cannot loop forever.
      for (let index = 0, length = Math.min(storage.length, 100_000); index < length; index += 1) {
        const key = storage.key(index);
        if (typeof key === 'string') found.push(key);
      }
      return found;
    } catch {
      return [];
    }
  }
  return {
    getItem(key) {
      if (overlay.has(key)) return overlay.get(key) ?? null;
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        storage.setItem(key, value);
        overlay.delete(key);
        written.add(key);
      } catch {
        overlay.set(key, value);
        // An older value left in storage would be read by other tabs (and after a reload) as current.
        try {
          storage.removeItem(key);
        } catch {
          // Nothing more to do: memory holds the current value for this page.
        }
      }
    },
    removeItem(key) {
      try {
        storage.removeItem(key);
        overlay.delete(key);
        written.delete(key);
      } catch {
        overlay.set(key, null);
      }
    },
    keys() {
      const keys = new Set([...listStorage(), ...written]);
      for (const [key, value] of overlay) {
        if (value === null) keys.delete(key);
        else keys.add(key);
      }
      return [...keys];
    },
  };
}
