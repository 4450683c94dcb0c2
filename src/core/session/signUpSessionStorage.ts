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

/** Every key this kit keeps a Session under (none when the storage cannot be listed). */
const sessionKeys = (storage: CooldownStorage) =>
  Array.from({ length: storage.length ?? 0 }, (_, index) => storage.key?.(index)).filter((key) => key?.startsWith(PREFIX)) as string[];

/**
 * Keeps SignUp's Session until `expiresAt` under each key (the typed name's and the `sub`'s: a link
 * on a pool that signs in with an email address carries the sub), so a reload, another tab or the
 * link in the same browser can still sign the person in; entries of other sign-ups whose time is
 * over go at the same time. Never throws: a storage that refuses keeps nothing, and the person
 * signs in as before.
 */
export function keepSignUpSession(storage: CooldownStorage, keys: string[], session: string, expiresAt: number): void {
  try {
    for (const other of sessionKeys(storage)) readSignUpSession(storage, other);
    // The same Session kept before keeps its first deadline: a remount or a reload that passes it
    // again does not buy it another 15 minutes in storage. Every key holds the same entry, which is
    // how dropping it under one key finds it under the others.
    const value = JSON.stringify(
      keys.map((key) => readSignUpSession(storage, key)).find((entry) => entry?.[0] === session) ?? [session, expiresAt],
    );
    for (const key of keys) storage.setItem(key, value);
  } catch {
    // Nothing kept.
  }
}

/**
 * The live entry kept under `key`: `[Session, expiresAt]`. An expired, missing, unreadable or
 * over-long one is removed and reads as none.
 */
export function readSignUpSession(storage: CooldownStorage, key: string, now = Date.now()): [string, number] | undefined {
  try {
    const entry = JSON.parse(storage.getItem(key) as string) as [string, number];
    // A deadline further ahead than a Session can live was not written by this kit: not trusted.
    if (typeof entry[0] === 'string' && entry[0] && entry[1] > now && entry[1] <= now + SIGN_UP_SESSION_MS) return entry;
  } catch {
    // Nothing there (null has no members) or not ours: dropped below.
  }
  dropSignUpSession(storage, key);
  return undefined;
}

/** Once used or refused, a Session is worthless: it leaves storage at once, under every key it was kept under. */
export function dropSignUpSession(storage: CooldownStorage, key: string): void {
  try {
    const value = storage.getItem(key);
    for (const other of sessionKeys(storage)) if (storage.getItem(other) === value) storage.removeItem(other);
    storage.removeItem(key);
  } catch {
    // A storage that throws holds nothing this page can remove.
  }
}
