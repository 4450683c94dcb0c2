import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { COGNITO_OPERATIONS, isCognitoOperation, type CognitoOperation } from '../core/protocol/operations.js';
import { validateRequest } from '../core/protocol/validateRequest.js';
import { computeSecretHash } from './computeSecretHash.js';
import { DEFAULT_TIMEOUT_MS } from '../core/protocol/transports/createFetchTransport.js';
import { createRequestGuard, type RequestGuardOptions } from './limits/createRequestGuard.js';

export type ConfirmationHandlerOptions = ({ region: string; endpoint?: undefined } | { endpoint: string; region?: undefined }) & {
  clientId: string;
  clientSecret: string;
  /** Narrow the allow-list further, e.g. only `ResendConfirmationCode` and `ConfirmSignUp`. */
  operations?: readonly CognitoOperation[];
  /** Bodies larger than this are refused unread. Default 16 KB. */
  maxBodyBytes?: number;
  /**
   * Rate-limit, check a CSRF token or a session here; return a Response to answer instead of
   * forwarding. The body is already read: `params` is what will be sent (SecretHash included).
   */
  beforeForward?: (
    request: Request,
    operation: CognitoOperation,
    params: Readonly<Record<string, unknown>>,
  ) => Response | undefined | Promise<Response | undefined>;
  timeoutMs?: number;
  fetch?: typeof fetch;
} & Omit<RequestGuardOptions, 'clientSecret'>;

const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const OPERATIONS_WITH_CLIENT: ReadonlySet<CognitoOperation> = new Set(['ResendConfirmationCode', 'ConfirmSignUp']);

/**
 * A Fetch-API handler (`(Request) => Promise<Response>`) for `createBackendTransport`: it adds the
 * SecretHash for an app client with a secret and forwards to Cognito. It is a public endpoint
 * holding a secret, so it refuses anything that would make it a relay: other operations, other
 * app clients, big or non-JSON bodies. Refusals happen before Cognito is contacted, and nothing
 * it answers contains the secret or a SecretHash.
 */
export function createConfirmationHandler(options: ConfirmationHandlerOptions): (request: Request) => Promise<Response> {
  const endpoint = options.endpoint ?? (options.region ? `https://cognito-idp.${options.region}.amazonaws.com/` : undefined);
  if (!endpoint) throw new Error('createConfirmationHandler needs a region or an endpoint.');
  if (!options.clientSecret)
    throw new Error('createConfirmationHandler needs the clientSecret (use the fetch transport for clients without one).');
  validateRequest('ResendConfirmationCode', { ClientId: options.clientId, Username: 'x' });

  const allowed = new Set<CognitoOperation>(options.operations ?? COGNITO_OPERATIONS);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Quotas, the human check and the caller's IP (src/server/limits): all options checked here, at creation.
  const guard = createRequestGuard(options);

  return async function handleConfirmationRequest(request: Request): Promise<Response> {
    if (request.method !== 'POST') {
      return refuse(405, 'ValidationError', 'Use POST.', 'method', { Allow: 'POST' });
    }
    const contentType = request.headers.get('content-type') ?? '';
    if (!/^application\/json\b/i.test(contentType)) {
      return refuse(415, 'ValidationError', 'The body must be application/json.', 'Content-Type');
    }

    const text = await readLimited(request, maxBodyBytes);
    if (text === undefined) return refuse(413, 'ValidationError', `The body is larger than ${maxBodyBytes} bytes.`, 'body');

    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(400, 'ValidationError', 'The body is not valid JSON.', 'body');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return refuse(400, 'ValidationError', 'Expected { operation, params }.', 'body');
    }
    const { operation, params } = body as { operation?: unknown; params?: unknown };
    if (!isCognitoOperation(operation) || !allowed.has(operation)) {
      return refuse(400, 'UnsupportedOperationException', `This endpoint does not forward ${describe(operation)}.`, 'operation');
    }
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      return refuse(400, 'ValidationError', 'params must be an object.', 'params');
    }

    const forwarded: Record<string, unknown> = { ...(params as Record<string, unknown>) };
    // The browser cannot know the secret, so any SecretHash it sends is ignored and recomputed.
    delete forwarded['SecretHash'];
    let secretHash: string | undefined;
    if (OPERATIONS_WITH_CLIENT.has(operation)) {
      if (forwarded['ClientId'] !== undefined && forwarded['ClientId'] !== options.clientId) {
        return refuse(403, 'NotAuthorizedException', 'This endpoint serves one app client only.', 'ClientId');
      }
      forwarded['ClientId'] = options.clientId;
      // The IP is the server's to say: a browser-chosen one would let callers steer threat protection.
      const given = forwarded['UserContextData'];
      const ip = await guard.clientIp(request);
      if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
        const { IpAddress: _fromBrowser, ...rest } = given as Record<string, unknown>;
        const context = { ...rest, ...(ip ? { IpAddress: ip } : {}) };
        if (Object.keys(context).length > 0) forwarded['UserContextData'] = context;
        else delete forwarded['UserContextData'];
      } else if (given === undefined && ip) {
        forwarded['UserContextData'] = { IpAddress: ip };
      }
    } else if (tokenClientId(forwarded['AccessToken']) !== options.clientId) {
      // Attribute operations carry no ClientId: the access token's client_id claim (Cognito checks its
      // signature) keeps the endpoint from relaying other apps' tokens.
      return refuse(403, 'NotAuthorizedException', 'This endpoint serves one app client only.', 'AccessToken');
    }

    try {
      validateRequest(operation, forwarded);
    } catch (error) {
      const { message, field } = error as CognitoConfirmError;
      return refuse(400, 'ValidationError', message, field);
    }

    const refusal = await guard.check(request, operation, forwarded);
    if (refusal) return refusal;

    if (OPERATIONS_WITH_CLIENT.has(operation)) {
      secretHash = await computeSecretHash({
        username: forwarded['Username'] as string,
        clientId: options.clientId,
        clientSecret: options.clientSecret,
      });
      forwarded['SecretHash'] = secretHash;
    }

    if (options.beforeForward) {
      const early = await options.beforeForward(request, operation, forwarded);
      if (early instanceof Response) return early;
    }

    let upstream: Response;
    let upstreamText: string;
    try {
      const doFetch = options.fetch ?? globalThis.fetch;
      upstream = await doFetch(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify(forwarded),
        signal: AbortSignal.timeout(timeoutMs),
      });
      upstreamText = await upstream.text();
    } catch (error) {
      const timedOut = (error as { name?: string })?.name === 'TimeoutError';
      return timedOut
        ? refuse(504, 'TimeoutError', 'Cognito did not answer in time.')
        : refuse(502, 'NetworkError', 'Cognito could not be reached.');
    }

    // Retry-After passes through so the browser's cooldown can follow Cognito's (or a proxy's) hint.
    const retryAfter = upstream.headers.get('retry-after');
    return new Response(scrub(upstreamText, [options.clientSecret, secretHash]), {
      status: upstream.status,
      headers: jsonHeaders(retryAfter ? { 'Retry-After': retryAfter } : {}),
    });
  };
}

/** The `client_id` claim of a Cognito access token, unverified (Cognito verifies it on forwarding). */
function tokenClientId(token: unknown): string | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const claim = (JSON.parse(json) as { client_id?: unknown }).client_id;
    return typeof claim === 'string' ? claim : undefined;
  } catch {
    return undefined;
  }
}

function jsonHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...extra };
}

/** Refusals use Cognito's error shape so the backend transport maps them like Cognito's own. */
function refuse(status: number, type: string, message: string, field?: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ __type: type, message, ...(field ? { field } : {}) }), {
    status,
    headers: jsonHeaders(headers),
  });
}

function describe(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 64) : 'that operation';
}

/** A defence in depth: Cognito has no reason to echo these, and if it ever did they must not leave. */
function scrub(text: string, secrets: Array<string | undefined>): string {
  let result = text;
  for (const secret of secrets) if (secret) result = result.split(secret).join('[redacted]');
  return result;
}

/** Reads at most `limit` bytes; undefined when the body is bigger, without buffering the rest. */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
