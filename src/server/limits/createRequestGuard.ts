import { describeFailure } from '../describeFailure.js';
import { settleWithin } from '../hooks/settleWithin.js';
import { checkServerNumber } from '../checkServerNumber.js';
import type { CognitoOperation } from '../../core/protocol/operations.js';
import { readTokenSubject } from '../../core/protocol/readTokenSubject.js';
import { SILENT, type EventSink } from '../events/createEventSink.js';
import { checkQuotas, type QuotaBudget, type QuotaLimiters, type QuotaPoint } from './checkQuotas.js';
import { asIp, ipQuotaKey, type ClientIpResolver } from './clientIpFrom.js';
import { createMemoryQuotaStore } from './createMemoryQuotaStore.js';
import { humanCheckRefusal, limitRefusal, retryAfterSeconds, unavailableRefusal } from './limitRefusal.js';
import type { QuotaLogger, QuotaStoreEvent } from './QuotaStore.js';
import { resolveLimits, type LimitsOptions } from './resolveLimits.js';
import { splitPool } from './splitPool.js';
import { untilAborted } from './untilAborted.js';

import { HUMAN_TOKEN_HEADER } from '../../core/protocol/transports/createBackendTransport.js';

export { HUMAN_TOKEN_HEADER };

/** Decides whether the sender of a request is a person, e.g. by verifying a Turnstile or reCAPTCHA token. */
export type VerifyHuman = (request: Request, token: string) => Promise<boolean>;

export interface RequestGuardOptions {
  clientSecret: string;
  /** Quotas per person, IP and pool (on by default; see `LimitsOptions`). `false` turns them off. */
  limits?: LimitsOptions | false | undefined;
  /**
   * The caller's IP, for the per-IP quota and UserContextData.IpAddress (which needs
   * `EnablePropagateAdditionalUserContextData` on the app client). Only the app knows which proxy
   * header to trust: `clientIpFromForwardedFor(hops)`, `clientIpFromHeader(name)` or your own.
   * Without it the per-IP quotas are off (the handler warns once). Values that are not an IP address count as unknown.
   */
  clientIp?: ClientIpResolver | undefined;
  /**
   * Runs before each code is sent (ResendConfirmationCode, GetUserAttributeVerificationCode,
   * ForgotPassword), with the token from the `x-cognito-confirm-human-token` header; no token or `false` → 403.
   */
  verifyHuman?: VerifyHuman | undefined;
  /** How long `verifyHuman` may take before the send is refused. Default 10 s. */
  verifyHumanTimeoutMs?: number | undefined;
  /**
   * The time budget of one request's quota work, in ms: the consumes (person, IP and pool at once for a
   * send; IP then person for a code check) end within it, and a store that has not answered by then
   * counts as unreachable for the request, with the store's outage behaviour (`onStoreError`: counting
   * in memory, or 503). Points a request gives back (a refusal, no code sent) go back after the answer,
   * each give-back bounded by the same budget. Default 3,000 ms; from 1 to 60,000.
   */
  quotaDeadlineMs?: number | undefined;
  /** Where outages and configuration warnings go, each once. Default `console`. */
  logger?: QuotaLogger | undefined;
}

/** A request the checks let through, with the points it took. */
export interface Admission {
  /**
   * Call when no code went out (Cognito refused the send, or the app's `beforeForward` answered):
   * gives back the person's and the pool's send points. The IP's stay: they count attempts, so a
   * client trying made-up names is still slowed down, while the pool breaker counts codes sent.
   */
  noCodeSent(): Promise<void>;
}

export interface RequestGuard {
  /** The caller's IP as the app's `clientIp` says (once per request), for quotas and UserContextData.IpAddress. */
  clientIp(request: Request): Promise<string | undefined>;
  /** A refusal to answer with, or an admission to forward. Runs after the body is validated. */
  check(request: Request, operation: CognitoOperation, params: Readonly<Record<string, unknown>>): Promise<Response | Admission>;
}

/**
 * Loggers already told that clientIp is missing: once per logger (once per process with the default
 * `console`), not news on every handler a test or a hot reload creates.
 */
const warnedNoClientIp = new WeakSet<QuotaLogger>();
/** Send quotas whose points come back when no code went out (per IP keeps counting attempts). */
const GIVEN_BACK: ReadonlySet<QuotaPoint[0]> = new Set(['sendsPerUser', 'sendsPerPool']);
const DEFAULT_QUOTA_DEADLINE_MS = 3000;
/** Give-backs still under way, across handlers: see `quotaRefundsSettled`. */
const pendingRefunds = new Set<Promise<unknown>>();

/**
 * Resolves when every point given back so far has gone back (or given up at its deadline). Points go
 * back after the answer, so a test that counts them waits here. Not exported from the package (yet).
 */
export async function quotaRefundsSettled(): Promise<void> {
  while (pendingRefunds.size > 0) await Promise.all(pendingRefunds);
}
const ADMITTED: Admission = { noCodeSent: async () => undefined };
/**
 * The operations that send a code, under the send quotas and the human check. A password reset sends
 * a code like a resend (to the verified phone, for SMS pumping as much as to the email), so it shares
 * the person's, the IP's and the pool's counts: one budget per person, whichever way the code is asked for.
 */
const SENDS: ReadonlySet<CognitoOperation> = new Set(['ResendConfirmationCode', 'GetUserAttributeVerificationCode', 'ForgotPassword']);

/** Whether the operation sends a code (the send quotas apply); every other one checks a code or signs in. */
export function isSendOperation(operation: CognitoOperation): boolean {
  return SENDS.has(operation);
}
/** Turnstile tokens are at most 2,048 characters and reCAPTCHA's are shorter; anything longer is not a token. */
const MAX_HUMAN_TOKEN_LENGTH = 4096;

/** The quota and human checks of `createConfirmationHandler`, with every option checked up front. */
export function createRequestGuard(options: RequestGuardOptions, events: EventSink = SILENT): RequestGuard {
  const logger = options.logger ?? console;
  if (typeof logger?.warn !== 'function' || typeof logger.error !== 'function') {
    throw new TypeError('logger must have warn() and error() methods (console has both).');
  }
  const resolveIp = options.clientIp;
  if (resolveIp !== undefined && typeof resolveIp !== 'function') {
    throw new TypeError('clientIp must be a function (request) => string | undefined.');
  }
  if (options.verifyHuman !== undefined && typeof options.verifyHuman !== 'function') {
    throw new TypeError('verifyHuman must be a function (request, token) => Promise<boolean>.');
  }
  const verifyHumanTimeoutMs = checkServerNumber('verifyHumanTimeoutMs', options.verifyHumanTimeoutMs ?? 10_000, {
    min: 1,
    max: 120_000,
    integer: true,
  });
  const quotaDeadlineMs = checkServerNumber('quotaDeadlineMs', options.quotaDeadlineMs ?? DEFAULT_QUOTA_DEADLINE_MS, {
    min: 1,
    max: 60_000,
    integer: true,
  });
  const limits = resolveLimits(options.limits);

  // A store's outage news comes without a request; it goes out with the request that met it (for onError).
  const storeNews: QuotaStoreEvent[] = [];
  const notify = (event: QuotaStoreEvent) => {
    storeNews.push(event);
  };
  const flushStoreNews = (request: Request) => {
    for (const event of storeNews.splice(0)) events.emit(event, request);
  };
  const limiters: QuotaLimiters = {};
  if (limits) {
    const store = limits.store ?? createMemoryQuotaStore();
    for (const name of ['sendsPerUser', 'sendsPerIp', 'sendsPerPool', 'checksPerUser', 'checksPerIp'] as const) {
      const quota = limits[name];
      if (quota) limiters[name] = store.createLimiter(name, quota, logger, notify);
    }
    // The pool split over several keys of the store, so a flood does not make it one hot item (its own limiters, each its share).
    const poolShards = limits.sendsPerPool ? splitPool(limits.sendsPerPool, store.poolShards) : [];
    if (poolShards.length > 1) limiters.poolShards = poolShards.map((share) => store.createLimiter('sendsPerPool', share, logger, notify));
    if ((limiters.sendsPerIp || limiters.checksPerIp) && !resolveIp && !warnedNoClientIp.has(logger)) {
      warnedNoClientIp.add(logger);
      logger.warn(
        'cognito-confirm-kit: no clientIp option, so the per-IP limits (sendsPerIp, checksPerIp) are off; the per-user and pool limits still apply. ' +
          'Pass clientIp, e.g. clientIpFromForwardedFor(1) behind one proxy you run or clientIpFromHeader("cf-connecting-ip") behind Cloudflare: see "Choosing clientIp" in the README.',
      );
    }
  }

  const ips = new WeakMap<Request, Promise<string | undefined>>();
  const clientIp = (request: Request) => {
    let ip = ips.get(request);
    if (!ip) {
      // A resolver that throws or never answers is the app's bug: the request fails (500 through onError)
      // within the quota budget rather than hanging, and never runs on with a guessed address.
      ip = resolveIp
        ? settleWithin(
            Promise.resolve().then(() => resolveIp(request)),
            quotaDeadlineMs,
            'clientIp',
          ).then((value) => asIp(value ?? undefined))
        : Promise.resolve(undefined);
      ips.set(request, ip);
    }
    return ip;
  };

  let userKeySecret: Promise<CryptoKey> | undefined;
  // Keys carry no username or email: an HMAC under the client secret, which a Redis reader does not have.
  const userKey = async (subject: string) => {
    userKeySecret ??= crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(options.clientSecret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    // Case-folded: Cognito usernames and aliases are case-insensitive by default, so "Ann" and "ann" share a quota.
    const mac = await crypto.subtle.sign('HMAC', await userKeySecret, new TextEncoder().encode(`quota:${subject.trim().toLowerCase()}`));
    return btoa(String.fromCharCode(...new Uint8Array(mac).slice(0, 16)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  };

  let storeLate = false;
  const late = (quota: string) => {
    if (storeLate) return;
    storeLate = true;
    logger.error(
      `cognito-confirm-kit: the quota store did not answer within quotaDeadlineMs (${quotaDeadlineMs} ms); refusing with 503 meanwhile.`,
      {
        quota,
      },
    );
  };

  /**
   * Gives points back off the answer's path, bounded by one budget of their own; whatever fails is
   * logged, never thrown. Resolves with whether every point went back.
   */
  const giveBack = (points: ReadonlyArray<QuotaPoint>): Promise<boolean> => {
    if (points.length === 0) return Promise.resolve(true);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), quotaDeadlineMs);
    (timer as { unref?: (() => void) | undefined }).unref?.();
    const work = Promise.all(
      points.map(async ([quota, limiter, key, windowEndsAt]) => {
        try {
          const done = await untilAborted(
            Promise.resolve().then(() => limiter.refund(key, windowEndsAt, controller.signal)),
            controller.signal,
          );
          if (done) return true;
          throw new Error(`no answer within quotaDeadlineMs (${quotaDeadlineMs} ms)`);
        } catch (error) {
          // The point stays taken until its window ends.
          logger.error('cognito-confirm-kit: a quota point could not be given back.', {
            quota,
            error: describeFailure(error),
          });
          return false;
        }
      }),
    )
      .then((results) => results.every(Boolean))
      .finally(() => {
        clearTimeout(timer);
        pendingRefunds.delete(work);
      });
    pendingRefunds.add(work);
    return work;
  };

  let verifierFailing = false;
  type HumanCheckFailure = { reason: 'missing' | 'invalid' | 'rejected' | 'error'; response: Response };
  const isHuman = async (request: Request): Promise<HumanCheckFailure | undefined> => {
    const token = request.headers.get(HUMAN_TOKEN_HEADER)?.trim();
    if (!token) return { reason: 'missing', response: humanCheckRefusal('A human check is required before a code is sent.') };
    if (token.length > MAX_HUMAN_TOKEN_LENGTH)
      return { reason: 'invalid', response: humanCheckRefusal('The human check token is not valid.') };
    let passed: boolean;
    try {
      passed = (await withDeadline(options.verifyHuman!(request, token), verifyHumanTimeoutMs)) === true;
      verifierFailing = false;
    } catch (error) {
      // Fail closed: an unreachable verifier must not open the door it guards. Logged once per streak.
      if (!verifierFailing) {
        verifierFailing = true;
        logger.error('cognito-confirm-kit: verifyHuman failed; sends are refused until it answers.', {
          error: describeFailure(error),
        });
      }
      return { reason: 'error', response: humanCheckRefusal('The human check could not be completed. Try again.') };
    }
    return passed ? undefined : { reason: 'rejected', response: humanCheckRefusal('The human check did not pass.') };
  };

  return {
    clientIp,
    async check(request, operation, params) {
      const sends = SENDS.has(operation);
      if (sends && options.verifyHuman) {
        const failure = await isHuman(request);
        if (failure) {
          events.emit({ type: 'human-check-failed', operation, reason: failure.reason, ip: await clientIp(request) }, request);
          return failure.response;
        }
      }
      if (!limits) return ADMITTED;
      // Username names the person for ResendConfirmationCode, ConfirmSignUp, ForgotPassword and
      // ConfirmForgotPassword (the same key for all four); InitiateAuth (sign-in with ConfirmSignUp's
      // Session) names them in AuthParameters and counts as a check.
      const signInName = (params['AuthParameters'] as Record<string, unknown> | undefined)?.['USERNAME'];
      const subject =
        typeof params['Username'] === 'string'
          ? params['Username']
          : typeof signInName === 'string'
            ? signInName
            : typeof params['AccessToken'] === 'string'
              ? (readTokenSubject(params['AccessToken']) ?? params['AccessToken'])
              : '';
      // Already known: authorizeRequest asked for it (once per request).
      const knownIp = await clientIp(request);
      const ip = (sends ? limiters.sendsPerIp : limiters.checksPerIp) ? knownIp : undefined;
      let outcome: Awaited<ReturnType<typeof checkQuotas>>;
      const user = await userKey(subject);
      // One budget for the request's consumes, whatever the store and however many quotas apply.
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), quotaDeadlineMs);
      const budget: QuotaBudget = {
        signal: deadline.signal,
        giveBack(points) {
          void giveBack(points)
            .then(() => flushStoreNews(request))
            .catch(() => undefined);
        },
        late,
      };
      try {
        outcome = await checkQuotas(
          limiters,
          sends ? 'send' : 'check',
          { user, ip: ip === undefined ? undefined : ipQuotaKey(ip) },
          budget,
        );
        if ('taken' in outcome) storeLate = false;
      } finally {
        clearTimeout(timer);
        flushStoreNews(request);
      }
      if ('taken' in outcome) {
        // Code checks keep their points whatever the answer: the per-person count is what bounds guessing,
        // and a success is not reset either (VerifyUserAttribute on an address of one's own would buy new guesses).
        const givenBack = sends ? outcome.taken.filter(([quota]) => GIVEN_BACK.has(quota)) : [];
        if (givenBack.length === 0) return ADMITTED;
        let returned = false;
        return {
          async noCodeSent() {
            // Once per request, however many places learn that no code went out. Not awaited: the answer goes out now.
            if (returned) return;
            returned = true;
            void giveBack(givenBack)
              .then((allBack) => {
                if (allBack) events.emit({ type: 'refunded', operation, quotas: givenBack.map(([quota]) => quota), ip: knownIp }, request);
                flushStoreNews(request);
              })
              // Nothing after the answer may end the process: the event sink contains its own failures, this is the backstop.
              .catch(() => undefined);
          },
        };
      }
      events.emit(
        {
          type: 'refused',
          operation,
          quota: outcome.quota,
          reason: outcome.reason,
          retryAfterSeconds: retryAfterSeconds(outcome.retryAfterMs),
          ip: knownIp,
        },
        request,
      );
      if (outcome.reason === 'unavailable') return unavailableRefusal(outcome.retryAfterMs);
      return limitRefusal(outcome.retryAfterMs, MESSAGES[outcome.quota]);
    },
  };
}

const MESSAGES: Record<QuotaPoint[0], string> = {
  sendsPerUser: 'Too many codes were requested for this account. Try again later.',
  sendsPerIp: 'Too many codes were requested from this network. Try again later.',
  sendsPerPool: 'Sending codes is paused for a while. Try again later.',
  checksPerUser: 'Too many code attempts for this account. Try again later.',
  checksPerIp: 'Too many code attempts from this network. Try again later.',
};

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`verifyHuman did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve().then(() => promise), deadline]).finally(() => clearTimeout(timer));
}
