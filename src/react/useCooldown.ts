'use client';
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { CooldownSnapshot, CooldownStatusSnapshot } from '../core/cooldown/createCooldownStore.js';
import { useCognitoConfirm } from './useCognitoConfirm.js';

const IDLE: CooldownSnapshot = Object.freeze({
  remainingSeconds: 0,
  endsAt: null,
  attempt: 0,
  isCoolingDown: false,
  reason: null,
  delivery: null,
});
const noop = () => {};
const idleSnapshot = () => IDLE;

/**
 * The cooldown for `key` (see `cooldownKey`). Like react-query's tracked results, it re-renders
 * every second only if the component read `remainingSeconds`; one that just disables a button and
 * renders `<CooldownTimer endsAt>` re-renders twice per cooldown (start and end), leaving the
 * ticking to the timer's own text. The server renders it idle; the client catches up on hydration.
 */
export function useCooldown(key: string | undefined): CooldownSnapshot {
  const { cooldowns } = useCognitoConfirm();
  const readsSeconds = useRef(false);
  const subscribe = useCallback((onChange: () => void) => (key ? cooldowns.subscribe(key, onChange) : noop), [cooldowns, key]);
  const getSnapshot = useCallback(
    (): CooldownSnapshot | CooldownStatusSnapshot =>
      key ? (readsSeconds.current ? cooldowns.getSnapshot(key) : cooldowns.getStatusSnapshot(key)) : IDLE,
    [cooldowns, key],
  );
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, idleSnapshot);
  return useMemo(
    () => ({
      endsAt: snapshot.endsAt,
      attempt: snapshot.attempt,
      isCoolingDown: snapshot.isCoolingDown,
      reason: snapshot.reason,
      delivery: snapshot.delivery,
      get remainingSeconds() {
        readsSeconds.current = true;
        // The server snapshot (during hydration) must stay 0 to match the server's markup.
        return snapshot === IDLE || !key ? 0 : cooldowns.getSnapshot(key).remainingSeconds;
      },
    }),
    [snapshot, cooldowns, key],
  );
}
