'use client';
import { useSyncExternalStore } from 'react';

// Through `window`, not the bare globals: some hosts (a jsdom window put on globalThis) have a
// `window` but no global addEventListener.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * `navigator.onLine`, live. Only `false` is trusted (true can mean "on a LAN without internet");
 * the server and the first hydration render assume online, so markup matches.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine !== false,
    () => true,
  );
}
