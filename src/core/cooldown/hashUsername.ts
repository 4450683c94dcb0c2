/**
 * A short, stable, non-reversible-at-a-glance tag for a username, so storage keys carry no email
 * or phone number. Not a security boundary (53-bit, unsalted): it only keeps PII out of plain
 * sight in localStorage. Case-folded because Cognito usernames and aliases are case-insensitive
 * by default, and sharing a cooldown between "Jane@x.com" and "jane@x.com" is the safe side.
 */
export function hashUsername(username: string): string {
  const text = username.trim().toLowerCase();
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
