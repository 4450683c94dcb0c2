'use client';
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Runs `effect` when `value` changes after mount (not for the initial value). `layout` runs it in
 * the commit that shows the change, before anything can observe the new screen without it.
 */
export function useOnChange<T>(value: T, effect: () => void, layout = false): void {
  const previous = useRef(value);
  const effectRef = useRef(effect);
  effectRef.current = effect;
  (layout ? useLayoutEffect : useEffect)(() => {
    if (previous.current !== value) {
      previous.current = value;
      effectRef.current();
    }
  }, [value]);
}
