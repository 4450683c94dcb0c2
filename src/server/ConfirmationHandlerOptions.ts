import type { AuthenticationResult, CognitoOperation } from '../core/protocol/operations.js';
import type { ConfirmationEvent, MeterLike } from './events/ConfirmationEvent.js';
import type { RequestGuardOptions } from './limits/createRequestGuard.js';

/**
 * A Response of another fetch implementation (the `undici` package, node-fetch 2 or 3), as the handler
 * reads it: recognised by this shape, not by `instanceof`, and rebuilt as the platform's Response.
 */
export interface ResponseLike {
  readonly status: number;
  readonly statusText?: string | undefined;
  readonly headers: HeadersLike;
  readonly body?: unknown;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Headers of any fetch implementation (node-fetch's `raw()` is read when present, for each Set-Cookie). */
export interface HeadersLike {
  get(name: string): string | null;
  forEach(callback: (value: string, name: string) => void): void;
}

/** Who signed in, for `onSignedIn`. */
export interface SignedInContext {
  /** The request the browser sent (its cookies, headers). */
  request: Request;
  /** The `USERNAME` the person signed in with, as sent (a username or an alias). */
  username: string;
}

/**
 * What `onSignedIn` may answer:
 * - nothing: Cognito's answer goes to the browser as it came (tokens included);
 * - `{ headers, tokens: 'withhold' }`: headers (e.g. `Set-Cookie` for the app's own HttpOnly session)
 *   are added, and with `tokens: 'withhold'` the browser gets `{ AuthenticationResult: { ExpiresIn,
 *   TokenType } }` and no token at all (the kit still sees a sign-in); `'send'` (the default) keeps them;
 * - a `Response` of any fetch implementation (Node's, the `undici` package, node-fetch 2 or 3): sent
 *   instead, as it is (with the handler's security headers).
 * Anything else (null, a string, an object with other fields) answers 500 and goes to `onError`: never
 * the tokens.
 */
export type SignedInReply =
  | Response
  | ResponseLike
  | { headers?: HeadersInit | HeadersLike | undefined; tokens?: 'send' | 'withhold' | undefined };

export type ConfirmationHandlerOptions = ({ region: string; endpoint?: undefined } | { endpoint: string; region?: undefined }) & {
  clientId: string;
  clientSecret: string;
  /**
   * Narrow the allow-list further, e.g. only `ResendConfirmationCode` and `ConfirmSignUp`. By default
   * every operation of the kit: `ResendConfirmationCode`, `ConfirmSignUp`, `GetUserAttributeVerificationCode`,
   * `VerifyUserAttribute`, `InitiateAuth` (only its USER_AUTH-with-Session form, with `USERNAME` alone:
   * passwords, SRP and refresh tokens are refused before Cognito), `ForgotPassword` (a send: the send
   * quotas and `verifyHuman` apply) and `ConfirmForgotPassword` (a code check, followed by the handler's
   * own sign-in: see `signInAfterReset`). Leaving `InitiateAuth` out does not stop that sign-in.
   */
  operations?: readonly CognitoOperation[] | undefined;
  /** Bodies larger than this are refused unread (413). A positive integer; default 16 KB. */
  maxBodyBytes?: number | undefined;
  /**
   * How long the whole request body may take to arrive, in ms (408 after that), so a client dribbling
   * bytes cannot hold a request open. Default 10 s.
   */
  bodyTimeoutMs?: number | undefined;
  /**
   * Rate-limit, check a CSRF token or a session here; return a Response (of any fetch implementation:
   * Node's, the `undici` package, node-fetch 2 or 3) to answer instead of forwarding, `undefined` to
   * forward. Anything else (`null`, `false`, a plain object), a throw, or no answer within `timeoutMs`
   * answers 500 and goes to `onError`: never a forward. The body is already read: `params` is a frozen
   * copy of what will be sent (SecretHash included). Changing it is not possible: what is forwarded is
   * the handler's own copy. For `ConfirmForgotPassword` its `Password` (the new password) can be read
   * but is not enumerable, so logging or serialising `params` leaves it out; never log it yourself.
   * Answering here gives the person's and the pool's send points back (no code went out); the IP's stay.
   * Not called for the handler's own sign-in after a reset: that is part of the ConfirmForgotPassword it allowed.
   */
  beforeForward?:
    | ((
        request: Request,
        operation: CognitoOperation,
        params: Readonly<Record<string, unknown>>,
      ) => Response | ResponseLike | undefined | Promise<Response | ResponseLike | undefined>)
    | undefined;
  /**
   * Called when `InitiateAuth` (USER_AUTH with ConfirmSignUp's Session: `signInWithSession`) answers
   * tokens, and when the handler's own sign-in after a `ConfirmForgotPassword` does (see
   * `signInAfterReset`; the tokens are then in the answer's `SignIn`, and `tokens: 'withhold'` leaves
   * `{ SignIn: { AuthenticationResult: { ExpiresIn, TokenType } } }`), before anything reaches the
   * browser; not for a challenge (MFA) or an error. Set the app's own session cookie here and keep the
   * tokens on the server. A throw, an answer it cannot mean or none within `timeoutMs` answers 500 (and
   * `onError`) for `InitiateAuth`: the person is confirmed either way and can sign in themselves. After
   * a reset the password is changed whatever the hook does, so it answers 200 with
   * `SignIn: { __type: 'InternalErrorException' }` instead (and `onError`), never the tokens.
   */
  onSignedIn?:
    | ((result: AuthenticationResult, context: SignedInContext) => SignedInReply | undefined | Promise<SignedInReply | undefined>)
    | undefined;
  /**
   * After Cognito accepts a `ConfirmForgotPassword`, sign in with the password just set, in the same
   * request: `InitiateAuth` USER_AUTH with `PREFERRED_CHALLENGE: 'PASSWORD'`, the same username and
   * SecretHash, UserContextData, AnalyticsMetadata and ClientMetadata. The answer is Cognito's `{}`
   * with `SignIn`: Cognito's InitiateAuth answer (tokens, through `onSignedIn`, or a challenge such as
   * MFA with its Session), or `{ __type, message }` when signing in failed (an error, no answer in
   * time): the status stays 200, since the password was changed. This is the only time the handler
   * sends a password to Cognito; a browser's password sign-in is refused. Both calls together stay
   * within `timeoutMs`. Default `true`; `false`: the answer is Cognito's `{}` alone.
   */
  signInAfterReset?: boolean | undefined;
  /**
   * How long Cognito may take to answer, body included, in ms (504 after that). Default 15 s. After a
   * `ConfirmForgotPassword`, the handler's sign-in has what is left of it. The same bound holds for
   * `beforeForward` and `onSignedIn`, a Response body they return included (500 after that).
   */
  timeoutMs?: number | undefined;
  /**
   * Cognito answers larger than this are not relayed (502) and their stream is cancelled. Default 1 MB.
   * A hook's Response from another fetch implementation is read under the same bound (500 past it).
   */
  maxResponseBytes?: number | undefined;
  fetch?: typeof fetch | undefined;
  /**
   * One structured event per decision (forwarded, refused by a quota, refunded, human check failed,
   * store outage begun/ended, signed in): see `ConfirmationEvent`. Called without being awaited; a
   * throw or a rejection goes to `onError` and never changes the answer (nor does a promise that never settles).
   */
  onEvent?: ((event: ConfirmationEvent, request: Request) => void | Promise<void>) | undefined;
  /**
   * An OpenTelemetry `Meter` (`metrics.getMeter('my-app')` from `@opentelemetry/api`): counters of
   * forwarded requests, codes sent, refusals by quota, refunds, failed human checks, store outages and
   * sign-ins (names in the README). Only called: the kit does not import OpenTelemetry. A counter whose
   * `add` throws or rejects goes to `onError`; the answer stays.
   */
  meter?: MeterLike | undefined;
  /**
   * Told about an error thrown by `clientIp`, `beforeForward` or a quota store (the caller gets a 500
   * `InternalErrorException` without its message), and by `onEvent` or the meter (the answer is
   * unchanged). Default `console.error`. Its own throw, rejection or hang is dropped: the caller still
   * gets the documented answer.
   */
  onError?: ((error: unknown, request: Request) => void) | undefined;
} & Omit<RequestGuardOptions, 'clientSecret'>;
