import { isCognitoOperation, type CognitoOperation } from '../core/protocol/operations.js';
import type { HandlerSettings } from './checkHandlerOptions.js';
import { isAcceptedMediaType } from './isAcceptedMediaType.js';
import { readBoundedBody } from './readBoundedBody.js';
import { refuse } from './refuse.js';

export interface ConfirmationRequest {
  operation: CognitoOperation;
  params: Record<string, unknown>;
}

/**
 * Step 1 of the handler: the request as `{ operation, params }`, or the refusal to answer. Reads at
 * most `maxBodyBytes` within `bodyTimeoutMs`; nothing here trusts a header beyond a quick refusal.
 */
export async function readConfirmationRequest(
  request: Request,
  settings: Pick<HandlerSettings, 'maxBodyBytes' | 'bodyTimeoutMs' | 'allowed'>,
): Promise<ConfirmationRequest | Response> {
  if (request.method !== 'POST') {
    return refuse(405, 'ValidationError', 'Use POST.', 'method', { Allow: 'POST' });
  }
  if (!isAcceptedMediaType(request.headers.get('content-type'))) {
    return refuse(415, 'ValidationError', 'The body must be application/json (UTF-8).', 'Content-Type');
  }
  const tooLarge = () => refuse(413, 'ValidationError', `The body is larger than ${settings.maxBodyBytes} bytes.`, 'body');
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > settings.maxBodyBytes) return tooLarge();

  const read = await readBoundedBody(request.body, { maxBytes: settings.maxBodyBytes, deadlineMs: settings.bodyTimeoutMs });
  if (read.kind === 'too-large') return tooLarge();
  if (read.kind === 'timed-out') {
    return refuse(408, 'TimeoutError', `The body did not arrive within ${settings.bodyTimeoutMs} ms.`, 'body');
  }
  if (read.kind === 'failed') return refuse(400, 'ValidationError', 'The body could not be read.', 'body');

  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
  } catch {
    return refuse(400, 'ValidationError', 'The body is not valid UTF-8 JSON.', 'body');
  }
  if (!isPlainObject(body)) return refuse(400, 'ValidationError', 'Expected { operation, params }.', 'body');
  const { operation, params } = body;
  if (!isCognitoOperation(operation) || !settings.allowed.has(operation)) {
    return refuse(400, 'UnsupportedOperationException', `This endpoint does not forward ${describeOperation(operation)}.`, 'operation');
  }
  if (!isPlainObject(params)) return refuse(400, 'ValidationError', 'params must be an object.', 'params');
  return { operation, params };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names the operation only when it looks like one: the caller's text is not echoed otherwise. */
function describeOperation(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z]{1,64}$/.test(value) ? value : 'that operation';
}
