import { CognitoConfirmError } from './CognitoConfirmError.js';
import { isRecord } from '../shared/isRecord.js';

/** Deep enough for any error or answer the transports produce; a cycle or a deeper value counts as a mention. */
const MAX_DEPTH = 8;

/**
 * Whether `text` appears in a string anywhere inside `value`: own enumerable members, and an Error's
 * message and stack (which JSON.stringify leaves out). A value too deep or cyclic counts as a mention,
 * so the caller drops it rather than keeping what it could not search.
 */
export function mentions(value: unknown, text: string, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(text);
  if (!isRecord(value)) return false;
  if (depth > MAX_DEPTH) return true;
  if (value instanceof Error && (mentions(value.message, text) || mentions(value.stack, text))) return true;
  try {
    for (const key of Object.keys(value)) if (key.includes(text) || mentions(value[key], text, depth + 1)) return true;
  } catch {
    return true;
  }
  return false;
}

/**
 * The error without `secret` (a password the request carried): a server, a proxy or an SDK that
 * echoes the request can put it in the message or the `cause`. The message gets `***` in its place
 * and a `cause` mentioning it is dropped; everything else (code, status, retryable…) is kept.
 */
export function withoutSecret(error: CognitoConfirmError, secret: string): CognitoConfirmError {
  const inMessage = error.message.includes(secret);
  const inCause = mentions(error.cause, secret);
  if (!inMessage && !inCause && !error.field?.includes(secret)) return error;
  return new CognitoConfirmError(error.code, inMessage ? error.message.split(secret).join('***') : error.message, {
    retryable: error.retryable,
    httpStatus: error.httpStatus,
    field: error.field?.includes(secret) ? undefined : error.field,
    rule: error.rule,
    retryAfterMs: error.retryAfterMs,
    cause: inCause ? undefined : error.cause,
  });
}
