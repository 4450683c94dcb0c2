import type { CognitoOperation } from '../core/protocol/operations.js';
import type { HandlerSettings } from './checkHandlerOptions.js';
import { readBoundedBody } from './readBoundedBody.js';
import { refuse } from './refuse.js';

/** Cognito's answer, read whole but bounded. */
export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

/**
 * Step 4 of the handler: one call to Cognito. `timeoutMs` bounds the whole exchange, answer body
 * included (504), and at most `maxResponseBytes` of the answer are read (502, stream cancelled), so
 * a hanging, huge or endless upstream costs bounded time and memory.
 */
export async function forwardToCognito(
  operation: CognitoOperation,
  params: Record<string, unknown>,
  settings: Pick<HandlerSettings, 'endpoint' | 'fetch' | 'timeoutMs' | 'maxResponseBytes'>,
): Promise<UpstreamAnswer | Response> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  const timedOut = () => refuse(504, 'TimeoutError', 'Cognito did not answer in time.');
  const tooLarge = () => refuse(502, 'InvalidResponseError', `Cognito's answer is larger than ${settings.maxResponseBytes} bytes.`);

  let upstream: Response;
  try {
    upstream = await settings.fetch(settings.endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(params),
      // The body carries a SecretHash: it goes to the configured endpoint or nowhere.
      redirect: 'error',
      signal,
    });
  } catch (error) {
    return isTimeout(error) || signal.aborted ? timedOut() : refuse(502, 'NetworkError', 'Cognito could not be reached.');
  }

  const declared = Number(upstream.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > settings.maxResponseBytes) {
    upstream.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  const read = await readBoundedBody(upstream.body, { maxBytes: settings.maxResponseBytes, signal });
  switch (read.kind) {
    case 'read':
      return { status: upstream.status, headers: upstream.headers, bytes: read.bytes };
    case 'too-large':
      return tooLarge();
    default:
      return signal.aborted ? timedOut() : refuse(502, 'NetworkError', 'Cognito stopped answering halfway.');
  }
}

function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}
