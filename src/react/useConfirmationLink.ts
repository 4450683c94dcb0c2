'use client';
import { useEffect, useState } from 'react';

/** What a confirmation link carried (see `useConfirmationLink`). */
export interface ConfirmationLink {
  /** False until the address was read (after mount, so server and client render the same first). */
  read: boolean;
  code: string | undefined;
  username: string | undefined;
}

export interface ConfirmationLinkOptions {
  /**
   * Take `username` out of the address as well. Default false: only the code is secret, and the
   * name left in the address is what lets a reload (or a bookmark) come back to the same step.
   */
  removeUsername?: boolean | undefined;
}

// Cognito's own rules: anything else cannot be a code or a username it sent (this also keeps out
// white space and bidi controls an edited link could slip into the screen's text).
const MAX_CODE = 2048;
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

/**
 * Reads the code (`parameter`: true = `code`) and `username` of a confirmation link from the
 * address after mount, or when `parameter` turns on later (a router that is ready only then), and
 * takes the code out of the address bar (`history.replaceState`: every pair whose decoded key is the
 * code's, so `co%64e=` too; the other pairs exactly as written, the fragment and the entry's state
 * are kept), so it stays out of bookmarks, shared screenshots, the history and the Referer of what
 * the page loads next. The username stays unless `removeUsername`. An address it did not read is
 * never touched.
 */
export function useConfirmationLink(parameter: boolean | string | undefined, options?: ConfirmationLinkOptions): ConfirmationLink {
  const name = parameter === true ? 'code' : parameter || undefined;
  const removeUsername = !!options?.removeUsername;
  // `from` is the parameter the link was read for: turned on (or renamed) later, it is read again.
  const [link, setLink] = useState<{ from?: string | undefined; code?: string | undefined; username?: string | undefined }>({});
  useEffect(() => {
    // Effects run in a browser only: `location` is there.
    if (!name) return;
    const query = new URLSearchParams(location.search);
    const code = query.get(name);
    const username = query.get('username')?.trim();
    let cancelled = false;
    // After the commit's other effects: a router that watches replaceState (Next.js's App Router)
    // starts watching in its own effect, which runs after this one, its child's.
    queueMicrotask(() => {
      if (cancelled) return;
      // The address as it is now (a router may have moved on): only the pairs whose decoded key was
      // read here leave it; the rest stays exactly as written.
      const search = location.search.slice(1);
      const kept = search
        .split('&')
        .filter((pair) => {
          const one = new URLSearchParams(pair);
          return !one.has(name) && !(removeUsername && one.has('username'));
        })
        .join('&');
      if (kept === search) return;
      // Next.js's App Router skips a replaceState whose state carries its marker (__NA) and would
      // later write its own address, code included, back; without the marker it takes this one.
      const state: unknown = history.state;
      const { __NA: _, ...rest } = state && typeof state === 'object' ? (state as Record<string, unknown>) : { __NA: 0 };
      try {
        history.replaceState(
          state && typeof state === 'object' ? rest : state,
          '',
          `${location.pathname}${kept && `?${kept}`}${location.hash}`,
        );
      } catch {
        // A sandboxed frame may refuse; the code is still used.
      }
    });
    // A second run (React's StrictMode) reads the address again, cleaned or not: keep what the first read.
    setLink((previous) =>
      previous.from === name
        ? previous
        : {
            from: name,
            code: code && code.length <= MAX_CODE ? code : undefined,
            username: username && USERNAME.test(username) ? username : undefined,
          },
    );
    return () => {
      cancelled = true;
    };
  }, [name, removeUsername]);
  // Off: nothing to wait for. On: read once the effect has read the address for this parameter.
  const current = name && link.from === name ? link : undefined;
  return { read: !name || !!current, code: current?.code, username: current?.username };
}
