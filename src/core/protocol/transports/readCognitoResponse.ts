import { CognitoConfirmError } from '../CognitoConfirmError.js';
import { stripNamespace, toCognitoConfirmError } from '../toCognitoConfirmError.js';

/**
 * Reads a response in Cognito's JSON protocol: the parsed object on 2xx, a mapped
 * `CognitoConfirmError` otherwise. Used by every fetch-based transport so they agree on errors.
 */
export async function readCognitoResponse(response: Response): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw toCognitoConfirmError(cause, response.status);
  }

  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch (cause) {
    throw new CognitoConfirmError('InvalidResponseError', `Expected JSON from Cognito, got ${describeBody(response, text)}.`, {
      httpStatus: response.status,
      cause,
    });
  }

  if (response.ok) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new CognitoConfirmError('InvalidResponseError', 'Expected a JSON object from Cognito.', {
        httpStatus: response.status,
        cause: body,
      });
    }
    return body as Record<string, unknown>;
  }

  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const type = typeof record['__type'] === 'string' ? record['__type'] : response.headers.get('x-amzn-errortype');
  if (type) {
    const code = stripNamespace(type);
    const message = stringOf(record['message']) ?? stringOf(record['Message']) ?? code;
    const field = stringOf(record['field']);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    throw new CognitoConfirmError(code, message, {
      httpStatus: response.status,
      cause: body,
      ...(field ? { field } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  throw new CognitoConfirmError('InvalidResponseError', `Cognito answered HTTP ${response.status} without an error type.`, {
    httpStatus: response.status,
    cause: body,
  });
}

function describeBody(response: Response, text: string): string {
  const type = response.headers.get('content-type') ?? 'no content type';
  return `HTTP ${response.status} ${type} (${text.length} bytes)`;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Retry-After is seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
