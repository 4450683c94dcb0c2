'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { CooldownSnapshot } from '../core/createCooldownStore';
import { useCognitoConfirm } from './useCognitoConfirm';

const IDLE: CooldownSnapshot = Object.freeze({ remainingSeconds: 0, endsAt: null, attempt: 0, isCoolingDown: false });
const noop = () => {};
const idleSnapshot = () => IDLE;

/**
 * The cooldown for `key` (see `cooldownKey`), re-rendering once per displayed second while it
 * runs and never when idle. The server renders it idle; the client catches up on hydration.
 */
export function useCooldown(key: string | undefined): CooldownSnapshot {
  const { cooldowns } = useCognitoConfirm();
  const subscribe = useCallback((onChange: () => void) => (key ? cooldowns.subscribe(key, onChange) : noop), [cooldowns, key]);
  const getSnapshot = useCallback(() => (key ? cooldowns.getSnapshot(key) : IDLE), [cooldowns, key]);
  return useSyncExternalStore(subscribe, getSnapshot, idleSnapshot);
}
