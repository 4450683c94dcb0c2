import { describeFailure } from '../describeFailure.js';
import { checkServerNumber } from '../checkServerNumber.js';
import { createMemoryQuotaLimiter, refundPoint, toOutcome } from './createMemoryQuotaStore.js';
import type { QuotaLimiter, QuotaLogger, QuotaOutcome, QuotaStoreErrorMode, QuotaStoreEvent } from './QuotaStore.js';
import type { Quota } from './resolveLimits.js';
import type { RateLimiterRes } from './rateLimiterFlexible.js';
import { untilAborted } from './untilAborted.js';

const PROBE_INTERVAL_MS = 1000;
const DEADLINE_MESSAGE = "no answer within the request's quotaDeadlineMs";

/**
 * Limiters that answer by the request's deadline themselves, with their outage behaviour (memory
 * or 503); the guard answers for any other store's limiter that is still silent then.
 */
export const answersByDeadline = new WeakSet<QuotaLimiter>();

/** What the shared stores need of a rate-limiter-flexible limiter (already wrapped in RLWrapperTimeouts). */
export interface SharedLimiter {
  consume(key: string): Promise<RateLimiterRes>;
  reward(key: string, points?: number): Promise<RateLimiterRes>;
  penalty(key: string, points?: number): Promise<RateLimiterRes>;
  delete(key: string): Promise<boolean>;
}

/** The options every shared store takes for an outage, checked. */
export interface OutageSettings {
  mode: QuotaStoreErrorMode;
  failClosedRetryAfterMs: number;
  timeoutMs: number;
}

export function checkOutageOptions(
  caller: string,
  options: {
    onStoreError?: QuotaStoreErrorMode | undefined;
    failClosedRetryAfterSeconds?: number | undefined;
    timeoutMs?: number | undefined;
  },
  defaultTimeoutMs: number,
): OutageSettings {
  const mode = options.onStoreError ?? 'use-memory';
  if (mode !== 'use-memory' && mode !== 'fail-closed') {
    throw new TypeError(`${caller}: onStoreError must be 'use-memory' or 'fail-closed', got ${String(mode)}.`);
  }
  const failClosedRetryAfterMs =
    checkServerNumber('failClosedRetryAfterSeconds', options.failClosedRetryAfterSeconds ?? 30, { min: 1, max: 24 * 3600, integer: true }) *
    1000;
  const timeoutMs = checkServerNumber('timeoutMs', options.timeoutMs ?? defaultTimeoutMs, { min: 1, max: 60_000, integer: true });
  return { mode, failClosedRetryAfterMs, timeoutMs };
}

/**
 * The outage handling the Redis and DynamoDB stores share: one flag per store (all its limiters
 * share the client, so they go down together), logged and notified once when an outage starts and
 * once when it ends. While down, the store is tried at most once a second: a frozen store then costs
 * one request a timeout per second, not every request one timeout per quota. Meanwhile each quota
 * counts in memory (`use-memory`) or refuses (`fail-closed`).
 */
export function createOutageBreaker(store: 'redis' | 'dynamodb', label: string, settings: OutageSettings) {
  let down = false;
  let lastTry = 0;
  const skipStore = () => {
    if (!down) return false;
    const now = Date.now();
    if (now - lastTry < PROBE_INTERVAL_MS) return true;
    lastTry = now;
    return false;
  };
  const wentDown = (logger: QuotaLogger, notify: ((event: QuotaStoreEvent) => void) | undefined, error: unknown) => {
    lastTry = Date.now();
    if (down) return;
    down = true;
    const message = describeFailure(error);
    logger.error(
      `cognito-confirm-kit: ${label} quota store unreachable; ${settings.mode === 'use-memory' ? 'counting in memory per instance' : 'refusing sends and code checks'} until it answers.`,
      { error: message, onStoreError: settings.mode },
    );
    notify?.({ type: 'store-unavailable', store, onStoreError: settings.mode, error: message });
  };
  const cameBack = (logger: QuotaLogger, notify: ((event: QuotaStoreEvent) => void) | undefined) => {
    if (!down) return;
    down = false;
    logger.warn(`cognito-confirm-kit: ${label} quota store reachable again; quotas are shared across instances again.`);
    notify?.({ type: 'store-available', store });
  };

  /** One quota on the shared store, with its in-memory insurance. `ready` runs before each call to the store (table creation). */
  function wrap(
    name: string,
    quota: Quota,
    logger: QuotaLogger,
    notify: ((event: QuotaStoreEvent) => void) | undefined,
    limiter: SharedLimiter,
    ready: () => Promise<void> = async () => undefined,
  ): QuotaLimiter {
    const insurance = settings.mode === 'use-memory' ? createMemoryQuotaLimiter(name, quota, logger) : undefined;
    const fallback = (key: string): Promise<QuotaOutcome> | QuotaOutcome =>
      insurance ? insurance.consume(key) : { allowed: false, retryAfterMs: settings.failClosedRetryAfterMs, reason: 'unavailable' };
    const wrapped: QuotaLimiter = {
      async consume(key, signal): Promise<QuotaOutcome> {
        if (skipStore() || signal?.aborted) return fallback(key);
        try {
          const answered = await untilAborted(
            (async () => {
              await ready();
              return toOutcome(() => limiter.consume(key));
            })(),
            signal,
          );
          // The request's time budget ran out first: an outage for this request (a write that lands later still counts).
          if (!answered) throw new Error(DEADLINE_MESSAGE);
          cameBack(logger, notify);
          return answered.value;
        } catch (error) {
          wentDown(logger, notify, error);
          return fallback(key);
        }
      },
      async refund(key, windowEndsAt, signal) {
        if (skipStore()) {
          await insurance?.refund(key, windowEndsAt);
          return;
        }
        try {
          const answered = await untilAborted(
            (async () => {
              await ready();
              await refundPoint(limiter, key, windowEndsAt, false);
            })(),
            signal,
          );
          if (!answered) throw new Error(DEADLINE_MESSAGE);
        } catch (error) {
          wentDown(logger, notify, error);
          // The point may have been taken from the insurance limiter during the outage.
          await insurance?.refund(key, windowEndsAt);
        }
      },
    };
    answersByDeadline.add(wrapped);
    return wrapped;
  }
  return { wrap };
}
