import { type BodyBounds, readBoundedBody } from '../readBoundedBody.js';
import type { LambdaHttpResult } from './LambdaHttpEvent.js';

const TEXT = /^(text\/|application\/(([\w.+-]*\+)?json|javascript|xml|x-amz-json-1\.[01]|x-www-form-urlencoded)\b)/i;

/**
 * A Fetch `Response` as Lambda's HTTP result: text as it is, anything else base64 (`isBase64Encoded`);
 * `Set-Cookie` as `cookies` (payload 2.0, Function URL) or `multiValueHeaders` (REST API), one entry each.
 * The body is read within `bounds` (an app hook's own Response may be endless or huge): past them, this throws.
 */
export async function toLambdaResult(
  response: Response,
  format: 'v1' | 'v2',
  bounds: BodyBounds = { maxBytes: Number.MAX_SAFE_INTEGER },
): Promise<LambdaHttpResult> {
  const headers: Record<string, string> = {};
  const cookies: string[] = response.headers.getSetCookie();
  for (const [name, value] of response.headers) if (name !== 'set-cookie') headers[name] = value;
  const read = await readBoundedBody(response.body, bounds);
  if (read.kind !== 'read') throw new Error(`The answer's body could not be read whole within its bounds (${read.kind}).`);
  const bytes = read.bytes;
  const text = TEXT.test(response.headers.get('content-type') ?? 'application/json');
  const result: LambdaHttpResult = {
    statusCode: response.status,
    headers,
    body: text ? new TextDecoder().decode(bytes) : toBase64(bytes),
    isBase64Encoded: !text,
  };
  if (cookies.length > 0) {
    if (format === 'v2') result.cookies = cookies;
    else result.multiValueHeaders = { 'set-cookie': cookies };
  }
  return result;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode with a whole large array overflows the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
