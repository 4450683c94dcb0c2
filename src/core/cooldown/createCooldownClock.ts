export interface CooldownClock {
  /**
   * Calls `onTick(remainingMs)` each time the whole seconds left before `deadline` change, and a
   * last time with 0 when it passes; then forgets it. Returns a function that stops watching.
   * `deadline` (epoch ms) must be a finite number >= 0: NaN or Infinity would tick forever, so
   * they are refused with a `RangeError` (a `TypeError` for another type or a missing `onTick`).
   */
  watch(deadline: number, onTick: (remainingMs: number) => void): () => void;
  /** Timers currently scheduled: 1 while anything is watched, 0 otherwise. */
  activeTimers(): number;
  now(): number;
}

export interface CooldownClockOptions {
  now?: (() => number) | undefined;
}

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

interface Watcher {
  deadline: number;
  onTick: (remainingMs: number) => void;
}

/**
 * One timer for every countdown on the page. It wakes exactly when some watched countdown's
 * displayed second changes (aligned to its deadline, not to when it was mounted), so a hundred
 * timers cost one timeout, and none runs when nothing counts down. Timers are looked up on the
 * global at call time so test fake timers apply.
 */
export function createCooldownClock(options: CooldownClockOptions = {}): CooldownClock {
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new TypeError(
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'now'
        : 'Cooldown clock now must be a function.',
    );
  }
  const now = options.now ?? (() => Date.now());
  const watchers = new Set<Watcher>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;

  function nextWake(at: number): number {
    let next = Infinity;
    for (const { deadline } of watchers) {
      const remaining = deadline - at;
      // The displayed value is ceil(remaining / 1000); it changes when remaining crosses a multiple of 1000.
      // Written so a NaN (a broken injected now) wakes at once and ends the watch, never loops.
      const untilChange = remaining > 0 ? remaining % 1000 || 1000 : 0;
      next = Math.min(next, at + untilChange);
    }
    return next;
  }

  function schedule(): void {
    const wake = watchers.size === 0 ? Infinity : nextWake(now());
    if (wake === timerAt && timer !== undefined) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    timerAt = wake;
    if (wake === Infinity) return;
    timer = setTimeout(tick, Math.max(0, wake - now()));
  }

  function tick(): void {
    timer = undefined;
    timerAt = Infinity;
    const at = now();
    for (const watcher of [...watchers]) {
      const left = watcher.deadline - at;
      // biome-ignore lint/complexity/useMathMinMax: Math.max(NaN, 0) is NaN, which would never end the watch.
      const remaining = left > 0 ? left : 0;
      if (remaining === 0) watchers.delete(watcher);
      watcher.onTick(remaining);
    }
    schedule();
  }

  return {
    watch(deadline, onTick) {
      if (typeof deadline !== 'number' || !(deadline >= 0 && deadline < Number.POSITIVE_INFINITY) || typeof onTick !== 'function') {
        const ErrorType = typeof deadline === 'number' && typeof onTick === 'function' ? RangeError : TypeError;
        throw new ErrorType(
          (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
            ? 'deadline'
            : `Cooldown clock watch() needs a finite deadline >= 0 and an onTick function, got ${String(deadline)}.`,
        );
      }
      const watcher: Watcher = { deadline, onTick };
      watchers.add(watcher);
      schedule();
      return () => {
        if (watchers.delete(watcher)) schedule();
      };
    },
    activeTimers: () => (timer === undefined ? 0 : 1),
    now,
  };
}

let sharedClock: CooldownClock | undefined;

/** The page-wide clock every store uses unless given its own. Created on first use, not at import. */
export function getSharedCooldownClock(): CooldownClock {
  sharedClock ??= createCooldownClock();
  return sharedClock;
}
