/**
 * A short, stable, non-reversible-at-a-glance tag for a username, so storage keys carry no email
 * or phone number. `salt` (cooldownKey passes the pool and client) makes the tag of a common
 * username differ per app, so a table of hashed common names matches nothing. Still not a secret:
 * pool and client IDs are public, so someone who targets one app can hash guesses for it; the
 * point is keeping PII out of plain sight in localStorage. Case-folded because Cognito usernames
 * and aliases are case-insensitive by default, and sharing a cooldown between "Jane@x.com" and
 * "jane@x.com" is the safe side.
 */
export function hashUsername(username: string, salt = ''): string {
  const name = username.trim().toLowerCase();
  // The separator cannot occur in pool or client IDs, so no salt + name pair reads as another.
  const text = salt === '' ? name : `${salt}\u0000${name}`;
  // cyrb53 (public domain): fast, well-distributed, synchronous (Web Crypto digests are async).
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
