/**
 * The `client_id` claim of a Cognito access token, unverified: Cognito checks the signature when
 * the call is forwarded; this only keeps the handler from relaying other app clients' tokens.
 */
export function readTokenClientId(token: unknown): string | undefined {
  if (typeof token !== 'string') return undefined;
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const payload = parts[1] ?? '';
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return undefined;
    const claim = (claims as { client_id?: unknown }).client_id;
    return typeof claim === 'string' ? claim : undefined;
  } catch {
    return undefined;
  }
}
