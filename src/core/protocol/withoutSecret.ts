import { CognitoConfirmError } from './CognitoConfirmError.js';

/**
 * Whether `text` appears anywhere in `value`, as JSON would carry it (keys, nested values, and an
 * Error's message and stack, which JSON.stringify alone leaves out). What cannot be serialised (a
 * cycle, a getter that throws) counts as a mention, so the caller drops it rather than keep what it
 * could not search.
 */
export function mentions(value: unknown, text: string): boolean {
  try {
    const json = JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Error ? [inner.message, inner.stack] : inner)) ?? '';
    // The text as JSON escapes it (a `"` or `\` in a password), since it is searched in JSON.
    return json.includes(JSON.stringify(text).slice(1, -1));
  } catch {
    return true;
  }
}

/**
 * The error without `secret` (a password the request carried): a server, a proxy or an SDK that
 * echoes the request can put it in the message, the field or the `cause`. The message gets `***` in
 * its place, a field or `cause` mentioning it is dropped; code, status, retryable… are kept.
 */
export function withoutSecret(error: CognitoConfirmError, secret: string): CognitoConfirmError {
  const { message, field, cause } = error;
  const inCause = mentions(cause, secret);
  if (!message.includes(secret) && !field?.includes(secret) && !inCause) return error;
  return new CognitoConfirmError(error.code, message.split(secret).join('***'), {
    ...error,
    field: field?.includes(secret) ? undefined : field,
    cause: inCause ? undefined : cause,
  });
}
