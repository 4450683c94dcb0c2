'use client';
import { useEffect, useRef } from 'react';

/** Runs `effect` when `value` changes after mount (not for the initial value). */
export function useOnChange<T>(value: T, effect: () => void): void {
  const previous = useRef(value);
  const effectRef = useRef(effect);
  effectRef.current = effect;
  useEffect(() => {
    if (previous.current !== value) {
      previous.current = value;
      effectRef.current();
    }
  }, [value]);
}
