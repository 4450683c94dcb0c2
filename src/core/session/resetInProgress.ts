/**
 * How long a reset in progress is remembered: the code's lifetime (Cognito's reset codes last one hour).
 */
export const RESET_IN_PROGRESS_MS = 60 * 60_000;

const PREFIX = 'cognito-confirm-kit:reset:';

/** This tab's store: sessionStorage, or none (server, a sandbox that refuses it). */
function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The name a password reset in this tab sent a code for, so a reload returns to the code step. Only
 * the name, in this tab's sessionStorage, until `expiresAt`; nothing typed on the code step. Never
 * throws: a storage that refuses keeps nothing, and a reload asks for the name again.
 */
export function keepResetInProgress(scope: string, username: string, expiresAt: number): void {
  try {
    tabStorage()?.setItem(PREFIX + scope, JSON.stringify([username, expiresAt]));
  } catch {
    // Nothing kept.
  }
}

/** The name kept for `scope` while its time runs; an expired or unreadable entry is removed and reads as none. */
export function readResetInProgress(scope: string, now = Date.now()): string | undefined {
  try {
    const [username, expiresAt] = JSON.parse(tabStorage()?.getItem(PREFIX + scope) as string) as [string, number];
    if (typeof username === 'string' && username && expiresAt > now && expiresAt <= now + RESET_IN_PROGRESS_MS) return username;
  } catch {
    // Nothing there, or not ours.
  }
  dropResetInProgress(scope);
  return undefined;
}

/** Done, or another name: the entry goes. */
export function dropResetInProgress(scope: string): void {
  try {
    tabStorage()?.removeItem(PREFIX + scope);
  } catch {
    // Nothing to do.
  }
}
