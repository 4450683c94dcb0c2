import { isRecord } from '../shared/isRecord.js';
import { stringField } from './stringField.js';
import { COGNITO_EXCEPTION_NAMES, CognitoConfirmError, type CognitoConfirmErrorOptions, KIT_ERROR_CODES } from './CognitoConfirmError.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

/** What browsers and Node say when fetch itself fails (offline, DNS, CORS, connection refused). */
const FETCH_FAILURE_MESSAGES =
  /^(failed to fetch|fetch failed|load failed|networkerror when attempting to fetch resource\.?|network error|network request failed)$/i;

const CANONICAL: ReadonlyMap<string, string> = new Map(
  [...COGNITO_EXCEPTION_NAMES, ...KIT_ERROR_CODES].map((name) => [name.toLowerCase(), name] as const),
);

/**
 * An error type as Cognito (or a proxy) spells it → the exception name, as the AWS SDKs read it:
 * `Name,extra` → `Name`; header form `Name:http://internal.amazon.com/coral/…` → `Name`;
 * `aws.cognito#Name` → `Name`; then any casing of a known name → its canonical spelling.
 * Returns `''` when nothing is left (`#`, blanks): callers fall back to a kit code, never `""`.
 */
export function sanitizeErrorCode(type: string): string {
  // What is before `,` and `:`, then what follows the first `#` when there is one.
  const [beforeHash, afterHash = beforeHash] = type.split(',')[0]!.split(':')[0]!.split('#') as [string, string?];
  const clean = afterHash.trim();
  return CANONICAL.get(clean.toLowerCase()) ?? clean;
}

/** Only names that look like an exception or a kit code: `code: "ECONNRESET"` is not Cognito's. */
function isErrorName(code: string): boolean {
  return CANONICAL.has(code.toLowerCase()) || /exception$/i.test(code);
}

function numberField(value: Record<string, unknown>, key: string): number | undefined {
  const found = value[key];
  return typeof found === 'number' ? found : undefined;
}

/**
 * Turns whatever a transport, the AWS SDK, amazon-cognito-identity-js, Amplify or fetch threw
 * (or a raw Cognito error body) into one `CognitoConfirmError` whose `code` can be switched on.
 */
export function toCognitoConfirmError(error: unknown, fallbackStatus?: number): CognitoConfirmError {
  if (error instanceof CognitoConfirmError) return error;

  if (!isRecord(error)) {
    return new CognitoConfirmError('UnknownError', typeof error === 'string' && error !== '' ? error : 'Unknown error', { cause: error });
  }

  const name = stringField(error, 'name');
  const message = stringField(error, 'message', 'Message');

  if (name === 'AbortError' || name === 'TimeoutError') {
    const fallback =
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? name
        : name === 'AbortError'
          ? 'The request was aborted.'
          : 'The request timed out.';
    return new CognitoConfirmError(name, message ?? fallback, { cause: error });
  }

  const httpStatus =
    numberField(error, 'httpStatus') ??
    numberField(error, 'statusCode') ??
    metadataStatus(error['$metadata']) ??
    metadataStatus(error['metadata']) ??
    fallbackStatus;
  // Options left undefined are left off by the constructor.
  const options = { cause: error, httpStatus };

  // A raw Cognito body names its error in `__type`: any non-empty name is the code. identity-js /
  // Amplify v5 errors (`code`) and AWS SDK v3 / Amplify v6 (`name`) only when it is an exception name.
  const bodyType = stringField(error, '__type');
  const otherType = stringField(error, 'code') ?? (name && name !== 'Error' && name !== 'TypeError' ? name : undefined);
  const fromBody = bodyType ? sanitizeErrorCode(bodyType) : '';
  const fromOther = otherType ? sanitizeErrorCode(otherType) : '';
  const code = fromBody || (fromOther && isErrorName(fromOther) ? fromOther : '');
  if (code) return new CognitoConfirmError(code, message ?? code, { ...options, field: stringField(error, 'field') });

  if (message && FETCH_FAILURE_MESSAGES.test(message)) return networkError(options);

  return new CognitoConfirmError('UnknownError', message ?? 'Unknown error', options);
}

/** AWS SDK v3 errors keep the status in `$metadata.httpStatusCode`, Amplify v6's `AuthError` in `metadata` (no `$`). */
function metadataStatus(metadata: unknown): number | undefined {
  return isRecord(metadata) ? numberField(metadata, 'httpStatusCode') : undefined;
}

/** fetch rejected without an HTTP answer (offline, DNS, CORS). The explanation only in development builds. */
export function networkError(options: CognitoConfirmErrorOptions): CognitoConfirmError {
  return new CognitoConfirmError(
    'NetworkError',
    (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
      ? 'NetworkError'
      : 'The network request failed. Check the connection and try again.',
    options,
  );
}
