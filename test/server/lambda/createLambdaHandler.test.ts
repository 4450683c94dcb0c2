import { createHmac } from 'node:crypto';
import type { APIGatewayProxyHandler, APIGatewayProxyHandlerV2, LambdaFunctionURLHandler } from 'aws-lambda';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLambdaHandler, type LambdaHandlerOptions } from '../../../src/server/lambda/createLambdaHandler';
import type { LambdaHttpEvent } from '../../../src/server/lambda/LambdaHttpEvent';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { harnessClient } from '../../support/harnessClient.mjs';
import { setUpEmulator } from '../../support/setUpEmulator';
import { functionUrlEvent, httpApiEvent, restApiEvent } from './lambdaEvents';

const emulator = setUpEmulator();
beforeEach(() => emulator.reset());

const quiet = () => ({ warn: vi.fn(), error: vi.fn() });
function lambda(extra: Partial<LambdaHandlerOptions> = {}) {
  return createLambdaHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    logger: quiet(),
    ...extra,
  } as LambdaHandlerOptions);
}

let n = 0;
const user = (prefix = 'l') => {
  n += 1;
  return `${prefix}_${process.pid}_${n}`;
};
async function realUser() {
  const username = user('lreal');
  await harnessClient(emulator.endpoint).signUp({ username, email: `${username}@example.com`, password: 'Correct-Horse-9' });
  return username;
}
const resendBody = (username: string) => JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } });
const secretHash = (username: string) =>
  createHmac('sha256', emulator.clientSecret)
    .update(username + emulator.secretClientId)
    .digest('base64');
const forwarded = (target = 'ResendConfirmationCode') => emulator.requests.filter((r) => r.target === target);

it("fits @types/aws-lambda's handler type of each trigger", () => {
  const asHttpApi: APIGatewayProxyHandlerV2 = lambda();
  const asRestApi: APIGatewayProxyHandler = lambda();
  const asFunctionUrl: LambdaFunctionURLHandler = lambda();
  expect([asHttpApi, asRestApi, asFunctionUrl].every((handler) => typeof handler === 'function')).toBe(true);
});

describe.each([
  { trigger: 'HTTP API (payload 2.0)', make: httpApiEvent, ip: '198.51.100.7' },
  { trigger: 'REST API (payload 1.0)', make: restApiEvent, ip: '198.51.100.8' },
  { trigger: 'Function URL', make: functionUrlEvent, ip: '198.51.100.9' },
])('$trigger', ({ make, ip }) => {
  it('forwards with the SecretHash and the source IP, and answers like the Fetch handler', async () => {
    const username = await realUser();
    const result = await lambda()(make({ body: resendBody(username), sourceIp: ip }) as LambdaHttpEvent);
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(false);
    expect(result.headers).toMatchObject({
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(JSON.parse(result.body)).toMatchObject({ CodeDeliveryDetails: { DeliveryMedium: 'EMAIL' } });
    expect(forwarded()[0]!.body).toEqual({
      Username: username,
      ClientId: emulator.secretClientId,
      SecretHash: secretHash(username),
      UserContextData: { IpAddress: ip },
    });
  });

  it('decodes a base64 body', async () => {
    const username = await realUser();
    const result = await lambda()(make({ body: resendBody(username), base64: true }) as LambdaHttpEvent);
    expect(result.statusCode).toBe(200);
    expect(forwarded()).toHaveLength(1);
  });

  it('429 with Retry-After once the person has used their sends', async () => {
    const handle = lambda({ limits: { sendsPerUser: { limit: 2, windowSeconds: 300 } } });
    const username = await realUser();
    const statuses: number[] = [];
    let last = await handle(make({ body: resendBody(username) }) as LambdaHttpEvent);
    for (let i = 0; i < 3; i += 1) {
      statuses.push(last.statusCode);
      last = await handle(make({ body: resendBody(username) }) as LambdaHttpEvent);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(last.statusCode).toBe(429);
    const retryAfter = Number(last.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(200);
    expect(retryAfter).toBeLessThanOrEqual(300);
    expect(JSON.parse(last.body)).toEqual({ __type: 'LimitExceededException', message: expect.any(String) });
    expect(forwarded()).toHaveLength(2);
  });

  it('a forged X-Forwarded-For does not escape the per-IP quota: 30 resends from one source IP', async () => {
    const handle = lambda();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const event = make({ body: resendBody(user('nobody')), sourceIp: '203.0.113.77', headers: { 'x-forwarded-for': `10.0.${i}.1` } });
      statuses.push((await handle(event as LambdaHttpEvent)).statusCode);
    }
    // Made-up names: Cognito refuses each (400), the per-IP quota (20 an hour) counts the attempts.
    expect(statuses.filter((status) => status === 400)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    expect(forwarded()).toHaveLength(20);
    expect(forwarded().every((request) => (request.body as { UserContextData: unknown }).UserContextData !== undefined)).toBe(true);
    expect(new Set(forwarded().map((request) => JSON.stringify((request.body as { UserContextData: unknown }).UserContextData)))).toEqual(
      new Set([JSON.stringify({ IpAddress: '203.0.113.77' })]),
    );
  });

  it('bounds the body: larger than maxBodyBytes → 413 (base64 too), not forwarded', async () => {
    const big = JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: 'x'.repeat(2000) } });
    const handle = lambda({ maxBodyBytes: 1024 });
    for (const base64 of [false, true]) {
      const result = await handle(make({ body: big, base64 }) as LambdaHttpEvent);
      expect(result.statusCode).toBe(413);
      expect(JSON.parse(result.body)).toMatchObject({ __type: 'ValidationError', field: 'body' });
    }
    expect(emulator.requests).toHaveLength(0);
  });

  it('a body marked base64 that is not → 400; GET → 405 with Allow', async () => {
    const handle = lambda();
    const event = make({ body: resendBody('x') }) as LambdaHttpEvent;
    const notBase64 = await handle({ ...event, body: '{"not": base64}', isBase64Encoded: true } as LambdaHttpEvent);
    expect(notBase64.statusCode).toBe(400);
    expect(JSON.parse(notBase64.body)).toMatchObject({ message: expect.stringMatching(/base64/) });
    const get = await handle(make({ method: 'GET' }) as LambdaHttpEvent);
    expect(get.statusCode).toBe(405);
    expect(get.headers['allow']).toBe('POST');
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('client IP', () => {
  it('the clientIp option overrides the source IP', async () => {
    const username = await realUser();
    const handle = lambda({ clientIp: clientIpFromHeader('x-test-ip') });
    await handle(httpApiEvent({ body: resendBody(username), sourceIp: '198.51.100.1', headers: { 'x-test-ip': '192.0.2.44' } }));
    expect(forwarded()[0]!.body).toMatchObject({ UserContextData: { IpAddress: '192.0.2.44' } });
  });

  it('a REST API test invocation (sourceIp "test-invoke-source-ip") has no IP: per-IP quotas skip it', async () => {
    const username = await realUser();
    await lambda()(restApiEvent({ body: resendBody(username), sourceIp: 'test-invoke-source-ip' }));
    expect(forwarded()[0]!.body).not.toHaveProperty('UserContextData');
  });
});

describe('headers', () => {
  it('REST API: every value of a repeated header reaches the handler (multiValueHeaders)', async () => {
    const seen: string[] = [];
    const handle = lambda({
      beforeForward: (request) => {
        seen.push(request.headers.get('x-custom') ?? '');
        return undefined;
      },
    });
    await handle(restApiEvent({ body: resendBody(user()), headers: { 'X-Custom': 'b' }, multiValueHeaders: { 'X-Custom': ['a', 'b'] } }));
    expect(seen).toEqual(['a, b']);
  });

  it('payload 2.0: the request cookies reach the hooks as a Cookie header', async () => {
    const seen: string[] = [];
    const handle = lambda({
      beforeForward: (request) => {
        seen.push(request.headers.get('cookie') ?? '');
        return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
      },
    });
    const result = await handle(httpApiEvent({ body: resendBody(user()), cookies: ['csrf=abc', 'theme=dark'] }));
    expect(result.statusCode).toBe(200);
    expect(seen).toEqual(['csrf=abc; theme=dark']);
  });

  it('every Set-Cookie goes out on its own: cookies (2.0, Function URL), multiValueHeaders (REST API)', async () => {
    const answer = () => {
      const headers = new Headers({ 'content-type': 'application/json' });
      headers.append('set-cookie', 'session=s1; HttpOnly; Secure; Path=/');
      headers.append('set-cookie', 'csrf=c1; Secure; Path=/');
      return new Response('{"ok":true}', { status: 200, headers });
    };
    const handle = lambda({ beforeForward: () => answer() });
    for (const event of [httpApiEvent({ body: resendBody(user()) }), functionUrlEvent({ body: resendBody(user()) })]) {
      const result = await handle(event);
      expect(result.cookies).toEqual(['session=s1; HttpOnly; Secure; Path=/', 'csrf=c1; Secure; Path=/']);
      expect(result.headers).not.toHaveProperty('set-cookie');
      expect(result.multiValueHeaders).toBeUndefined();
    }
    const rest = await handle(restApiEvent({ body: resendBody(user()) }));
    expect(rest.multiValueHeaders).toEqual({ 'set-cookie': ['session=s1; HttpOnly; Secure; Path=/', 'csrf=c1; Secure; Path=/'] });
    expect(rest.headers).not.toHaveProperty('set-cookie');
    expect(rest.cookies).toBeUndefined();
  });

  it('a header no Fetch request can carry is dropped, not a crash', async () => {
    const username = await realUser();
    const event = httpApiEvent({ body: resendBody(username), headers: { 'bad name': 'x', 'x-split': 'a\r\nb', 'x-fine': 'ok' } });
    const seen: Array<[string | null, string | null]> = [];
    const result = await lambda({
      beforeForward: (request) => {
        seen.push([request.headers.get('x-fine'), request.headers.get('x-split')]);
        return undefined;
      },
    })(event);
    expect(result.statusCode).toBe(200);
    expect(seen).toEqual([['ok', null]]);
  });

  it('an answer that is not text goes out base64', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const handle = lambda({ beforeForward: () => new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }) });
    const result = await handle(httpApiEvent({ body: resendBody(user()) }));
    expect(result.isBase64Encoded).toBe(true);
    expect([...Buffer.from(result.body, 'base64')]).toEqual([...bytes]);
  });
});

describe('other events', () => {
  it.each([
    ['an S3 notification', { Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put' }] }],
    [
      'an Application Load Balancer request',
      {
        requestContext: { elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/lambda/abc' } },
        httpMethod: 'POST',
        path: '/api/cognito',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
        body: resendBody('x'),
        isBase64Encoded: false,
      },
    ],
    ['a direct invoke with a string', 'hello'],
    ['null', null],
  ])('%s → 400 naming the triggers it answers, logged, nothing forwarded', async (_, event) => {
    const logger = quiet();
    const result = await lambda({ logger })(event as unknown as LambdaHttpEvent);
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body)).toEqual({
      __type: 'ValidationError',
      message: 'This function answers API Gateway (REST API, HTTP API) and Lambda Function URL events only.',
      field: 'event',
    });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![0]).toMatch(/not from API Gateway/);
    expect(emulator.requests).toHaveLength(0);
  });

  it('checks its options when made, like createConfirmationHandler', () => {
    expect(() => createLambdaHandler(null as unknown as LambdaHandlerOptions)).toThrow(TypeError);
    expect(() => lambda({ maxBodyBytes: Number.NaN })).toThrow(/maxBodyBytes/);
  });
});

describe('sign-in after confirming (onSignedIn)', () => {
  /** Signed up through the secret client, confirmed through the Lambda: ConfirmSignUp's Session. */
  async function confirmed(handle: ReturnType<typeof lambda>) {
    const username = user('lsignin');
    const { Session: signUpSession } = await harnessClient(emulator.endpoint).signUp({
      username,
      email: `${username}@example.com`,
      password: 'Correct-Horse-9',
      clientId: emulator.secretClientId,
      secretHash: secretHash(username),
    });
    const params = { Username: username, ConfirmationCode: emulator.latestCode(username), Session: signUpSession };
    const result = await handle(httpApiEvent({ body: JSON.stringify({ operation: 'ConfirmSignUp', params }) }));
    expect(result.statusCode).toBe(200);
    return { username, session: JSON.parse(result.body).Session as string };
  }
  const signIn = (username: string, session: string) =>
    JSON.stringify({
      operation: 'InitiateAuth',
      params: { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username }, Session: session },
    });

  it.each([
    ['HTTP API (payload 2.0)', httpApiEvent, 'cookies'],
    ['REST API', restApiEvent, 'multiValueHeaders'],
  ] as const)('%s: the hook’s headers go out, each Set-Cookie on its own, tokens withheld', async (_, make, where) => {
    const onSignedIn = vi.fn((_result: unknown, context: { username: string }) => {
      const headers = new Headers({ 'x-signed-in': context.username });
      headers.append('set-cookie', 'session=opaque-1; HttpOnly; Secure; SameSite=Strict; Path=/');
      headers.append('set-cookie', 'signed_in=1; Secure; Path=/');
      return { headers, tokens: 'withhold' as const };
    });
    const events: string[] = [];
    const handle = lambda({
      onSignedIn,
      onEvent: (event) => void events.push(`${event.type} ${'operation' in event ? event.operation : ''}`),
    });
    const { username, session } = await confirmed(handle);
    const result = await handle(make({ body: signIn(username, session) }) as LambdaHttpEvent);
    expect(result.statusCode).toBe(200);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(events).toEqual(['forwarded ConfirmSignUp', 'forwarded InitiateAuth', 'signed-in InitiateAuth']);
    expect(JSON.parse(result.body)).toEqual({ AuthenticationResult: { ExpiresIn: expect.any(Number), TokenType: 'Bearer' } });
    expect(result.headers['x-signed-in']).toBe(username);
    const cookies = ['session=opaque-1; HttpOnly; Secure; SameSite=Strict; Path=/', 'signed_in=1; Secure; Path=/'];
    if (where === 'cookies') expect(result.cookies).toEqual(cookies);
    else expect(result.multiValueHeaders).toEqual({ 'set-cookie': cookies });
    expect(result.headers).not.toHaveProperty('set-cookie');
  });
});
