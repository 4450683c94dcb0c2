/**
 * The claims of a JWT, read without verifying it: for keys, clocks and display only (a cooldown keyed
 * to the person, a token's lifetime, the username a session is stored under). Never trust it for auth.
 */
export function readTokenClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const claims: unknown = JSON.parse(atob(base64));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `sub` claim of a Cognito access token, read without verifying it: only used to key a
 * cooldown to the person rather than to a token that rotates every hour. Never trust it for auth.
 */
export function readTokenSubject(accessToken: string): string | undefined {
  const sub = readTokenClaims(accessToken)?.['sub'];
  return typeof sub === 'string' && sub !== '' ? sub : undefined;
}
