import { CognitoConfirmError, type CognitoConfirmErrorOptions } from '../CognitoConfirmError.js';
import { sanitizeErrorCode, toCognitoConfirmError } from '../toCognitoConfirmError.js';
import { stringField } from '../stringField.js';
import { isRecord } from '../../shared/isRecord.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

/**
 * Cognito's answers are a few hundred bytes; 1 MiB leaves room for any proxy page while a
 * misbehaving endpoint (64 MB, or a stream that never ends) cannot fill the page's memory.
 */
export const MAX_RESPONSE_BYTES = 1_048_576;

/**
 * Reads a response in Cognito's JSON protocol: the parsed object on 2xx, a mapped
 * `CognitoConfirmError` otherwise. Used by every fetch-based transport so they agree on errors.
 */
export async function readCognitoResponse(response: Response, maxBytes = MAX_RESPONSE_BYTES): Promise<Record<string, unknown>> {
  const text = await readBoundedText(response, maxBytes);

  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch (cause) {
    throw invalidResponse(
      response,
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'JSON'
        : `Expected JSON from Cognito, got ${describeBody(response, text)}.`,
      cause,
    );
  }

  if (response.ok) {
    if (!isRecord(body) || Array.isArray(body)) {
      throw invalidResponse(
        response,
        (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
          ? 'object'
          : 'Expected a JSON object from Cognito.',
        body,
      );
    }
    return body;
  }

  const record = isRecord(body) ? body : {};
  const code = errorCodeOf(response, record);
  if (!code) {
    throw invalidResponse(
      response,
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'type'
        : `Cognito answered HTTP ${response.status} without an error type.`,
      body,
    );
  }
  // Undefined options are left off by the constructor.
  throw new CognitoConfirmError(code, stringField(record, 'message', 'Message') ?? code, {
    httpStatus: response.status,
    cause: body,
    field: stringField(record, 'field'),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  } as CognitoConfirmErrorOptions);
}

function invalidResponse(response: Response, message: string, cause?: unknown): CognitoConfirmError {
  return new CognitoConfirmError('InvalidResponseError', message, { httpStatus: response.status, cause });
}

/** Where the AWS SDKs look, in their order: the header, then `code`, then `__type`; `""` when none names one. */
function errorCodeOf(response: Response, record: Record<string, unknown>): string {
  for (const raw of [response.headers.get('x-amzn-errortype'), record['code'], record['__type']]) {
    const code = typeof raw === 'string' ? sanitizeErrorCode(raw) : '';
    if (code) return code;
  }
  return '';
}

/** The body as text, refusing it (and cancelling the download) once it passes `maxBytes`. */
async function readBoundedText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    invalidResponse(
      response,
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'size'
        : `Cognito's answer is larger than ${maxBytes} bytes.`,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const body = response.body;
  if (declared > maxBytes) {
    void body?.cancel().catch(() => {});
    throw tooLarge();
  }
  try {
    // A fetch without streams (some polyfills) has already buffered the body: only check its size.
    if (!body) {
      const text = await response.text();
      if (text.length > maxBytes) throw tooLarge();
      return text;
    }
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let size = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (cause) {
    if (cause instanceof CognitoConfirmError) throw cause;
    throw toCognitoConfirmError(cause, response.status);
  }
}

function describeBody(response: Response, text: string): string {
  const type = response.headers.get('content-type') ?? 'no content type';
  return `HTTP ${response.status} ${type} (${text.length} bytes)`;
}

/** Retry-After is seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
