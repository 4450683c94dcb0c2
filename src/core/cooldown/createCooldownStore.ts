import { getSharedCooldownClock, type CooldownClock } from './createCooldownClock.js';
import type { Overrides } from '../shared/Overrides.js';
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
import { clampCooldownEntry, MAX_ATTEMPT, optionalDelivery, parseCooldownEntry, type CooldownEntry } from './parseCooldownEntry.js';

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
  durationMs?: number | undefined;
  /** A server's hint (e.g. Retry-After): wins over the policy, cut to `maxHintMs`. 0: the policy decides. */
  hintMs?: number | undefined;
  /** When the send happened (epoch ms, more than 0), if not now: e.g. the SignUp that sent the first code. A future time counts as now. */
  at?: number | undefined;
  /**
   * Where the code went, kept with the cooldown for a reload or a second tab. Only its masked form
   * is stored: a value without `*` is masked first. Omitted: the previous one is kept.
   */
  destination?: CooldownDelivery | undefined;
}

export interface CooldownStoreOptions {
  /** Default: localStorage when usable, else memory. */
  storage?: CooldownStorage | undefined;
  policy?: Overrides<CooldownPolicy> | undefined;
  /** Default: the page-wide shared clock. */
  clock?: CooldownClock | undefined;
  now?: (() => number) | undefined;
  /**
   * At most this many cooldowns stay in storage (default 20): on load and on each start, entries
   * whose quiet period is over are removed, and past the cap the ones ending first are evicted.
   */
  maxEntries?: number | undefined;
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

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

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
 * Bad options throw a `TypeError` naming the option; the explanations exist in development builds
 * only (each written as one expression: esbuild and rolldown drop the texts only in that form).
 */
export function createCooldownStore(options: CooldownStoreOptions = {}): CooldownStore {
  const policy = resolveCooldownPolicy(options.policy);
  const storage = options.storage ?? defaultCooldownStorage();
  if (
    ['getItem', 'setItem', 'removeItem'].some(
      (method) => typeof (storage as unknown as Record<string, unknown> | null)?.[method] !== 'function',
    )
  ) {
    throw new TypeError(
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'storage'
        : 'Cooldown store storage must have getItem, setItem and removeItem functions.',
    );
  }
  const safeStorage = withMemoryFallback(storage);
  const clock = options.clock ?? getSharedCooldownClock();
  if (typeof clock?.watch !== 'function' || typeof clock.now !== 'function') {
    throw new TypeError(
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'clock'
        : 'Cooldown store clock must come from createCooldownClock.',
    );
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new TypeError(
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'now'
        : 'Cooldown store now must be a function.',
    );
  }
  const now = options.now ?? clock.now;
  const maxEntries = checkNumber('Cooldown store maxEntries', options.maxEntries ?? DEFAULT_MAX_ENTRIES, {
    min: 1,
    max: 10_000,
    integer: true,
  });
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

  /**
   * The entry each key's stored text first parsed to, kept while storage holds that text: a
   * tampered deadline is cut once and then counts down instead of being cut again at every read
   * (a clock set back still cuts it). Reads run in React's render (getSnapshot) and must not
   * write: `repair` writes a cut entry back on load, subscribe and change, so a reload or another
   * tab reads the same deadline.
   */
  const parsed = new Map<string, [raw: string | null, entry: Entry | null]>();

  function read(key: string): Entry | null {
    if (subscribed > 0 && cache.has(key)) return cache.get(key)!;
    const raw = safeStorage.getItem(STORAGE_PREFIX + key);
    let known = parsed.get(key);
    // A corrupt entry reads as no cooldown rather than breaking the button.
    if (known?.[0] !== raw) {
      known = [raw, raw ? parseCooldownEntry(raw, policy, now()) : null];
      parsed.set(key, known);
    }
    const entry = known[1] && clampCooldownEntry(known[1], policy, now());
    if (subscribed > 0) cache.set(key, entry);
    return entry;
  }

  /** Writes the entry back as read (cut), outside render only. Nobody is notified: nothing visible changed. */
  function repair(key: string): void {
    const json = JSON.stringify(read(key));
    if (json !== 'null' && json !== safeStorage.getItem(STORAGE_PREFIX + key)) safeStorage.setItem(STORAGE_PREFIX + key, json);
  }

  /**
   * Removes entries whose quiet period is over (they no longer change any cooldown) and unreadable
   * ones, then, past `maxEntries`, the ones ending first. `keep` is the key about to be written.
   * `announce`: tell listeners and sibling stores (from start); silent on load, when none listen yet.
   */
  function prune(announce: boolean, keep?: string): void {
    const at = now();
    const live: Array<[key: string, endsAt: number]> = [];
    const remove = (key: string) => (announce ? write(key, null) : safeStorage.removeItem(STORAGE_PREFIX + key));
    for (const storageKey of safeStorage.keys()) {
      const key = storageKey.slice(STORAGE_PREFIX.length);
      const raw = storageKey.startsWith(STORAGE_PREFIX) && key !== keep ? safeStorage.getItem(storageKey) : null;
      if (raw === null) continue;
      const entry = parseCooldownEntry(raw, policy, at);
      if (!entry || at - entry.endsAt >= policy.quietPeriodMs) remove(key);
      else {
        live.push([key, entry.endsAt]);
        repair(key);
      }
    }
    const room = keep === undefined ? maxEntries : maxEntries - 1;
    live.sort((a, b) => a[1] - b[1]);
    for (const [key] of live.slice(0, Math.max(0, live.length - room))) remove(key);
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
    const remainingMs = entry ? Math.max(0, entry.endsAt - now()) || 0 : 0;
    // Entries hold exactly these fields (parseCooldownEntry and start build them); absent ones keep the idle value.
    return {
      endsAt: null,
      attempt: 0,
      level: 0,
      reason: null,
      ...entry,
      delivery: entry?.delivery ?? null,
      remainingMs,
      isCoolingDown: remainingMs > 0,
    };
  }

  /**
   * The snapshot for `key`, the cached object while nothing it holds changed (a `delivery` equal
   * in content is the cached one), so `useSyncExternalStore` re-renders only on a real change.
   */
  function snapshot<S extends CooldownStatusSnapshot>(cached: Map<string, S>, key: string, seconds: boolean): S {
    const { remainingMs, endsAt, attempt, isCoolingDown, reason, delivery } = state(key);
    const next: CooldownStatusSnapshot & { remainingSeconds?: number | undefined } = { endsAt, attempt, isCoolingDown, reason, delivery };
    if (seconds) next.remainingSeconds = Math.ceil(remainingMs / 1000);
    const previous = cached.get(key) as (S & Record<string, unknown>) | undefined;
    if (previous && sameDelivery(previous.delivery, delivery)) {
      next.delivery = previous.delivery;
      if (Object.entries(next).every(([name, value]) => previous[name] === value)) return previous;
    }
    cached.set(key, next as S);
    return next as S;
  }

  /** Re-arms the one clock watch per key (not per listener): one while the key cools down. */
  function arm(key: string): void {
    unwatch.get(key)?.();
    unwatch.delete(key);
    const { endsAt, isCoolingDown } = state(key);
    repair(key);
    if (isCoolingDown)
      unwatch.set(
        key,
        clock.watch(endsAt!, () => notify(key)),
      );
  }

  /** Re-arms the key's watch and tells its listeners. */
  function changed(key: string): void {
    if (!listeners.get(key)?.size) return;
    arm(key);
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
    if (on) siblingSet.add(changedElsewhere);
    else {
      siblingSet.delete(changedElsewhere);
      cache.clear();
    }
    if (typeof globalThis.addEventListener === 'function') {
      globalThis[on ? 'addEventListener' : 'removeEventListener']('storage', onStorage as EventListener);
    }
  }

  // On load: what earlier pages left behind (500 usernames must not leave 500 keys).
  prune(false);

  return {
    policy,
    start(key, reason, startOptions = {}) {
      if (typeof key !== 'string' || key === '') {
        throw new TypeError(
          (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
            ? 'key'
            : 'Cooldown key must be a non-empty string (see cooldownKey).',
        );
      }
      if (reason !== 'sent' && reason !== 'rateLimited') {
        throw new TypeError(
          (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
            ? 'reason'
            : `Cooldown reason must be 'sent' or 'rateLimited', got ${String(reason)}.`,
        );
      }
      const { durationMs, hintMs, at: sentAt, destination } = startOptions;
      if (durationMs !== undefined) checkNumber('start() durationMs', durationMs, { min: 0, max: longestMs });
      if (hintMs !== undefined) checkNumber('start() hintMs', hintMs, { min: 0 });
      if (sentAt !== undefined) checkNumber('start() at', sentAt, { min: 1 });
      if (clearedInFlight.has(key)) return state(key);
      const previous = read(key);
      // A send cannot have happened in the future: a skewed server clock must not lengthen the cooldown.
      const at = Math.min(sentAt ?? Number.POSITIVE_INFINITY, now());
      // A series ends once a cooldown has been over for the quiet period, whatever ended it: a
      // rate limit from days ago does not lengthen today's cooldown.
      const series = previous !== null && at - previous.endsAt < policy.quietPeriodMs ? previous : undefined;
      const level = Math.min(topLevel, (series?.level ?? 0) + (reason === 'rateLimited' ? 1 : 0));
      const attempt = Math.min(MAX_ATTEMPT, (series?.attempt ?? 0) + 1);
      const duration =
        reason === 'sent' && durationMs !== undefined && hintMs === undefined
          ? durationMs
          : cooldownDurationMs(policy, reason, level, hintMs);
      const delivery = (destination !== undefined ? toCooldownDelivery(destination) : null) ?? previous?.delivery;
      prune(true, key);
      write(key, clampCooldownEntry({ endsAt: at + duration, attempt, level, reason, ...optionalDelivery(delivery) }, policy, now()));
      return state(key);
    },
    get: state,
    getSnapshot: (key) => snapshot(snapshots, key, true),
    getStatusSnapshot: (key) => snapshot(statusSnapshots, key, false),
    clear(key) {
      if (pending.has(key)) clearedInFlight.add(key);
      write(key, null);
    },
    subscribe(key, listener) {
      const keyListeners = listeners.get(key) ?? new Set<() => void>();
      listeners.set(key, keyListeners);
      keyListeners.add(listener);
      if (subscribed++ === 0) listen(true);
      if (keyListeners.size === 1) arm(key);
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
