import { COGNITO_OPERATIONS, type CognitoOperation, isCognitoOperation } from '../core/protocol/operations.js';
import { DEFAULT_TIMEOUT_MS } from '../core/protocol/transports/createFetchTransport.js';
import { validateRequest } from '../core/protocol/validateRequest.js';
import type { ConfirmationHandlerOptions } from './ConfirmationHandlerOptions.js';

/** The options after checking, with every default filled in. */
export interface HandlerSettings {
  endpoint: string;
  clientId: string;
  clientSecret: string;
  allowed: ReadonlySet<CognitoOperation>;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  timeoutMs: number;
  maxResponseBytes: number;
  fetch: typeof fetch;
  beforeForward: ConfirmationHandlerOptions['beforeForward'];
  onError: (error: unknown, request: Request) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
// setTimeout (behind AbortSignal.timeout) fires at once for anything above this.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Checks every option when the handler is made, so a typo in configuration fails at startup with
 * the option's name rather than as a 502/504 on every request.
 */
export function checkHandlerOptions(options: ConfirmationHandlerOptions): HandlerSettings {
  if (typeof options !== 'object' || options === null) throw new TypeError('createConfirmationHandler needs an options object.');
  const endpoint = resolveEndpoint(options);
  if (typeof options.clientSecret !== 'string' || options.clientSecret === '') {
    throw new TypeError('createConfirmationHandler needs the clientSecret (use the fetch transport for clients without one).');
  }
  if (typeof options.clientId !== 'string') throw new TypeError('createConfirmationHandler: clientId must be a string.');
  validateRequest('ResendConfirmationCode', { ClientId: options.clientId, Username: 'x' });

  return {
    endpoint,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    allowed: checkOperations(options.operations),
    maxBodyBytes: checkCount('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
    bodyTimeoutMs: checkDuration('bodyTimeoutMs', options.bodyTimeoutMs, DEFAULT_BODY_TIMEOUT_MS),
    timeoutMs: checkDuration('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxResponseBytes: checkCount('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
    fetch: checkFunction('fetch', options.fetch) ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args)),
    beforeForward: checkFunction('beforeForward', options.beforeForward),
    onError: checkFunction('onError', options.onError) ?? ((error) => console.error('createConfirmationHandler:', error)),
  };
}

function resolveEndpoint(options: ConfirmationHandlerOptions): string {
  if (options.endpoint !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(String(options.endpoint));
    } catch {
      url = undefined;
    }
    if (typeof options.endpoint !== 'string' || !url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new TypeError('createConfirmationHandler: endpoint must be an http(s) URL.');
    }
    return options.endpoint;
  }
  if (options.region === undefined) throw new TypeError('createConfirmationHandler needs a region or an endpoint.');
  if (typeof options.region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(options.region)) {
    throw new TypeError('createConfirmationHandler: region must be an AWS region such as eu-west-1.');
  }
  return `https://cognito-idp.${options.region}.amazonaws.com/`;
}

function checkOperations(operations: unknown): ReadonlySet<CognitoOperation> {
  if (operations === undefined) return new Set(COGNITO_OPERATIONS);
  if (!Array.isArray(operations)) throw new TypeError('createConfirmationHandler: operations must be an array of operation names.');
  for (const operation of operations) {
    if (!isCognitoOperation(operation)) {
      throw new TypeError(`createConfirmationHandler: operations may only list ${COGNITO_OPERATIONS.join(', ')}.`);
    }
  }
  return new Set(operations as CognitoOperation[]);
}

function checkNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`createConfirmationHandler: ${name} must be a number, got ${Number.isNaN(value) ? 'NaN' : typeof value}.`);
  }
  return value;
}

/** Milliseconds: 0 would answer every request with a timeout, so it is refused too. */
function checkDuration(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const ms = checkNumber(name, value);
  if (!(ms > 0 && ms <= MAX_TIMER_MS)) {
    throw new RangeError(`createConfirmationHandler: ${name} must be more than 0 and at most ${MAX_TIMER_MS} ms, got ${ms}.`);
  }
  return ms;
}

/** Byte counts: a positive whole number (Infinity would turn the cap off). */
function checkCount(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const count = checkNumber(name, value);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`createConfirmationHandler: ${name} must be a whole number of bytes of at least 1, got ${count}.`);
  }
  return count;
}

function checkFunction<T>(name: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new TypeError(`createConfirmationHandler: ${name} must be a function.`);
  return value;
}
