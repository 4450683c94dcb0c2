import { CognitoConfirmError } from '../CognitoConfirmError.js';
import { networkError, toCognitoConfirmError } from '../toCognitoConfirmError.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

/**
 * Runs `run` with a signal that fires on the caller's abort or after `timeoutMs`, and tells the two
 * apart: the caller's abort is an `AbortError` (not retryable), our deadline a `TimeoutError`.
 * Anything else `run` throws that is not already mapped is a network failure: fetch rejects only
 * when no HTTP answer arrived.
 */
export async function sendWithTimeout<T>(
  run: (signal: AbortSignal) => Promise<T>,
  { signal, timeoutMs }: { signal?: AbortSignal | undefined; timeoutMs?: number | undefined },
): Promise<T> {
  if (signal?.aborted) throw abortError(signal.reason);

  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;

  // `run` may ignore the signal (amazon-cognito-identity-js cannot take one), so race it too.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  aborted.catch(() => {});

  try {
    return await Promise.race([run(controller.signal), aborted]);
  } catch (cause) {
    if (timedOut) {
      throw new CognitoConfirmError(
        'TimeoutError',
        (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
          ? 'TimeoutError'
          : `No answer from Cognito within ${timeoutMs} ms.`,
        {
          cause,
        },
      );
    }
    if (signal?.aborted) throw abortError(signal.reason ?? cause);
    if (cause instanceof CognitoConfirmError) throw cause;
    const mapped = toCognitoConfirmError(cause);
    if (mapped.code !== 'UnknownError') throw mapped;
    throw networkError({ cause });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function abortError(cause: unknown): CognitoConfirmError {
  return new CognitoConfirmError(
    'AbortError',
    (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production' ? 'AbortError' : 'The request was aborted.',
    { cause },
  );
}
