import type { CognitoOperation } from '../../core/protocol/operations.js';
import type { QuotaStoreEvent } from '../limits/QuotaStore.js';

/** The handler's quotas, as named in `limits`. */
export type QuotaName = 'sendsPerUser' | 'sendsPerIp' | 'sendsPerPool' | 'checksPerUser' | 'checksPerIp';

/**
 * One decision of the handler, for `onEvent` (structured logs, alerts). Requests refused before the
 * quotas (a malformed body, another app client) are not events: the caller gets a 4xx and nothing was spent.
 * `ip` is what `clientIp` (or the Lambda event's `sourceIp`) said, when known.
 */
export type ConfirmationEvent =
  | {
      /**
       * The request went to Cognito. After a `ConfirmForgotPassword`, the handler's own sign-in is one
       * more, with `operation: 'InitiateAuth'`.
       */
      type: 'forwarded';
      operation: CognitoOperation;
      /** Cognito's HTTP status, or the handler's own (504, 502) when no answer came. */
      status: number;
      /** Cognito's error name (`UserNotFoundException`…) when it refused. */
      errorType?: string | undefined;
      /**
       * Sends only (ResendConfirmationCode, GetUserAttributeVerificationCode, ForgotPassword): `false` when Cognito's
       * answer says no code went out, `true` when one went out or may have (a success, a 5xx, no answer).
       */
      codeSent?: boolean | undefined;
      ip?: string | undefined;
    }
  | {
      /** A quota refused the request: 429 (`reason: 'quota'`) or 503 (`'unavailable'`, a fail-closed store is down). */
      type: 'refused';
      operation: CognitoOperation;
      quota: QuotaName;
      reason: 'quota' | 'unavailable';
      retryAfterSeconds: number;
      ip?: string | undefined;
    }
  | {
      /** No code went out (Cognito refused the send, or `beforeForward` answered): these quotas got their point back. */
      type: 'refunded';
      operation: CognitoOperation;
      quotas: QuotaName[];
      ip?: string | undefined;
    }
  | {
      /** `verifyHuman` refused a send: no token, a token too long, a `false`, or a verifier that threw or timed out. */
      type: 'human-check-failed';
      operation: CognitoOperation;
      reason: 'missing' | 'invalid' | 'rejected' | 'error';
      ip?: string | undefined;
    }
  | {
      /**
       * A sign-in answered tokens: `InitiateAuth` (with ConfirmSignUp's Session), or the handler's own
       * sign-in after a `ConfirmForgotPassword` (`signInAfterReset`).
       */
      type: 'signed-in';
      operation: 'InitiateAuth' | 'ConfirmForgotPassword';
      ip?: string | undefined;
    }
  | QuotaStoreEvent;

/** What the kit needs of an OpenTelemetry `Meter` (`metrics.getMeter('my-app')` from `@opentelemetry/api`). */
export interface MeterLike {
  createCounter(name: string, options?: { description?: string | undefined; unit?: string | undefined } | undefined): CounterLike;
}

export interface CounterLike {
  add(value: number, attributes?: Record<string, string | number | boolean> | undefined): void;
}
