import { getSharedCooldownClock, type CooldownClock } from './createCooldownClock.js';
import { checkNumber } from './checkNumber.js';
import {
  cooldownDurationMs,
  longestCooldownMs,
  maxEscalationLevel,
  resolveCooldownPolicy,
  type CooldownPolicy,
  type CooldownReason,
} from './cooldownPolicy.js';
import { sameDelivery, toCooldownDelivery, type CooldownDelivery } from './cooldownDelivery.js';
import { defaultCooldownStorage, withMemoryFallback, type CooldownStorage } from './cooldownStorage.js';
import { hashUsername } from './hashUsername.js';
import { clampCooldownEntry, MAX_ATTEMPT, parseCooldownEntry, type CooldownEntry } from './parseCooldownEntry.js';

export interface CooldownState {
  /** Always `endsAt − now`, so it is right after the tab slept, a remount or a reload. */
  remainingMs: number;
  /** Epoch ms the current cooldown ends, or null when none was started (or it was cleared). */
  endsAt: number | null;
  /** Cooldowns started in the current series (at most 999); the quiet period after a cooldown starts a new one. */
  attempt: number;
  /** Consecutive rate limits in the current series: the escalation step, at most where the cooldown reaches `maxMs`. */
  level: number;
  isCoolingDown: boolean;
  /** Why the current cooldown started, or null when none is stored: "rate limited" survives a reload and a second tab. */
  reason: CooldownReason | null;
  /** Where the last code went (masked only), or null when unknown: "We sent a code to j***@e***.com" after a reload. */
  delivery: CooldownDelivery | null;
}

/** What UIs render: stable (same object) until the displayed second or the state changes. */
export interface CooldownSnapshot {
  remainingSeconds: number;
  endsAt: number | null;
  attempt: number;
  isCoolingDown: boolean;
  reason: CooldownReason | null;
  delivery: CooldownDelivery | null;
}

export type CooldownStatusSnapshot = Omit<CooldownSnapshot, 'remainingSeconds'>;

/** Each number must be finite and not negative (else a `RangeError` naming it, a `TypeError` for another type). */
export interface StartCooldownOptions {
  /** Overrides the policy's base for this send; at most the policy's longest cooldown. 0: no cooldown. */
  durationMs?: number;
  /** A server's hint (e.g. Retry-After): wins over the policy, cut to `maxHintMs`. 0: the policy decides. */
  hintMs?: number;
  /** When the send happened (epoch ms, more than 0), if not now: e.g. the SignUp that sent the first code. A future time counts as now. */
  at?: number;
  /**
   * Where the code went, kept with the cooldown for a reload or a second tab. Only its masked form
   * is stored: a value without `*` is masked first. Omitted: the previous one is kept.
   */
  destination?: CooldownDelivery;
}

export interface CooldownStoreOptions {
  /** Default: localStorage when usable, else memory. */
  storage?: CooldownStorage;
  policy?: Partial<CooldownPolicy>;
  /** Default: the page-wide shared clock. */
  clock?: CooldownClock;
  now?: () => number;
  /**
   * At most this many cooldowns stay in storage (default 20): on load and on each start, entries
   * whose quiet period is over are removed, and past the cap the ones ending first are evicted.
   */
  maxEntries?: number;
}

export interface CooldownStore {
  readonly policy: CooldownPolicy;
  start(key: string, reason: CooldownReason, options?: StartCooldownOptions): CooldownState;
  get(key: string): CooldownState;
  getSnapshot(key: string): CooldownSnapshot;
  /** Like getSnapshot but without the seconds: changes only on start, clear and the end, for UIs that show no countdown. */
  getStatusSnapshot(key: string): CooldownStatusSnapshot;
  clear(key: string): void;
  /** Called on start, clear, a change from another tab or store, and each whole second while cooling down. */
  subscribe(key: string, listener: () => void): () => void;
  /** Marks a request in flight for `key`; false when one already is (or a cooldown runs), so callers send nothing. */
  tryBegin(key: string): boolean;
  end(key: string): void;
  isPending(key: string): boolean;
  /** Drops every subscription and page-level listener (they also go when the last subscriber leaves). */
  destroy(): void;
}

type Entry = CooldownEntry;

const DEFAULT_MAX_ENTRIES = 20;

const STORAGE_PREFIX = 'cognito-confirm-kit:cooldown:';

/** Stores on one storage object in this page, so a start in one is seen by the others at once. */
const siblings = new WeakMap<CooldownStorage, Set<(key: string) => void>>();

/**
 * The key of one person's cooldown: pool + client + a hash of the username, never the raw name.
 * `scope` separates flows, e.g. sign-up codes from `attr:email` verification codes.
 */
export function cooldownKey(userPoolId: string, clientId: string, username: string, scope = 'signup'): string {
  // Salted with pool and client: the hash of a common username differs for every app.
  return `${userPoolId}:${clientId}:${scope}:${hashUsername(username, `${userPoolId}:${clientId}`)}`;
}

/**
 * Per-key resend cooldowns kept as deadlines (epoch ms) in storage, shared across tabs, escalated
 * after rate limits. Framework-free, with `subscribe` / `getSnapshot` for `useSyncExternalStore`.
 */
export function createCooldownStore(options: CooldownStoreOptions = {}): CooldownStore {
  const policy = resolveCooldownPolicy(options.policy);
  const storage = options.storage ?? defaultCooldownStorage();
  if (!isStorage(storage)) throw new TypeError('Cooldown store storage must have getItem, setItem and removeItem functions.');
  const safeStorage = withMemoryFallback(storage);
  const clock = options.clock ?? getSharedCooldownClock();
  if (typeof clock?.watch !== 'function' || typeof clock.now !== 'function') {
    throw new TypeError('Cooldown store clock must come from createCooldownClock.');
  }
  if (options.now !== undefined && typeof options.now !== 'function') throw new TypeError('Cooldown store now must be a function.');
  const now = options.now ?? clock.now;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  checkNumber('Cooldown store maxEntries', maxEntries, { min: 1, max: 10_000, integer: true });
  const longestMs = longestCooldownMs(policy);
  const topLevel = maxEscalationLevel(policy);

  const cache = new Map<string, Entry | null>();
  const snapshots = new Map<string, CooldownSnapshot>();
  const statusSnapshots = new Map<string, CooldownStatusSnapshot>();
  const listeners = new Map<string, Set<() => void>>();
  const unwatch = new Map<string, () => void>();
  const pending = new Set<string>();
  /** Keys cleared (e.g. confirmed) while a send was in flight: that send's answer must not start a cooldown. */
  const clearedInFlight = new Set<string>();

  function read(key: string): Entry | null {
    if (subscribed > 0 && cache.has(key)) return cache.get(key)!;
    const raw = safeStorage.getItem(STORAGE_PREFIX + key);
    // A corrupt entry reads as no cooldown rather than breaking the button.
    const entry = raw ? parseCooldownEntry(raw, policy, now()) : null;
    // A clamped (tampered) entry is written back as read, so its capped deadline counts down
    // instead of being cut again at every read. Nobody is notified: nothing visible changed.
    if (entry && JSON.stringify(entry) !== raw) safeStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(entry));
    if (subscribed > 0) cache.set(key, entry);
    return entry;
  }

  /**
   * Removes entries whose quiet period is over (they no longer change any cooldown) and unreadable
   * ones, then, past `maxEntries`, the ones ending first. `keep` is the key about to be written.
   * `announce`: tell listeners and sibling stores (from start); silent on load, when none listen yet.
   */
  function prune(announce: boolean, keep?: string): void {
    const at = now();
    const live: Array<{ key: string; endsAt: number }> = [];
    const remove = (key: string) => (announce ? write(key, null) : safeStorage.removeItem(STORAGE_PREFIX + key));
    for (const storageKey of safeStorage.keys()) {
      if (!storageKey.startsWith(STORAGE_PREFIX)) continue;
      const key = storageKey.slice(STORAGE_PREFIX.length);
      if (key === keep) continue;
      const raw = safeStorage.getItem(storageKey);
      if (raw === null) continue;
      const entry = parseCooldownEntry(raw, policy, at);
      if (!entry || at - entry.endsAt >= policy.quietPeriodMs) remove(key);
      else live.push({ key, endsAt: entry.endsAt });
    }
    const room = keep === undefined ? maxEntries : maxEntries - 1;
    if (live.length <= room) return;
    live.sort((a, b) => a.endsAt - b.endsAt);
    for (const { key } of live.slice(0, live.length - room)) remove(key);
  }

  function write(key: string, entry: Entry | null): void {
    if (subscribed > 0) cache.set(key, entry);
    if (entry) safeStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(entry));
    else safeStorage.removeItem(STORAGE_PREFIX + key);
    for (const notify of siblings.get(storage) ?? []) if (notify !== changedElsewhere) notify(key);
    changed(key);
  }

  function state(key: string): CooldownState {
    const entry = read(key);
    if (!entry) return { remainingMs: 0, endsAt: null, attempt: 0, level: 0, isCoolingDown: false, reason: null, delivery: null };
    const remainingMs = Math.max(0, entry.endsAt - now()) || 0;
    return {
      remainingMs,
      endsAt: entry.endsAt,
      attempt: entry.attempt,
      level: entry.level,
      isCoolingDown: remainingMs > 0,
      reason: entry.reason,
      delivery: entry.delivery ?? null,
    };
  }

  /** Re-arms the one clock watch per key (not per listener) and tells the key's listeners. */
  function changed(key: string): void {
    const keyListeners = listeners.get(key);
    if (!keyListeners || keyListeners.size === 0) return;
    unwatch.get(key)?.();
    unwatch.delete(key);
    const { endsAt, isCoolingDown } = state(key);
    if (isCoolingDown && endsAt !== null) {
      unwatch.set(
        key,
        clock.watch(endsAt, () => notify(key)),
      );
    }
    notify(key);
  }

  function notify(key: string): void {
    for (const listener of [...(listeners.get(key) ?? [])]) listener();
  }

  function changedElsewhere(key: string): void {
    cache.delete(key);
    changed(key);
  }

  // Only while something subscribes does the store listen (and cache): an idle store holds no
  // page-level listeners, so React can create and drop stores freely (StrictMode, remounts).
  let subscribed = 0;
  // Bumped by destroy(), so unsubscribe functions from before it do nothing.
  let storeGeneration = 0;
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea && event.storageArea !== storage) return;
    // `key === null`: another tab cleared the storage.
    if (event.key === null) {
      for (const key of [...listeners.keys()]) changedElsewhere(key);
    } else if (event.key.startsWith(STORAGE_PREFIX)) {
      changedElsewhere(event.key.slice(STORAGE_PREFIX.length));
    }
  };
  function listen(on: boolean): void {
    const siblingSet = siblings.get(storage) ?? new Set<(key: string) => void>();
    siblings.set(storage, siblingSet);
    const canListen = typeof globalThis.addEventListener === 'function';
    if (on) {
      siblingSet.add(changedElsewhere);
      if (canListen) globalThis.addEventListener('storage', onStorage);
    } else {
      siblingSet.delete(changedElsewhere);
      if (canListen) globalThis.removeEventListener('storage', onStorage);
      cache.clear();
    }
  }

  // On load: what earlier pages left behind (500 usernames must not leave 500 keys).
  prune(false);

  return {
    policy,
    start(key, reason, startOptions = {}) {
      if (typeof key !== 'string' || key === '') throw new TypeError('Cooldown key must be a non-empty string (see cooldownKey).');
      if (reason !== 'sent' && reason !== 'rateLimited')
        throw new TypeError(`Cooldown reason must be 'sent' or 'rateLimited', got ${String(reason)}.`);
      const { durationMs, hintMs } = startOptions;
      if (durationMs !== undefined) checkNumber('start() durationMs', durationMs, { min: 0, max: longestMs });
      if (hintMs !== undefined) checkNumber('start() hintMs', hintMs, { min: 0 });
      if (startOptions.at !== undefined) checkNumber('start() at', startOptions.at, { min: 1 });
      if (clearedInFlight.has(key)) return state(key);
      const previous = read(key);
      // A send cannot have happened in the future: a skewed server clock must not lengthen the cooldown.
      const at = Math.min(startOptions.at ?? Number.POSITIVE_INFINITY, now());
      // A series ends once a cooldown has been over for the quiet period, whatever ended it: a
      // rate limit from days ago does not lengthen today's cooldown.
      const fresh = previous === null || at - previous.endsAt >= policy.quietPeriodMs;
      const level = Math.min(topLevel, (fresh ? 0 : previous.level) + (reason === 'rateLimited' ? 1 : 0));
      const attempt = Math.min(MAX_ATTEMPT, (fresh ? 0 : previous.attempt) + 1);
      const duration =
        reason === 'sent' && durationMs !== undefined && hintMs === undefined
          ? durationMs
          : cooldownDurationMs(policy, reason, level, hintMs);
      const given = startOptions.destination !== undefined ? toCooldownDelivery(startOptions.destination) : null;
      const delivery = given ?? previous?.delivery;
      prune(true, key);
      write(key, clampCooldownEntry({ endsAt: at + duration, attempt, level, reason, ...(delivery ? { delivery } : {}) }, policy, now()));
      return state(key);
    },
    get: state,
    getSnapshot(key) {
      const { remainingMs, endsAt, attempt, isCoolingDown, reason, delivery } = state(key);
      const remainingSeconds = Math.ceil(remainingMs / 1000);
      const cached = snapshots.get(key);
      if (
        cached &&
        cached.remainingSeconds === remainingSeconds &&
        sameStatus(cached, { endsAt, attempt, isCoolingDown, reason, delivery })
      ) {
        return cached;
      }
      const stableDelivery = cached && sameDelivery(cached.delivery, delivery) ? cached.delivery : delivery;
      const snapshot = { remainingSeconds, endsAt, attempt, isCoolingDown, reason, delivery: stableDelivery };
      snapshots.set(key, snapshot);
      return snapshot;
    },
    getStatusSnapshot(key) {
      const { endsAt, attempt, isCoolingDown, reason, delivery } = state(key);
      const cached = statusSnapshots.get(key);
      if (cached && sameStatus(cached, { endsAt, attempt, isCoolingDown, reason, delivery })) return cached;
      const stableDelivery = cached && sameDelivery(cached.delivery, delivery) ? cached.delivery : delivery;
      const snapshot = { endsAt, attempt, isCoolingDown, reason, delivery: stableDelivery };
      statusSnapshots.set(key, snapshot);
      return snapshot;
    },
    clear(key) {
      if (pending.has(key)) clearedInFlight.add(key);
      write(key, null);
    },
    subscribe(key, listener) {
      const keyListeners = listeners.get(key) ?? new Set<() => void>();
      listeners.set(key, keyListeners);
      const first = keyListeners.size === 0;
      keyListeners.add(listener);
      if (subscribed++ === 0) listen(true);
      if (first) {
        const { endsAt, isCoolingDown } = state(key);
        if (isCoolingDown && endsAt !== null)
          unwatch.set(
            key,
            clock.watch(endsAt, () => notify(key)),
          );
      }
      let active = true;
      const generation = storeGeneration;
      return () => {
        if (!active || generation !== storeGeneration) return;
        active = false;
        keyListeners.delete(listener);
        if (--subscribed === 0) listen(false);
        if (keyListeners.size === 0) {
          unwatch.get(key)?.();
          unwatch.delete(key);
          listeners.delete(key);
        }
      };
    },
    tryBegin(key) {
      if (pending.has(key) || state(key).isCoolingDown) return false;
      pending.add(key);
      return true;
    },
    end(key) {
      pending.delete(key);
      clearedInFlight.delete(key);
    },
    isPending: (key) => pending.has(key),
    destroy() {
      if (subscribed > 0) listen(false);
      subscribed = 0;
      storeGeneration += 1;
      listeners.clear();
      for (const stop of unwatch.values()) stop();
      unwatch.clear();
    },
  };
}

function sameStatus(a: CooldownStatusSnapshot, b: CooldownStatusSnapshot): boolean {
  return (
    a.endsAt === b.endsAt &&
    a.attempt === b.attempt &&
    a.isCoolingDown === b.isCoolingDown &&
    a.reason === b.reason &&
    sameDelivery(a.delivery, b.delivery)
  );
}

function isStorage(value: unknown): value is CooldownStorage {
  const candidate = value as Partial<CooldownStorage> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.getItem === 'function' &&
    typeof candidate.setItem === 'function' &&
    typeof candidate.removeItem === 'function'
  );
}
