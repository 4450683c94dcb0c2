import { checkTimeoutOption } from '../checkNumberOption.js';
import { CognitoConfirmError } from '../CognitoConfirmError.js';
import type { AuthenticationResult, ChallengeName, InitiateAuthRequest, InitiateAuthResponse } from '../operations.js';
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

/** What the SDK's `authenticateUser` hands `onSuccess`: a `CognitoUserSession`. */
interface IdentityJsSessionLike {
  getAccessToken(): { getJwtToken(): string; getExpiration(): number; getIssuedAt(): number };
  getIdToken(): { getJwtToken(): string };
  getRefreshToken(): { getToken(): string };
}

type ChallengeParameters = Record<string, string> | undefined;

/** The callbacks of `CognitoUser.authenticateUser`, as far as the transport answers them. */
interface IdentityJsAuthCallbacks {
  onSuccess(session: IdentityJsSessionLike): void;
  onFailure(error: unknown): void;
  mfaRequired(challengeName: string, challengeParameters: ChallengeParameters): void;
  totpRequired(challengeName: string, challengeParameters: ChallengeParameters): void;
  selectMFAType(challengeName: string, challengeParameters: ChallengeParameters): void;
  mfaSetup(challengeName: string, challengeParameters: ChallengeParameters): void;
  customChallenge(challengeParameters: ChallengeParameters): void;
  newPasswordRequired(userAttributes: unknown, requiredAttributes: unknown): void;
}

interface IdentityJsCognitoUserLike {
  authenticateUser(details: unknown, callbacks: IdentityJsAuthCallbacks): void;
  /** Set by the SDK when Cognito answers a challenge. */
  Session?: string | null | undefined;
  clearCachedUser?: (() => void) | undefined;
}

/**
 * The two classes of amazon-cognito-identity-js a password sign-in needs, typed structurally so the
 * kit does not import the SDK: `{ CognitoUser, AuthenticationDetails }` from 'amazon-cognito-identity-js'.
 */
export interface IdentityJsSdkLike {
  // Its data is `{ Username, Pool, Storage }` with the SDK's own pool and storage types, which the kit hands on unread.
  CognitoUser: new (
    data: never,
  ) => unknown;
  AuthenticationDetails: new (data: { Username: string; Password: string; ClientMetadata?: Record<string, string> | undefined }) => unknown;
}

export interface IdentityJsTransportOptions {
  /** The SDK has no timeout of its own. 1 ms to 2^31 - 1 ms, default 15 000 ms. Checked at creation. */
  timeoutMs?: number | undefined;
  /**
   * Only for `signInWithPassword`, which goes through the SDK's own SRP sign-in (the password never
   * leaves the page): `{ CognitoUser, AuthenticationDetails }` from 'amazon-cognito-identity-js'.
   */
  sdk?: IdentityJsSdkLike | undefined;
}

/**
 * Sends through the SDK's low-level `client.request` rather than `CognitoUser.resendConfirmationCode`,
 * `forgotPassword` or `confirmPassword`, which drop UserContextData, AnalyticsMetadata and SecretHash
 * (and, for the last two, ClientMetadata unless passed apart). A sign-in (`signInWithSession`) puts
 * the tokens where the SDK keeps its session, as its own `cacheTokens` does, so `userPool.getCurrentUser()`
 * and `getSession()` find the person signed in (and refresh with the refresh token).
 *
 * `signInWithPassword` runs the SDK's own SRP sign-in (`CognitoUser.authenticateUser`, USER_SRP_AUTH
 * then PASSWORD_VERIFIER; the app client needs ALLOW_USER_SRP_AUTH) with the classes given as
 * `options.sdk`; the SDK stores the tokens itself. It sends ClientMetadata and the SDK's own
 * UserContextData (from `AmazonCognitoAdvancedSecurityData`); it cannot send AnalyticsMetadata, the
 * kit's IpAddress or a SECRET_HASH (refused: use createBackendTransport). A challenge answers
 * `{ ChallengeName, Session, ChallengeParameters }`; challenges the SDK does not know (EMAIL_OTP in
 * SDK 6) fail as `InvalidResponseError`.
 */
export function createIdentityJsTransport(userPool: IdentityJsUserPoolLike, options: IdentityJsTransportOptions = {}): Transport {
  const client = (userPool as { client?: IdentityJsClient | undefined } | undefined)?.client;
  if (!client || typeof client.request !== 'function') {
    throw new CognitoConfirmError('ValidationError', 'createIdentityJsTransport needs a CognitoUserPool from amazon-cognito-identity-js.', {
      field: 'userPool',
    });
  }
  const timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkTimeoutOption('timeoutMs', options.timeoutMs);
  const { sdk } = options;
  if (sdk !== undefined && (typeof sdk?.CognitoUser !== 'function' || typeof sdk.AuthenticationDetails !== 'function')) {
    throw new CognitoConfirmError(
      'ValidationError',
      "createIdentityJsTransport's sdk needs CognitoUser and AuthenticationDetails from amazon-cognito-identity-js.",
      { field: 'sdk' },
    );
  }
  return {
    send(operation, params, { signal } = {}) {
      const authParameters = operation === 'InitiateAuth' ? (params as InitiateAuthRequest).AuthParameters : undefined;
      if (authParameters?.PASSWORD !== undefined) {
        return sendWithTimeout((combinedSignal) => signInWithSrp(userPool, sdk, params as InitiateAuthRequest, combinedSignal), {
          signal,
          timeoutMs,
        }) as never;
      }
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
 * The SDK's SRP sign-in, answered in Cognito's InitiateAuth shape. When the kit has stopped waiting
 * (timeout, abort) and the SDK signs in after all, its stored session is removed: the caller was told
 * the sign-in failed.
 */
function signInWithSrp(
  userPool: IdentityJsUserPoolLike,
  sdk: IdentityJsSdkLike | undefined,
  params: InitiateAuthRequest,
  signal: AbortSignal,
): Promise<InitiateAuthResponse> {
  const { USERNAME: username, PASSWORD: password, SECRET_HASH: secretHash } = params.AuthParameters;
  if (!sdk) {
    return Promise.reject(
      new CognitoConfirmError(
        'ValidationError',
        'signInWithPassword through amazon-cognito-identity-js needs createIdentityJsTransport(userPool, { sdk: { CognitoUser, AuthenticationDetails } }).',
        { field: 'sdk' },
      ),
    );
  }
  if (secretHash !== undefined) {
    return Promise.reject(
      new CognitoConfirmError(
        'ValidationError',
        "amazon-cognito-identity-js's SRP sign-in cannot send a SECRET_HASH: use createBackendTransport for an app client with a secret.",
        { field: 'AuthParameters.SECRET_HASH' },
      ),
    );
  }
  return new Promise<InitiateAuthResponse>((resolve, reject) => {
    const storage = (userPool as { storage?: unknown }).storage;
    const user = new sdk.CognitoUser({
      Username: username,
      Pool: userPool,
      ...(storage ? { Storage: storage } : {}),
    } as never) as IdentityJsCognitoUserLike;
    const details = new sdk.AuthenticationDetails({
      Username: username,
      Password: password!,
      ...(params.ClientMetadata ? { ClientMetadata: params.ClientMetadata } : {}),
    });
    const challenge = (name: ChallengeName, parameters: unknown) =>
      resolve({
        ChallengeName: name,
        ...(typeof user.Session === 'string' && user.Session !== '' ? { Session: user.Session } : {}),
        ChallengeParameters: typeof parameters === 'object' && parameters !== null ? (parameters as Record<string, string>) : {},
      });
    user.authenticateUser(details, {
      onSuccess(session) {
        if (signal.aborted) {
          user.clearCachedUser?.();
          return;
        }
        try {
          resolve({ AuthenticationResult: fromSession(session) });
        } catch (error) {
          reject(new CognitoConfirmError('InvalidResponseError', 'The SDK signed in without tokens the kit can read.', { cause: error }));
        }
      },
      onFailure: (error) => reject(fromIdentityJsError(error)),
      mfaRequired: (name, parameters) => challenge(name === 'SMS_OTP' ? 'SMS_OTP' : 'SMS_MFA', parameters),
      totpRequired: (_name, parameters) => challenge('SOFTWARE_TOKEN_MFA', parameters),
      selectMFAType: (_name, parameters) => challenge('SELECT_MFA_TYPE', parameters),
      mfaSetup: (_name, parameters) => challenge('MFA_SETUP', parameters),
      customChallenge: (parameters) => challenge('CUSTOM_CHALLENGE', parameters),
      // The SDK parses Cognito's two JSON parameters and strips the prefix; they are given back as Cognito sent them.
      newPasswordRequired: (userAttributes, requiredAttributes) =>
        challenge('NEW_PASSWORD_REQUIRED', {
          userAttributes: JSON.stringify(userAttributes ?? {}),
          requiredAttributes: JSON.stringify(
            Array.isArray(requiredAttributes) ? requiredAttributes.map((name) => `userAttributes.${String(name)}`) : [],
          ),
        }),
    });
  });
}

/** The SDK's `CognitoUserSession` in Cognito's shape. */
function fromSession(session: IdentityJsSessionLike): AuthenticationResult {
  const access = session.getAccessToken();
  const expiresIn = access.getExpiration() - access.getIssuedAt();
  return {
    AccessToken: access.getJwtToken(),
    IdToken: session.getIdToken().getJwtToken(),
    RefreshToken: session.getRefreshToken().getToken(),
    ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { ExpiresIn: expiresIn } : {}),
    TokenType: 'Bearer',
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
