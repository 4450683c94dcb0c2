'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { getSharedCooldownClock, type CooldownClock } from '../core/cooldown/createCooldownClock.js';

/**
 * Milliseconds left until `endsAt`, re-rendering only when the displayed second changes, on the
 * page's one shared clock. Needs no provider, so a bare `CooldownTimer` works anywhere.
 */
export function useCountdown(endsAt: number | null | undefined, clock: CooldownClock = getSharedCooldownClock()): number {
  const subscribe = useCallback(
    (onTick: () => void) => (watchable(endsAt, clock) ? clock.watch(endsAt, onTick) : () => {}),
    [clock, endsAt],
  );
  // Whole seconds, so the snapshot is stable between ticks; converted back to ms for callers.
  const getSnapshot = useCallback(() => (watchable(endsAt, clock) ? Math.ceil((endsAt - clock.now()) / 1000) : 0), [clock, endsAt]);
  const seconds = useSyncExternalStore(subscribe, getSnapshot, () => 0);
  return seconds * 1000;
}

/** True until `endsAt`; re-renders once, when it passes (not every second). */
export function useIsBefore(endsAt: number | null | undefined, clock: CooldownClock = getSharedCooldownClock()): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => (watchable(endsAt, clock) ? clock.watch(endsAt, (remaining) => remaining === 0 && onChange()) : () => {}),
    [clock, endsAt],
  );
  const getSnapshot = useCallback(() => watchable(endsAt, clock), [clock, endsAt]);
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}

/** A deadline still ahead; a non-finite one (which the clock refuses) shows as no countdown rather than throwing. */
function watchable(endsAt: number | null | undefined, clock: CooldownClock): endsAt is number {
  return typeof endsAt === 'number' && Number.isFinite(endsAt) && endsAt > clock.now();
}
