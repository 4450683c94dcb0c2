/** The subset of the Web Storage API the cooldown store needs; `localStorage` fits. */
export interface CooldownStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function createMemoryStorage(): CooldownStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * `localStorage` when it exists and accepts a write; otherwise memory. SSR has no window, Safari's
 * private mode and disabled cookies throw on access or on write: cooldowns then last for the page.
 */
export function defaultCooldownStorage(): CooldownStorage {
  try {
    const storage = (globalThis as { localStorage?: CooldownStorage }).localStorage;
    if (storage) {
      const probe = 'cognito-confirm-kit:probe';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // Fall through to memory.
  }
  return createMemoryStorage();
}

/**
 * Delegates to `storage` until it throws once (quota, private mode, a revoked permission), then
 * keeps everything in memory for the rest of the page's life, silently.
 */
export function withMemoryFallback(storage: CooldownStorage): CooldownStorage {
  let backing = storage;
  const memory = createMemoryStorage();
  function attempt<T>(run: (target: CooldownStorage) => T): T {
    if (backing !== memory) {
      try {
        return run(backing);
      } catch {
        backing = memory;
      }
    }
    return run(memory);
  }
  return {
    getItem: (key) => attempt((target) => target.getItem(key)),
    setItem: (key, value) => attempt((target) => target.setItem(key, value)),
    removeItem: (key) => attempt((target) => target.removeItem(key)),
  };
}
