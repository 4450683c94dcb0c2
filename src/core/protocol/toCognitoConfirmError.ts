import { CognitoConfirmError } from './CognitoConfirmError.js';

/** What browsers and Node say when fetch itself fails (offline, DNS, CORS, connection refused). */
const FETCH_FAILURE_MESSAGES =
  /^(failed to fetch|fetch failed|load failed|networkerror when attempting to fetch resource\.?|network error|network request failed)$/i;

const KIT_CODES = new Set(['ValidationError', 'NetworkError', 'TimeoutError', 'AbortError', 'InvalidResponseError']);

/** `aws.cognito#LimitExceededException` → `LimitExceededException`; header form `Name:http://…` too. */
export function stripNamespace(type: string): string {
  return type.split('#').pop()!.split(':')[0]!.trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function stringField(value: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const found = value[key];
    if (typeof found === 'string' && found !== '') return found;
  }
  return undefined;
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
    const message = typeof error === 'string' && error !== '' ? error : 'Unknown error';
    return new CognitoConfirmError('UnknownError', message, { cause: error });
  }

  const name = stringField(error, 'name');
  const message = stringField(error, 'message', 'Message');

  if (name === 'AbortError') {
    return new CognitoConfirmError('AbortError', message ?? 'The request was aborted.', { cause: error });
  }
  if (name === 'TimeoutError') {
    return new CognitoConfirmError('TimeoutError', message ?? 'The request timed out.', { cause: error });
  }

  // Raw Cognito body (`__type`), identity-js / Amplify v5 errors (`code`), AWS SDK v3 and Amplify v6 (`name`).
  const rawType = stringField(error, '__type', 'code') ?? (name && name !== 'Error' && name !== 'TypeError' ? name : undefined);
  const metadata = isRecord(error['$metadata']) ? error['$metadata'] : undefined;
  const httpStatus =
    numberField(error, 'httpStatus') ??
    numberField(error, 'statusCode') ??
    (metadata ? numberField(metadata, 'httpStatusCode') : undefined) ??
    amplifyHttpStatus(error) ??
    fallbackStatus;
  const options = { cause: error, ...(httpStatus !== undefined ? { httpStatus } : {}) };

  if (rawType) {
    const code = stripNamespace(rawType);
    if (code.endsWith('Exception') || KIT_CODES.has(code)) {
      const field = stringField(error, 'field');
      return new CognitoConfirmError(code, message ?? code, field ? { ...options, field } : options);
    }
  }

  if (message && FETCH_FAILURE_MESSAGES.test(message)) {
    return new CognitoConfirmError('NetworkError', 'The network request failed. Check the connection and try again.', options);
  }

  return new CognitoConfirmError('UnknownError', message ?? 'Unknown error', options);
}

/** Amplify v6's `AuthError` keeps the status in `metadata.httpStatusCode` (no `$`). */
function amplifyHttpStatus(error: Record<string, unknown>): number | undefined {
  return isRecord(error['metadata']) ? numberField(error['metadata'], 'httpStatusCode') : undefined;
}
