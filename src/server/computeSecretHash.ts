export interface SecretHashInput {
  username: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Cognito's SecretHash: Base64(HMAC-SHA256(key = client secret, message = username + client id)).
 * Web Crypto only, so it runs in Node 20+, Deno, Bun and edge runtimes alike.
 */
export async function computeSecretHash({ username, clientId, clientSecret }: SecretHashInput): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(clientSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(username + clientId)));
  let binary = '';
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary);
}
