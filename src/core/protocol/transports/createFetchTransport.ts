import { checkTimeoutOption } from '../checkNumberOption.js';
import { CognitoConfirmError } from '../CognitoConfirmError.js';
import type { Transport } from './Transport.js';
import { readCognitoResponse } from './readCognitoResponse.js';
import { sendWithTimeout } from './sendWithTimeout.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

export type FetchTransportOptions = ({ region: string; endpoint?: undefined } | { endpoint: string; region?: undefined }) & {
  /** Abort and report `TimeoutError` after this long: 1 ms to 2^31 - 1 ms, default 15 000 ms. Checked at creation. */
  timeoutMs?: number | undefined;
  /** For tests, polyfills or instrumentation; defaults to the global `fetch` at call time. */
  fetch?: typeof fetch | undefined;
};

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Talks Cognito's JSON protocol directly with `fetch`: no SDK, no dependencies. */
export function createFetchTransport(options: FetchTransportOptions): Transport {
  const endpoint = options.endpoint ?? (options.region ? `https://cognito-idp.${options.region}.amazonaws.com/` : undefined);
  if (!endpoint) {
    throw new CognitoConfirmError(
      'ValidationError',
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'region'
        : 'createFetchTransport needs a region or an endpoint.',
      {
        field: 'region',
      },
    );
  }
  const timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkTimeoutOption('timeoutMs', options.timeoutMs);

  return {
    send(operation, params, { signal } = {}) {
      return sendWithTimeout(
        async (combinedSignal) => {
          const doFetch = options.fetch ?? globalThis.fetch;
          const response = await doFetch(endpoint, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/x-amz-json-1.1',
              'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
            },
            body: JSON.stringify(params),
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
