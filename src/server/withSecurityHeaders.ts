import { SECURITY_HEADERS } from './refuse.js';

/**
 * The same response with the security headers set. A copy, because a Response returned by an app
 * hook may have immutable headers (one from `fetch`, `Response.error()`, `Response.redirect()`).
 */
export function withSecurityHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  // A status outside 200–599 (0 from Response.error()) cannot be constructed: answer 500 instead.
  const status = response.status >= 200 && response.status <= 599 ? response.status : 500;
  return new Response(response.body, { status, statusText: response.statusText, headers });
}
