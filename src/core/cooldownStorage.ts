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
