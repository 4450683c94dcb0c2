import { describe, expect, it } from 'vitest';
import { relayUpstream } from '../../src/server/relayUpstream';

const answer = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
  bytes: new TextEncoder().encode(body),
});

describe('relayUpstream', () => {
  it('relays a JSON answer with its status as application/json with the security headers', async () => {
    const response = relayUpstream(answer(200, '{"CodeDeliveryDetails":{}}', { 'content-type': 'application/x-amz-json-1.1' }), []);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ CodeDeliveryDetails: {} });
  });

  it.each([
    [500, 'text/html', '<h1>oops</h1>', 500, 'InternalErrorException'],
    [503, 'text/plain', 'Service Unavailable', 503, 'InternalErrorException'],
    [200, 'text/html', '<h1>hello</h1>', 502, 'InvalidResponseError'],
    [302, 'text/html', 'moved', 502, 'InvalidResponseError'],
    [404, 'text/html', 'not found', 404, 'InvalidResponseError'],
    [400, 'application/json', '', 400, 'InvalidResponseError'],
  ])('upstream %i %s → %i %s', async (status, type, body, expectedStatus, expectedType) => {
    const response = relayUpstream(answer(status, body, { 'content-type': type }), []);
    expect(response.status).toBe(expectedStatus);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect((await response.json()).__type).toBe(expectedType);
  });

  it('types a non-JSON error from x-amzn-ErrorType, without namespace or URL', async () => {
    const response = relayUpstream(answer(400, 'bad', { 'x-amzn-errortype': 'aws.cognito#LimitExceededException:http://x/' }), []);
    expect((await response.json()).__type).toBe('LimitExceededException');
  });

  it('drops a malformed x-amzn-ErrorType and Retry-After', () => {
    const response = relayUpstream(answer(400, '{}', { 'x-amzn-errortype': `<b>${'x'.repeat(300)}`, 'retry-after': '1; DROP TABLE' }), []);
    expect(response.headers.get('x-amzn-errortype')).toBeNull();
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('drops a header that carries the secret, as the copies in the body are scrubbed', () => {
    const secret = 'k2j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8o9p0lkjhgfdsa1';
    const response = relayUpstream(answer(400, '{}', { 'x-amzn-errortype': `Bad${secret}`, 'retry-after': secret }), [secret]);
    expect(response.headers.get('x-amzn-errortype')).toBeNull();
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('passes an HTTP-date Retry-After', () => {
    const date = 'Wed, 21 Oct 2015 07:28:00 GMT';
    expect(relayUpstream(answer(400, '{}', { 'retry-after': date }), []).headers.get('retry-after')).toBe(date);
  });

  it('scrubs every secret given, plain and with JSON-escaped slashes', async () => {
    const response = relayUpstream(answer(400, '{"message":"a s3cr3t b ab/c= c ab\\/c="}'), ['s3cr3t', 'ab/c=', undefined]);
    const text = await response.text();
    expect(text).not.toContain('s3cr3t');
    expect(text).not.toContain('ab/c=');
    expect(text).not.toContain('ab\\/c=');
    expect(text).toContain('"a [redacted] b [redacted] c [redacted]"');
  });
});
