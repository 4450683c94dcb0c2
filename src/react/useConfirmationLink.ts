'use client';
import { useEffect, useState } from 'react';

/** What a confirmation link carried (see `useConfirmationLink`). */
export interface ConfirmationLink {
  /** False until the address was read (after mount, so server and client render the same first). */
  read: boolean;
  code: string | undefined;
  username: string | undefined;
}

const UNREAD: ConfirmationLink = { read: false, code: undefined, username: undefined };
const NOTHING: ConfirmationLink = { read: true, code: undefined, username: undefined };
// Cognito's own limits: longer values cannot be a code or a username it sent.
const MAX_CODE = 2048;
const MAX_USERNAME = 128;

/**
 * Reads the code (`parameter`: true = `code`) and `username` of a confirmation link from the
 * address once, after mount, and takes both out of the address bar (`history.replaceState`, the
 * rest of the address and the history entry's state kept), so they stay out of bookmarks, shared
 * screenshots, the history a reload replays and the Referer of what the page loads next.
 */
export function useConfirmationLink(parameter: boolean | string | undefined): ConfirmationLink {
  const [link, setLink] = useState<ConfirmationLink>(parameter ? UNREAD : NOTHING);
  useEffect(() => {
    if (!parameter || typeof location === 'undefined') return;
    const url = new URL(location.href);
    const name = parameter === true ? 'code' : parameter;
    const code = url.searchParams.get(name);
    const username = url.searchParams.get('username')?.trim();
    // A second run (React's StrictMode) finds the address already cleaned: keep what the first read.
    if (code === null && username === undefined) {
      setLink((previous) => (previous.read ? previous : NOTHING));
      return;
    }
    url.searchParams.delete(name);
    url.searchParams.delete('username');
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // A sandboxed frame may refuse; the code is still used.
    }
    setLink({
      read: true,
      code: code && code.length <= MAX_CODE ? code : undefined,
      username: username && username.length <= MAX_USERNAME ? username : undefined,
    });
  }, [parameter]);
  return link;
}
