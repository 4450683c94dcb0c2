import type { UpstreamAnswer } from './forwardToCognito.js';
import { jsonHeaders } from './refuse.js';

/**
 * Step 5 of the handler: Cognito's answer as the browser gets it. Always JSON in Cognito's shape: an
 * answer that is not a JSON object (an HTML 500 from a proxy, say) becomes a JSON error with the same
 * status class; the secret and the SecretHash are scrubbed; of the headers only a well-formed
 * Retry-After and x-amzn-ErrorType pass.
 */
export function relayUpstream(answer: UpstreamAnswer, secrets: ReadonlyArray<string | undefined>): Response {
  const extra: Record<string, string> = {};
  // A header echoing the secret or the SecretHash is dropped like the body's copies are scrubbed.
  const holdsSecret = (value: string) => secrets.some((secret) => secret && value.includes(secret));
  // Retry-After passes through so the browser's cooldown can follow Cognito's (or a proxy's) hint.
  const retryAfter = answer.headers.get('retry-after');
  if (retryAfter && /^[\w ,:+-]{1,64}$/.test(retryAfter) && !holdsSecret(retryAfter)) extra['Retry-After'] = retryAfter;
  const errorType = answer.headers.get('x-amzn-errortype');
  const cleanErrorType = errorType && /^[\w#:./-]{1,256}$/.test(errorType) && !holdsSecret(errorType) ? errorType : undefined;
  if (cleanErrorType) extra['x-amzn-ErrorType'] = cleanErrorType;

  const text = new TextDecoder().decode(answer.bytes);
  if (isJsonObject(text)) {
    return new Response(scrub(text, secrets), { status: answer.status, headers: jsonHeaders(extra) });
  }

  const ok = answer.status >= 200 && answer.status < 300;
  // A success Cognito cannot have sent is a bad gateway; an error keeps its status.
  const status = ok || answer.status < 400 || answer.status > 599 ? 502 : answer.status;
  const serverError = answer.status >= 500 && answer.status <= 599;
  const type = cleanErrorType?.split(':')[0]?.split('#').pop() || (serverError ? 'InternalErrorException' : 'InvalidResponseError');
  const message = `Cognito answered HTTP ${answer.status} with a body that is not JSON.`;
  return new Response(JSON.stringify({ __type: type, message }), { status, headers: jsonHeaders(extra) });
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** A defence in depth: Cognito has no reason to echo these, and if it ever did they must not leave. */
function scrub(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret) continue;
    // JSON may escape the "/" of a base64 value.
    for (const form of new Set([secret, secret.replace(/\//g, '\\/')])) result = result.split(form).join('[redacted]');
  }
  return result;
}
