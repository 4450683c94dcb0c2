import { copyHeaders } from './copyHeaders.js';
import { type ReplyBounds, readReplyBody } from './readReplyBody.js';

export type { ReplyBounds };

/** Statuses whose Response cannot have a body, even an empty one. */
const NULL_BODY = new Set([204, 205, 304]);
// RFC 9110's reason-phrase; the platform's Response refuses anything else.
const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]{0,512}$/;

/**
 * An app hook's answer as the platform's Response, or undefined when it is not a Response. The
 * platform's own is returned as it is. One from another fetch implementation (the undici package,
 * node-fetch 2 or 3, a Response class of another realm) is recognised by its shape, not by
 * `instanceof` (which only knows this realm's class), and rebuilt: status, status text, headers
 * (each Set-Cookie kept) and body, read within `bounds`. Every property is read once, so a getter
 * cannot answer one thing to the check and another to the copy; a getter that throws throws here.
 */
export async function toPlatformResponse(value: unknown, bounds: ReplyBounds): Promise<Response | undefined> {
  if (value instanceof Response) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const { status, statusText, headers, arrayBuffer } = value as Record<string, unknown>;
  if (typeof status !== 'number' || !Number.isInteger(status) || typeof arrayBuffer !== 'function') return undefined;
  if (typeof headers !== 'object' || headers === null) return undefined;
  const { forEach, get } = headers as Record<string, unknown>;
  if (typeof forEach !== 'function' || typeof get !== 'function') return undefined;

  const copied = copyHeaders(headers);
  const body = 'body' in value ? (value as { body: unknown }).body : undefined;
  const bytes = await readReplyBody(body, () => arrayBuffer.call(value) as Promise<unknown>, bounds);
  // As for the platform's own (see withSecurityHeaders): a status no Response can carry (0 from Response.error()) is a 500.
  const sendable = status >= 200 && status <= 599 ? status : 500;
  const empty = bytes === null || (bytes.byteLength === 0 && NULL_BODY.has(sendable));
  return new Response(empty ? null : (bytes as Uint8Array<ArrayBuffer>), {
    status: sendable,
    ...(typeof statusText === 'string' && REASON_PHRASE.test(statusText) ? { statusText } : {}),
    headers: copied,
  });
}
