import { checkTimeoutOption } from '../checkNumberOption.js';
import type { Transport } from './Transport.js';
import { DEFAULT_TIMEOUT_MS } from './createFetchTransport.js';
import { readCognitoResponse } from './readCognitoResponse.js';
import { sendWithTimeout } from './sendWithTimeout.js';

export interface BackendTransportOptions {
  /** The app's own endpoint running `createConfirmationHandler` from `cognito-confirm-kit/server`. */
  url: string;
  /** E.g. a CSRF token. A function is called per request so tokens can rotate. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** `same-origin` by default so the app's session cookie reaches its own server. */
  credentials?: RequestCredentials;
  /** 1 ms to 2^31 - 1 ms, default 15 000 ms. Checked at creation. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Sends each call to the app's server, which adds the SecretHash (the client secret never
 * reaches the browser) and forwards to Cognito. Answers keep Cognito's shape, so errors map the same.
 */
export function createBackendTransport(options: BackendTransportOptions): Transport {
  const timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkTimeoutOption('timeoutMs', options.timeoutMs);
  return {
    send(operation, params, { signal } = {}) {
      return sendWithTimeout(
        async (combinedSignal) => {
          const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
          const doFetch = options.fetch ?? globalThis.fetch;
          const response = await doFetch(options.url, {
            method: 'POST',
            headers: { ...extra, 'Content-Type': 'application/json' },
            body: JSON.stringify({ operation, params }),
            credentials: options.credentials ?? 'same-origin',
            cache: 'no-store',
            signal: combinedSignal,
          });
          return (await readCognitoResponse(response)) as never;
        },
        { signal, timeoutMs },
      );
    },
  };
}
