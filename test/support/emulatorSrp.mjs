// The server side of Cognito's SRP sign-in (USER_SRP_AUTH → PASSWORD_VERIFIER) for the emulator.
// cognito-local keeps passwords in plain text, so the verifier is computed per challenge from the
// stored password instead of being stored. The group, k, the hashing and the HKDF ("Caldera
// Derived Key") are those of amazon-cognito-identity-js's AuthenticationHelper, the client this has
// to agree with: any difference shows up as a wrong signature.

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// RFC 5054's 3072-bit group, as AuthenticationHelper's initN.
const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const g = 2n;
const INFO = Buffer.from('Caldera Derived Key\u0001', 'utf8');

/** Java's BigInteger.toByteArray() in hex for n >= 0: even length, a 00 byte when the top bit is set. */
export function padHex(n) {
  let hex = n.toString(16);
  if (hex.length % 2 !== 0) hex = `0${hex}`;
  return /^[89a-f]/i.test(hex) ? `00${hex}` : hex;
}

const sha256 = (data) => createHash('sha256').update(data).digest();
const hexHash = (hex) => sha256(Buffer.from(hex, 'hex')).toString('hex');
const toBigInt = (hex) => BigInt(`0x${hex}`);

const k = toBigInt(hexHash(padHex(N) + padHex(g)));

function modPow(base, exponent, modulus) {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** SRP_A as the client sends it (hex, unpadded), or undefined when it is no usable public value. */
export function parseSrpA(value) {
  if (typeof value !== 'string' || !/^[0-9a-f]{1,1536}$/i.test(value)) return undefined;
  const A = toBigInt(value);
  return A % N === 0n ? undefined : A;
}

/**
 * The server's half of a PASSWORD_VERIFIER challenge for `userIdForSrp` whose password is `password`,
 * answering the client's public value `A`. `salt` and `srpB` go to the client; `key` (16 bytes) stays
 * on the server to check the claim signature with.
 */
export function startPasswordVerifier({ poolName, userIdForSrp, password, A }) {
  const salt = padHex(toBigInt(randomBytes(16).toString('hex')));
  const x = toBigInt(hexHash(salt + sha256(`${poolName}${userIdForSrp}:${password}`).toString('hex')));
  const v = modPow(g, x, N);
  for (;;) {
    const b = toBigInt(randomBytes(32).toString('hex'));
    const B = (k * v + modPow(g, b, N)) % N;
    const u = toBigInt(hexHash(padHex(A) + padHex(B)));
    // The client refuses B ≡ 0 and u = 0; a fresh b avoids both (astronomically unlikely anyway).
    if (B === 0n || u === 0n) continue;
    const S = modPow(A * modPow(v, u, N), b, N);
    const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
      .update(Buffer.from(padHex(S), 'hex'))
      .digest();
    const key = createHmac('sha256', prk).update(INFO).digest().subarray(0, 16);
    return { salt, srpB: B.toString(16), key };
  }
}

/** PASSWORD_CLAIM_SIGNATURE as a client holding the same key computes it (bytes; the client sends them base64). */
export function passwordClaimSignature({ key, poolName, userIdForSrp, secretBlock, timestamp }) {
  return createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(poolName, 'utf8'),
        Buffer.from(userIdForSrp, 'utf8'),
        Buffer.from(secretBlock, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]),
    )
    .digest();
}

/** Whether `given` (base64) is the signature the key makes; constant-time. */
export function claimSignatureMatches(expected, given) {
  if (typeof given !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(given)) return false;
  const received = Buffer.from(given, 'base64');
  return received.length === expected.length && timingSafeEqual(received, expected);
}
