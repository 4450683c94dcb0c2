'use client';
import { useEffect, useState } from 'react';

/** What a confirmation link carried (see `useConfirmationLink`). */
export interface ConfirmationLink {
  /** False until the address was read (after mount, so server and client render the same first). */
  read: boolean;
  code: string | undefined;
  username: string | undefined;
}

// Cognito's own rules: anything else cannot be a code or a username it sent (this also keeps out
// white space and bidi controls an edited link could slip into the screen's text).
const MAX_CODE = 2048;
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

/**
 * Reads the code (`parameter`: true = `code`) and `username` of a confirmation link from the
 * address once, after mount, and takes both out of the address bar (`history.replaceState`; the
 * other parameters, exactly as written, the fragment and the entry's state are kept), so they stay
 * out of bookmarks, shared screenshots, the history and the Referer of what the page loads next.
 */
export function useConfirmationLink(parameter: boolean | string | undefined): ConfirmationLink {
  const [link, setLink] = useState<ConfirmationLink>({ read: !parameter, code: undefined, username: undefined });
  useEffect(() => {
    if (!parameter || typeof location === 'undefined') return;
    const name = parameter === true ? 'code' : parameter;
    const query = new URLSearchParams(location.search);
    const code = query.get(name);
    const username = query.get('username')?.trim();
    let cancelled = false;
    if (code !== null || username !== undefined) {
      // The link's own keys are written plainly (createCustomMessageHandler); every other pair stays as written.
      const kept = location.search
        .slice(1)
        .split('&')
        .filter((pair) => {
          const key = pair.split('=')[0];
          return pair && key !== name && key !== 'username';
        });
      // After the commit's other effects: a router that watches replaceState (Next.js's App Router)
      // starts watching in its own effect, which runs after this one, its child's.
      queueMicrotask(() => {
        if (cancelled) return;
        // Next.js's App Router skips a replaceState whose state carries its marker (__NA) and would
        // later write its own address, code included, back; without the marker it takes this one.
        const state: unknown = history.state;
        const { __NA: _, ...rest } = state && typeof state === 'object' ? (state as Record<string, unknown>) : { __NA: 0 };
        try {
          history.replaceState(
            state && typeof state === 'object' ? rest : state,
            '',
            `${location.pathname}${kept.length ? `?${kept.join('&')}` : ''}${location.hash}`,
          );
        } catch {
          // A sandboxed frame may refuse; the code is still used.
        }
      });
    }
    // A second run (React's StrictMode) reads the same address again: keep what the first read.
    setLink((previous) =>
      previous.read
        ? previous
        : {
            read: true,
            code: code && code.length <= MAX_CODE ? code : undefined,
            username: username && USERNAME.test(username) ? username : undefined,
          },
    );
    return () => {
      cancelled = true;
    };
  }, [parameter]);
  return link;
}
