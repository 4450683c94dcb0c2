import { MAX_TIMER_MS } from '../core/protocol/checkNumberOption.js';
import { checkServerNumber } from './checkServerNumber.js';
import { callContained } from './hooks/callContained.js';
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
  onSignedIn: ConfirmationHandlerOptions['onSignedIn'];
  signInAfterReset: boolean;
  onError: (error: unknown, request: Request) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

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
    onSignedIn: checkFunction('onSignedIn', options.onSignedIn),
    signInAfterReset: checkFlag('signInAfterReset', options.signInAfterReset, true),
    onError: containOnError(checkFunction('onError', options.onError) ?? ((error) => console.error('createConfirmationHandler:', error))),
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

/**
 * Milliseconds from 1 to what a timer can wait (core's check): 0 would answer every request with a
 * timeout, and setTimeout behind AbortSignal.timeout fires at once above 2^31 - 1.
 */
function checkDuration(name: string, value: unknown, fallback: number): number {
  return value === undefined
    ? fallback
    : checkServerNumber(`createConfirmationHandler: ${name}`, notNaN(name, value), { min: 1, max: MAX_TIMER_MS });
}

/** Byte counts: a whole number of at least 1 (Infinity would turn the cap off). */
function checkCount(name: string, value: unknown, fallback: number): number {
  return value === undefined
    ? fallback
    : checkServerNumber(`createConfirmationHandler: ${name}`, notNaN(name, value), { min: 1, integer: true });
}

/** NaN (say, `Number(process.env.X)` of an unset variable) is a TypeError here, as it always was for the handler. */
function notNaN(name: string, value: unknown): unknown {
  if (Number.isNaN(value)) throw new TypeError(`createConfirmationHandler: ${name} must be a number, got NaN.`);
  return value;
}

/** onError is the last resort: a throw, a rejection or a hang of its own is dropped, the answer stays. */
function containOnError(onError: (error: unknown, request: Request) => void): (error: unknown, request: Request) => void {
  return (error, request) => callContained(() => onError(error, request));
}

/** Only a boolean: a string such as "false" from an environment variable would read as on. */
function checkFlag(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`createConfirmationHandler: ${name} must be true or false.`);
  return value;
}

function checkFunction<T>(name: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') throw new TypeError(`createConfirmationHandler: ${name} must be a function.`);
  return value;
}
