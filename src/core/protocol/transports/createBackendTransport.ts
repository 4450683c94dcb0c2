import { checkTimeoutOption } from '../checkNumberOption.js';
import { CognitoConfirmError } from '../CognitoConfirmError.js';
import type { CognitoOperation } from '../operations.js';
import type { Transport } from './Transport.js';
import { DEFAULT_TIMEOUT_MS } from './createFetchTransport.js';
import { readCognitoResponse } from './readCognitoResponse.js';
import { sendWithTimeout } from './sendWithTimeout.js';

export interface BackendTransportOptions {
  /** The app's own endpoint running `createConfirmationHandler` from `cognito-confirm-kit/server`. */
  url: string;
  /** E.g. a CSRF token. A function is called per request so tokens can rotate. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>) | undefined;
  /** `same-origin` by default so the app's session cookie reaches its own server. */
  credentials?: RequestCredentials | undefined;
  /** 1 ms to 2^31 - 1 ms, default 15 000 ms. Checked at creation. */
  timeoutMs?: number | undefined;
  fetch?: typeof fetch | undefined;
  /**
   * A human-check token (e.g. from a Turnstile or reCAPTCHA widget) for each request that sends a
   * code, checked by the server's `verifyHuman`. A token passed per call (`humanToken`) wins.
   */
  getHumanToken?: ((operation: CognitoOperation) => string | undefined | Promise<string | undefined>) | undefined;
}

/** The header carrying the human-check token; the server handler reads the same name. */
export const HUMAN_TOKEN_HEADER = 'x-cognito-confirm-human-token';
const SENDS_A_CODE: ReadonlySet<CognitoOperation> = new Set([
  'ResendConfirmationCode',
  'GetUserAttributeVerificationCode',
  'ForgotPassword',
]);

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

/**
 * Sends each call to the app's server, which adds the SecretHash (the client secret never
 * reaches the browser) and forwards to Cognito. Answers keep Cognito's shape, so errors map the same.
 *
 * A password sign-in (`signInWithPassword`) is refused here, before any request, with a
 * `ValidationError` on `AuthParameters.PASSWORD` (the server refuses it too): the server is no relay
 * for password guessing. After a reset it signs in itself, within the ConfirmForgotPassword it relays,
 * and `confirmForgotPassword` resolves with its `SignIn`.
 */
export function createBackendTransport(options: BackendTransportOptions): Transport {
  const timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkTimeoutOption('timeoutMs', options.timeoutMs);
  return {
    send(operation, params, { signal, humanToken } = {}) {
      if (operation === 'InitiateAuth') {
        const { PASSWORD: password, PREFERRED_CHALLENGE: challenge } =
          (params as { AuthParameters?: Record<string, unknown> | undefined }).AuthParameters ?? {};
        if (password !== undefined || challenge !== undefined) {
          return Promise.reject(
            new CognitoConfirmError(
              'ValidationError',
              (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
                ? 'AuthParameters.PASSWORD: unknownField'
                : 'createBackendTransport does not sign in with a password: the server signs in within ConfirmForgotPassword.',
              { field: 'AuthParameters.PASSWORD', rule: 'unknownField' },
            ),
          );
        }
      }
      return sendWithTimeout(
        async (combinedSignal) => {
          const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
          // Only sends are checked: widget tokens are single-use, and a code check needs none.
          const token = SENDS_A_CODE.has(operation) ? (humanToken ?? (await options.getHumanToken?.(operation))) : undefined;
          const doFetch = options.fetch ?? globalThis.fetch;
          const response = await doFetch(options.url, {
            method: 'POST',
            headers: { ...extra, ...(token ? { [HUMAN_TOKEN_HEADER]: token } : {}), 'Content-Type': 'application/json' },
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
