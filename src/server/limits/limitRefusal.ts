/**
 * Refusals in Cognito's error shape (`{ __type, message }`), so the kit's transports map them like
 * Cognito's own: LimitExceededException with Retry-After starts the resend button's countdown at
 * exactly that many seconds.
 */
export function limitRefusal(retryAfterMs: number, message: string): Response {
  return cognitoShaped(429, 'LimitExceededException', message, { 'Retry-After': String(retryAfterSeconds(retryAfterMs)) });
}

/** The quota store is down and fails closed: a server-side problem (5xx), still with a countdown. */
export function unavailableRefusal(retryAfterMs: number): Response {
  return cognitoShaped(503, 'TooManyRequestsException', 'Sending and checking codes is paused for a moment. Try again shortly.', {
    'Retry-After': String(retryAfterSeconds(retryAfterMs)),
  });
}

export function humanCheckRefusal(message: string): Response {
  return cognitoShaped(403, 'ForbiddenException', message);
}

/** Whole seconds, rounded up (waiting less than asked would be refused again), at least 1. */
export function retryAfterSeconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 1;
}

function cognitoShaped(status: number, type: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ __type: type, message }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  });
}
