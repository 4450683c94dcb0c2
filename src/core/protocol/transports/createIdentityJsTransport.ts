import { checkTimeoutOption } from '../checkNumberOption.js';
import { CognitoConfirmError } from '../CognitoConfirmError.js';
import type { AuthenticationResult, InitiateAuthResponse } from '../operations.js';
import { readTokenClaims } from '../readTokenSubject.js';
import { toCognitoConfirmError } from '../toCognitoConfirmError.js';
import type { Transport } from './Transport.js';
import { sendWithTimeout } from './sendWithTimeout.js';
import { DEFAULT_TIMEOUT_MS } from './createFetchTransport.js';

/**
 * A `CognitoUserPool` from amazon-cognito-identity-js, typed structurally so the kit does not import
 * the SDK: the app passes the pool it already has. The SDK's typings omit the `client` property the
 * transport uses, so it is checked at run time instead.
 */
export interface IdentityJsUserPoolLike {
  getUserPoolId(): string;
  getClientId(): string;
}

interface IdentityJsClient {
  request(operation: string, params: unknown, callback: (error: unknown, data?: unknown) => void): void;
}

/** The pool's token storage (localStorage, a cookie storage, memory…), also missing from the SDK's typings. */
interface IdentityJsStorage {
  setItem(key: string, value: string): unknown;
}

export interface IdentityJsTransportOptions {
  /** The SDK has no timeout of its own. 1 ms to 2^31 - 1 ms, default 15 000 ms. Checked at creation. */
  timeoutMs?: number | undefined;
}

/**
 * Sends through the SDK's low-level `client.request` rather than `CognitoUser.resendConfirmationCode`,
 * which drops UserContextData, AnalyticsMetadata and SecretHash. A sign-in (`signInWithSession`) puts
 * the tokens where the SDK keeps its session, as its own `cacheTokens` does, so `userPool.getCurrentUser()`
 * and `getSession()` find the person signed in (and refresh with the refresh token).
 */
export function createIdentityJsTransport(userPool: IdentityJsUserPoolLike, options: IdentityJsTransportOptions = {}): Transport {
  const client = (userPool as { client?: IdentityJsClient | undefined } | undefined)?.client;
  if (!client || typeof client.request !== 'function') {
    throw new CognitoConfirmError('ValidationError', 'createIdentityJsTransport needs a CognitoUserPool from amazon-cognito-identity-js.', {
      field: 'userPool',
    });
  }
  const timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkTimeoutOption('timeoutMs', options.timeoutMs);
  return {
    send(operation, params, { signal } = {}) {
      return sendWithTimeout(
        () =>
          new Promise<never>((resolve, reject) => {
            client.request(operation, params, (error, data) => {
              if (error) reject(fromIdentityJsError(error));
              else if (typeof data !== 'object' || data === null) {
                reject(new CognitoConfirmError('InvalidResponseError', 'Expected a JSON object from Cognito.', { cause: data }));
              } else {
                const result = (data as InitiateAuthResponse).AuthenticationResult;
                try {
                  if (operation === 'InitiateAuth' && result) cacheTokens(userPool, result);
                  resolve(data as never);
                } catch (cacheError) {
                  reject(cacheError);
                }
              }
            });
          }),
        { signal, timeoutMs },
      );
    },
  };
}

/**
 * The SDK reports a fetch failure as `code: "NetworkError"` and a Cognito error with `code` set to
 * the exception name; anything without a code (e.g. its TypeError on a body without `__type`)
 * means the answer was not one Cognito gives.
 */
function fromIdentityJsError(error: unknown): CognitoConfirmError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && code !== '') return toCognitoConfirmError(error);
  return new CognitoConfirmError('InvalidResponseError', 'Cognito answered with a body the SDK could not read.', { cause: error });
}

/**
 * What amazon-cognito-identity-js's `CognitoUser.cacheTokens()` writes, keyed by the username in the
 * access token (the pool's own name for the person, as the SDK's sign-in stores it), plus the clock
 * drift its `CognitoUserSession` computes. The SDK's layout since v1; written directly so the kit
 * never imports the SDK.
 */
function cacheTokens(userPool: IdentityJsUserPoolLike, result: AuthenticationResult): void {
  const { IdToken: idToken, AccessToken: accessToken, RefreshToken: refreshToken = '' } = result;
  const storage = (userPool as { storage?: IdentityJsStorage | undefined }).storage;
  const access = accessToken ? readTokenClaims(accessToken) : undefined;
  const id = idToken ? readTokenClaims(idToken) : undefined;
  const username = access?.['username'];
  if (!storage || typeof storage.setItem !== 'function' || !access || !id || typeof username !== 'string') {
    throw new CognitoConfirmError('InvalidResponseError', 'Cognito answered tokens the SDK cannot keep.', { cause: result });
  }
  const prefix = `CognitoIdentityServiceProvider.${userPool.getClientId()}`;
  const drift = Math.floor(Date.now() / 1000) - Math.min(Number(access['iat']), Number(id['iat']));
  storage.setItem(`${prefix}.${username}.idToken`, idToken!);
  storage.setItem(`${prefix}.${username}.accessToken`, accessToken!);
  storage.setItem(`${prefix}.${username}.refreshToken`, refreshToken);
  storage.setItem(`${prefix}.${username}.clockDrift`, `${Number.isFinite(drift) ? drift : 0}`);
  storage.setItem(`${prefix}.LastAuthUser`, username);
}
