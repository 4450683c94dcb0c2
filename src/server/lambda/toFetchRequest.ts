import type { LambdaHttpEvent, LambdaHttpEventV1, LambdaHttpEventV2 } from './LambdaHttpEvent.js';

export type LambdaRequest =
  | { kind: 'request'; format: 'v1' | 'v2'; request: Request; sourceIp: string | undefined }
  /** A body that is not base64 though the event says it is, or a method no Request can carry. */
  | { kind: 'bad-body' | 'bad-method'; format: 'v1' | 'v2' }
  | { kind: 'unknown' };

/**
 * A Lambda HTTP event as a Fetch `Request`, for the same pipeline as `createConfirmationHandler`.
 * At most `maxBodyBytes + 1` bytes of the body are decoded: a larger body still reaches the pipeline
 * as "too large" (413, after its method and media type checks), without decoding megabytes first.
 */
export function toFetchRequest(event: unknown, maxBodyBytes: number): LambdaRequest {
  const format = eventFormat(event);
  if (!format) return { kind: 'unknown' };
  const v2 = format === 'v2' ? (event as LambdaHttpEventV2) : undefined;
  const v1 = format === 'v1' ? (event as LambdaHttpEventV1) : undefined;

  const headers = new Headers();
  const add = (name: string, value: unknown) => {
    if (typeof value !== 'string') return;
    try {
      headers.append(name, value);
    } catch {
      // A name or value no Fetch header can hold: dropped, as a proxy would.
    }
  };
  if (v2) {
    for (const [name, value] of Object.entries(v2.headers ?? {})) add(name, value);
    const cookies = Array.isArray(v2.cookies) ? v2.cookies.filter((cookie) => typeof cookie === 'string') : [];
    if (cookies.length > 0) add('cookie', cookies.join('; '));
  } else if (v1?.multiValueHeaders && typeof v1.multiValueHeaders === 'object') {
    for (const [name, values] of Object.entries(v1.multiValueHeaders))
      for (const value of Array.isArray(values) ? values : []) add(name, value);
  } else if (v1?.headers && typeof v1.headers === 'object') {
    for (const [name, value] of Object.entries(v1.headers)) add(name, value);
  }

  const method = (v2 ? v2.requestContext.http.method : v1!.httpMethod).toUpperCase();
  const rawBody = v2 ? v2.body : v1!.body;
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (typeof rawBody === 'string' && rawBody !== '' && method !== 'GET' && method !== 'HEAD') {
    const decoded =
      (v2 ?? v1)!.isBase64Encoded === true ? decodeBase64Prefix(rawBody, maxBodyBytes + 1) : encodeUtf8Prefix(rawBody, maxBodyBytes + 1);
    if (!decoded) return { kind: 'bad-body', format };
    body = decoded;
  }

  let request: Request;
  try {
    request = new Request(requestUrl(event as LambdaHttpEvent, format), { method, headers, body: body ?? null });
  } catch {
    return { kind: 'bad-method', format };
  }
  const sourceIp = v2 ? v2.requestContext.http.sourceIp : v1!.requestContext.identity.sourceIp;
  return { kind: 'request', format, request, sourceIp: typeof sourceIp === 'string' ? sourceIp : undefined };
}

/** Payload 2.0 (HTTP API, Function URL) or 1.0 (REST API), by the fields API Gateway always sends. */
function eventFormat(event: unknown): 'v1' | 'v2' | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const { version, httpMethod, requestContext } = event as Record<string, unknown>;
  if (typeof requestContext !== 'object' || requestContext === null) return undefined;
  const context = requestContext as Record<string, unknown>;
  const http = context['http'] as Record<string, unknown> | undefined;
  if (version === '2.0' && typeof http === 'object' && http !== null && typeof http['method'] === 'string') return 'v2';
  const identity = context['identity'];
  if (typeof httpMethod === 'string' && typeof identity === 'object' && identity !== null) return 'v1';
  return undefined;
}

function requestUrl(event: LambdaHttpEvent, format: 'v1' | 'v2'): string {
  const host = typeof event.requestContext.domainName === 'string' ? event.requestContext.domainName : 'lambda.invalid';
  const path = format === 'v2' ? (event as LambdaHttpEventV2).rawPath : (event as LambdaHttpEventV1).path;
  const query = format === 'v2' ? (event as LambdaHttpEventV2).rawQueryString : undefined;
  try {
    return new URL(`https://${host}${typeof path === 'string' ? path : '/'}${query ? `?${query}` : ''}`).href;
  } catch {
    return 'https://lambda.invalid/';
  }
}

function encodeUtf8Prefix(text: string, maxBytes: number): Uint8Array<ArrayBuffer> {
  // Each UTF-16 unit is at least one UTF-8 byte, so this many units hold at least `maxBytes` bytes when the text has them.
  return new TextEncoder().encode(text.length > maxBytes ? text.slice(0, maxBytes) : text);
}

function decodeBase64Prefix(text: string, maxBytes: number): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.replace(/[\t\n\f\r ]/g, '');
  // Whole 4-character groups covering `maxBytes` bytes.
  const chars = Math.ceil(maxBytes / 3) * 4;
  const prefix = clean.length > chars ? clean.slice(0, chars) : clean;
  let binary: string;
  try {
    binary = atob(prefix);
  } catch {
    return undefined;
  }
  // The rest is not decoded, but it must still be base64 for the body to be what the event says.
  if (prefix !== clean && !/^[A-Za-z0-9+/]*={0,2}$/.test(clean.slice(chars))) return undefined;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
