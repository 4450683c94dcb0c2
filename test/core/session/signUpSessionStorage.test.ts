import { describe, expect, it } from 'vitest';
import { createMemoryStorage, type CooldownStorage } from '../../../src/core/cooldown/cooldownStorage';
import {
  dropSignUpSession,
  keepSignUpSession,
  readSignUpSession as readEntry,
  SIGN_UP_SESSION_MS,
  signUpSessionKey,
} from '../../../src/core/session/signUpSessionStorage';

/** The Session of the live entry (readSignUpSession answers `[Session, expiresAt]`). */
const readSignUpSession = (storage: CooldownStorage, key: string, now?: number) => readEntry(storage, key, now)?.[0];

const POOL = 'eu-west-1_Abc123';
const CLIENT = 'client1';
const SESSION = 'AYABeOneTimeSignUpSession';

describe('signUpSessionStorage', () => {
  it('keys by pool, client and a salted hash of the username: no raw name, the same for another casing', () => {
    const key = signUpSessionKey(POOL, CLIENT, 'Jane@Example.com');
    expect(key.startsWith('cognito-confirm-kit:session:')).toBe(true);
    expect(key.toLowerCase()).not.toContain('jane');
    expect(key).toBe(signUpSessionKey(POOL, CLIENT, 'jane@example.com'));
    expect(key).not.toBe(signUpSessionKey(POOL, 'client2', 'jane@example.com'));
  });

  it('reads what was kept until it expires, then removes it', () => {
    const storage = createMemoryStorage();
    const key = signUpSessionKey(POOL, CLIENT, 'jane');
    keepSignUpSession(storage, [key], SESSION, 1_000 + SIGN_UP_SESSION_MS);
    expect(readSignUpSession(storage, key, 1_000)).toBe(SESSION);
    expect(readSignUpSession(storage, key, 1_000 + SIGN_UP_SESSION_MS - 1)).toBe(SESSION);
    expect(readSignUpSession(storage, key, 1_000 + SIGN_UP_SESSION_MS)).toBeUndefined();
    expect(storage.getItem(key)).toBeNull();
  });

  it('keeping the same Session again keeps its first deadline; a deadline past the longest life is not trusted', () => {
    const storage = createMemoryStorage();
    const key = signUpSessionKey(POOL, CLIENT, 'jane');
    const first = Date.now() + 60_000;
    keepSignUpSession(storage, [key], SESSION, first);
    keepSignUpSession(storage, [key], SESSION, Date.now() + SIGN_UP_SESSION_MS);
    expect(JSON.parse(storage.getItem(key)!)).toEqual([SESSION, first]);
    // Another Session (a new sign-up of the same name) replaces it.
    keepSignUpSession(storage, [key], 'AYABeAnotherSession', first + 1);
    expect(JSON.parse(storage.getItem(key)!)).toEqual(['AYABeAnotherSession', first + 1]);
    // Tampered storage: a deadline a day ahead reads as none and is removed.
    storage.setItem(key, JSON.stringify([SESSION, Date.now() + 86_400_000]));
    expect(readSignUpSession(storage, key)).toBeUndefined();
    expect(storage.getItem(key)).toBeNull();
  });

  it('drops a used Session at once', () => {
    const storage = createMemoryStorage();
    const key = signUpSessionKey(POOL, CLIENT, 'jane');
    keepSignUpSession(storage, [key], SESSION, Date.now() + 60_000);
    dropSignUpSession(storage, key);
    expect(readSignUpSession(storage, key)).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('kept under the typed name and the sub: found under either, dropped under both by using it under one', () => {
    const storage = createMemoryStorage();
    const byName = signUpSessionKey(POOL, CLIENT, 'jane@example.com');
    const bySub = signUpSessionKey(POOL, CLIENT, '7d3e2a10-1b2c-4d5e-8f90-0123456789ab');
    storage.setItem('cognito-confirm-kit:cooldown:x', '{}');
    keepSignUpSession(storage, [byName, bySub], SESSION, Date.now() + 60_000);
    expect(readSignUpSession(storage, byName)).toBe(SESSION);
    expect(readSignUpSession(storage, bySub)).toBe(SESSION);
    // Neither key nor value holds the address or the sub.
    const stored = [byName, bySub].map((key) => `${key}=${storage.getItem(key)}`).join('\n');
    expect(stored).not.toMatch(/jane|example|7d3e2a10/i);
    dropSignUpSession(storage, bySub);
    expect(storage.getItem(byName)).toBeNull();
    expect(storage.getItem(bySub)).toBeNull();
    expect(storage.getItem('cognito-confirm-kit:cooldown:x')).toBe('{}');
  });

  it('the sub added later shares the first deadline; another sign-up’s Session under a third key stays when one is dropped', () => {
    const storage = createMemoryStorage();
    const byName = signUpSessionKey(POOL, CLIENT, 'jane@example.com');
    const bySub = signUpSessionKey(POOL, CLIENT, 'sub-1');
    const other = signUpSessionKey(POOL, CLIENT, 'someone');
    const first = Date.now() + 60_000;
    keepSignUpSession(storage, [byName], SESSION, first);
    keepSignUpSession(storage, [other], 'AYABeOtherSession', first);
    keepSignUpSession(storage, [byName, bySub], SESSION, Date.now() + SIGN_UP_SESSION_MS);
    expect(JSON.parse(storage.getItem(bySub)!)).toEqual([SESSION, first]);
    dropSignUpSession(storage, byName);
    expect(storage.getItem(bySub)).toBeNull();
    expect(readSignUpSession(storage, other)).toBe('AYABeOtherSession');
  });

  it('a storage that cannot be listed still keeps under both keys and drops the one used', () => {
    const items = new Map<string, string>();
    const unlisted: CooldownStorage = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
    keepSignUpSession(unlisted, ['a', 'b'], SESSION, Date.now() + 60_000);
    expect(readSignUpSession(unlisted, 'b')).toBe(SESSION);
    dropSignUpSession(unlisted, 'b');
    expect(readSignUpSession(unlisted, 'b')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['an object', '{"session":"x","expiresAt":9e15}'],
    ['an empty Session', '["",9e15]'],
    ['a number Session', '[42,9e15]'],
    ['no expiry', '["x"]'],
    ['a NaN expiry', '["x",null]'],
  ])('reads %s as nothing and removes it', (_, value) => {
    const storage = createMemoryStorage();
    storage.setItem('k', value);
    expect(readSignUpSession(storage, 'k', 0)).toBeUndefined();
    expect(storage.getItem('k')).toBeNull();
  });

  it("removes other sign-ups' expired Sessions when keeping one, and leaves live ones and other keys", () => {
    const storage = createMemoryStorage();
    const now = Date.now();
    const old = signUpSessionKey(POOL, CLIENT, 'old');
    const live = signUpSessionKey(POOL, CLIENT, 'live');
    storage.setItem(old, JSON.stringify(['gone', now - 1]));
    storage.setItem(live, JSON.stringify(['kept', now + 60_000]));
    storage.setItem('cognito-confirm-kit:cooldown:x', '{}');
    keepSignUpSession(storage, [signUpSessionKey(POOL, CLIENT, 'jane')], SESSION, now + 60_000);
    expect(storage.getItem(old)).toBeNull();
    expect(storage.getItem(live)).not.toBeNull();
    expect(storage.getItem('cognito-confirm-kit:cooldown:x')).toBe('{}');
    expect(readSignUpSession(storage, signUpSessionKey(POOL, CLIENT, 'jane'))).toBe(SESSION);
  });

  it('never throws with a storage that refuses everything', () => {
    const refusing: CooldownStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
      get length(): number {
        throw new Error('denied');
      },
    };
    expect(() => keepSignUpSession(refusing, ['k'], SESSION, Date.now() + 1)).not.toThrow();
    expect(readSignUpSession(refusing, 'k')).toBeUndefined();
    expect(() => dropSignUpSession(refusing, 'k')).not.toThrow();
  });
});
