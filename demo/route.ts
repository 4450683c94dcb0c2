import { useCallback, useEffect, useState } from 'react';

/**
 * The demo's whole "router": the state that must survive a reload or open in a second tab lives in
 * the query string (`?confirm=alice`, `?tab=reverify`).
 */
export function useRoute(): [URLSearchParams, (params: Record<string, string>, options?: { replace?: boolean }) => void] {
  const [search, setSearch] = useState(() => location.search);
  useEffect(() => {
    const onPop = () => setSearch(location.search);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((params: Record<string, string>, options: { replace?: boolean } = {}) => {
    const query = new URLSearchParams(params).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setSearch(location.search);
  }, []);
  return [new URLSearchParams(search), navigate];
}

const PREFIX = 'cognito-confirm-kit-demo:';

/** sessionStorage that never throws (private modes, disabled storage). */
export const tabStorage = {
  get<T>(key: string): T | undefined {
    try {
      const raw = sessionStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as T) : undefined;
    } catch {
      return undefined;
    }
  },
  set(key: string, value: unknown): void {
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // not persisted
    }
  },
  remove(key: string): void {
    try {
      sessionStorage.removeItem(PREFIX + key);
    } catch {
      // nothing to remove
    }
  },
};
