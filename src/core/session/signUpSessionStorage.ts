import { cooldownKey } from '../cooldown/createCooldownStore.js';
import type { CooldownStorage } from '../cooldown/cooldownStorage.js';

/**
 * Cognito's longest AuthSessionValidity (15 minutes): a SignUp Session is never kept longer. A pool
 * set shorter refuses an older one, and the kit then confirms without it (see `useConfirmSignUp`).
 */
export const SIGN_UP_SESSION_MS = 15 * 60_000;

const PREFIX = 'cognito-confirm-kit:session:';

/** Like the cooldown's key: pool + client + a salted hash of the username, never the raw name. */
export function signUpSessionKey(userPoolId: string, clientId: string, username: string): string {
  return PREFIX + cooldownKey(userPoolId, clientId, username);
}

/**
 * Keeps SignUp's Session until `expiresAt`, so a reload or another tab of the same browser can still
 * sign the person in; entries of other sign-ups whose time is over go at the same time. Never
 * throws: a storage that refuses keeps nothing, and the person signs in as before.
 */
export function keepSignUpSession(storage: CooldownStorage, key: string, session: string, expiresAt: number): void {
  try {
    for (let index = storage.length ?? 0; index-- > 0; ) {
      const other = storage.key?.(index);
      if (other?.startsWith(PREFIX)) readSignUpSession(storage, other);
    }
    // The same Session kept before keeps its first deadline: a remount or a reload that passes it
    // again does not buy it another 15 minutes in storage.
    if (readSignUpSession(storage, key) === session) return;
    storage.setItem(key, JSON.stringify([session, expiresAt]));
  } catch {
    // Nothing kept.
  }
}

/** The live Session kept under `key`; an expired, missing, unreadable or over-long entry is removed and reads as none. */
export function readSignUpSession(storage: CooldownStorage, key: string, now = Date.now()): string | undefined {
  try {
    const [session, expiresAt] = JSON.parse(storage.getItem(key) as string) as [unknown, number];
    // A deadline further ahead than a Session can live was not written by this kit: not trusted.
    if (typeof session === 'string' && session && expiresAt > now && expiresAt <= now + SIGN_UP_SESSION_MS) return session;
  } catch {
    // Nothing there (null has no members) or not ours: dropped below.
  }
  dropSignUpSession(storage, key);
  return undefined;
}

/** Once used or refused, a Session is worthless: it leaves storage at once. */
export function dropSignUpSession(storage: CooldownStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // A storage that throws holds nothing this page can remove.
  }
}
