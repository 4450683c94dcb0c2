/**
 * Sent on every answer of the handler: the body is always JSON meant for a script, never for
 * a browser to sniff as HTML, and never for a cache (it can carry a delivery destination).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

// Messages and field names can quote what the caller sent (an unknown key, say): bounded so a
// refusal never echoes a large input back.
const MAX_MESSAGE_CHARS = 200;
const MAX_FIELD_CHARS = 64;

export function jsonHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'Content-Type': 'application/json', ...SECURITY_HEADERS, ...extra };
}

/** Refusals use Cognito's error shape so the backend transport maps them like Cognito's own. */
export function refuse(status: number, type: string, message: string, field?: string, headers: Record<string, string> = {}): Response {
  const body = {
    __type: type,
    message: truncate(message, MAX_MESSAGE_CHARS),
    ...(field ? { field: truncate(field, MAX_FIELD_CHARS) } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers: jsonHeaders(headers) });
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
