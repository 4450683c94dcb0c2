// Adversarial requests against the handler, served over real HTTP in front of the emulator: every
// one answered with a clear 4xx in Cognito's error shape, nothing forwarded, nothing leaked.
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../src/server/createConfirmationHandler';
import { rawHttpRequest } from '../support/rawHttpRequest';
import { type ServedHandler, serveFetchHandler } from '../support/serveFetchHandler';
import { setUpEmulator } from '../support/setUpEmulator';

const emulator = setUpEmulator();
let forwarded = 0;
const served: ServedHandler[] = [];
beforeEach(() => {
  emulator.reset();
  forwarded = 0;
});
afterEach(async () => {
  await Promise.all(served.splice(0).map((s) => s.close()));
});

function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    fetch: (...args) => {
      forwarded += 1;
      return fetch(...args);
    },
    onError: () => undefined,
    ...extra,
  } as ConfirmationHandlerOptions);
}

async function serve(extra: Partial<ConfirmationHandlerOptions> = {}): Promise<string> {
  const server = await serveFetchHandler(handler(extra));
  served.push(server);
  return server.url;
}

function post(body: unknown, init: { headers?: Record<string, string>; raw?: BodyInit; method?: string } = {}) {
  return new Request('http://app.test/cognito', {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.method === 'GET' || init.method === 'HEAD' ? {} : { body: init.raw ?? JSON.stringify(body) }),
  });
}

const hashOf = (username: string) =>
  createHmac('sha256', emulator.clientSecret)
    .update(username + emulator.secretClientId)
    .digest('base64');

function expectSecure(response: Response | { headers: Record<string, string> }) {
  const get = (name: string) => (response.headers instanceof Headers ? response.headers.get(name) : response.headers[name]);
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('cache-control')).toBe('no-store');
}

async function expectRefused(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json');
  expectSecure(response);
  const text = await response.text();
  expect(text).not.toContain(emulator.clientSecret);
  const body = JSON.parse(text);
  expect(body.__type).toBe(type);
  expect(typeof body.message).toBe('string');
  expect(forwarded).toBe(0);
  expect(emulator.requests).toHaveLength(0);
  return { ...body, text };
}

const resend = (params: Record<string, unknown>) => ({ operation: 'ResendConfirmationCode', params });

describe('createConfirmationHandler: bad bodies', () => {
  it.each([
    ['truncated JSON', '{"operation":"ResendConfirmationCode","params":{'],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"ResendConfirmationCode"'],
    ['a number', '42'],
    ['deep nesting', '['.repeat(10_000)],
    ['JSON with comments', '{"operation":"ResendConfirmationCode",/* x */"params":{"Username":"a"}}'],
    ['no params', '{"operation":"ResendConfirmationCode"}'],
    ['params null', '{"operation":"ResendConfirmationCode","params":null}'],
    ['params an array', '{"operation":"ResendConfirmationCode","params":["a"]}'],
  ])('%s → 400 ValidationError', async (_, raw) => {
    await expectRefused(await handler()(post(undefined, { raw })), 400, 'ValidationError');
  });

  it('refuses a body that is not UTF-8 instead of guessing', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"operation":"ResendConfirmationCode","params":{"Username":"a'),
      0xff,
      0xfe,
      0x22,
      0x7d,
      0x7d,
    ]);
    await expectRefused(await handler()(post(undefined, { raw: bytes })), 400, 'ValidationError');
  });

  it('refuses prototype keys and fields of other operations without forwarding them', async () => {
    for (const raw of [
      '{"operation":"ResendConfirmationCode","params":{"Username":"a","__proto__":{"ClientId":"evil"}}}',
      '{"operation":"ResendConfirmationCode","params":{"Username":"a","constructor":{"prototype":{"x":1}}}}',
      '{"operation":"ResendConfirmationCode","params":{"Username":"a","Password":"p"}}',
    ]) {
      await expectRefused(await handler()(post(undefined, { raw })), 400, 'ValidationError');
    }
    expect(({} as Record<string, unknown>)['ClientId']).toBeUndefined();
  });

  it('never echoes a long input back in a refusal', async () => {
    const long = `K${'x'.repeat(5000)}`;
    const unknownKey = await expectRefused(await handler()(post(resend({ Username: 'a', [long]: 'v' }))), 400, 'ValidationError');
    expect(unknownKey.text.length).toBeLessThan(600);
    expect(unknownKey.text).not.toContain('x'.repeat(100));
    const metadataKey = await expectRefused(
      await handler()(post(resend({ Username: 'a', ClientMetadata: { [long]: 5 } }))),
      400,
      'ValidationError',
    );
    expect(metadataKey.text.length).toBeLessThan(600);
    const operation = await expectRefused(
      await handler()(post({ operation: `<script>${'A'.repeat(5000)}`, params: {} })),
      400,
      'UnsupportedOperationException',
    );
    expect(operation.text).not.toContain('<script>');
    expect(operation.text.length).toBeLessThan(600);
  });
});

describe('createConfirmationHandler: huge and slow bodies', () => {
  it('takes a body of exactly maxBodyBytes and refuses one byte more', async () => {
    const raw = JSON.stringify(resend({ Username: 'nobody_here' }));
    const size = new TextEncoder().encode(raw).byteLength;
    const exact = await handler({ maxBodyBytes: size })(post(undefined, { raw }));
    expect((await exact.json()).__type).toBe('UserNotFoundException');
    expect(forwarded).toBe(1);
    emulator.reset();
    forwarded = 0;
    await expectRefused(await handler({ maxBodyBytes: size - 1 })(post(undefined, { raw })), 413, 'ValidationError');
  });

  it('refuses a declared 100 MB body without reading it', async () => {
    const url = await serve();
    const answer = await rawHttpRequest(url, {
      head: 'POST / HTTP/1.1\r\nHost: app.test\r\nContent-Type: application/json\r\nContent-Length: 104857600',
    });
    expect(answer.status).toBe(413);
    expectSecure(answer);
    expect(JSON.parse(answer.body).__type).toBe('ValidationError');
    expect(forwarded).toBe(0);
  });

  it('stops reading an endless chunked body at the cap', async () => {
    const url = await serve({ maxBodyBytes: 4096 });
    let sent = 0;
    const answer = await rawHttpRequest(url, {
      head: 'POST / HTTP/1.1\r\nHost: app.test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked',
      async send(write, stopped) {
        const chunk = 'x'.repeat(1024);
        while (!stopped()) {
          write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
          sent += chunk.length;
          await new Promise((resolve) => setImmediate(resolve));
        }
      },
    });
    expect(answer.status).toBe(413);
    expectSecure(answer);
    expect(forwarded).toBe(0);
    expect(sent).toBeGreaterThan(4096);
  });

  it('answers 408 to a client dribbling its body past bodyTimeoutMs (today: held open forever)', async () => {
    const url = await serve({ bodyTimeoutMs: 300 });
    let dribbled = 0;
    const answer = await rawHttpRequest(url, {
      head: 'POST / HTTP/1.1\r\nHost: app.test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked',
      async send(write, stopped) {
        // One byte every 50 ms: never idle long enough for a socket timeout, never finished.
        write('1\r\n{\r\n');
        while (!stopped()) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          write('1\r\n \r\n');
          dribbled += 1;
        }
      },
    });
    expect(answer.status).toBe(408);
    expectSecure(answer);
    expect(JSON.parse(answer.body)).toMatchObject({ __type: 'TimeoutError', field: 'body' });
    expect(forwarded).toBe(0);
    expect(dribbled).toBeGreaterThan(0);
  });

  it('answers 408 to a body stream that never ends, and cancels it', async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"operation":'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request('http://app.test/cognito', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stalled,
      duplex: 'half',
    } as RequestInit);
    await expectRefused(await handler({ bodyTimeoutMs: 200 })(request), 408, 'TimeoutError');
    expect(cancelled).toBe(true);
  });
});

describe('createConfirmationHandler: content types and methods', () => {
  it.each([
    'text/plain',
    'application/json-patch+json',
    'application/json-seq',
    'application/jsonx',
    'application/x-www-form-urlencoded',
    'application/json; charset=iso-8859-1',
    '',
  ])('refuses Content-Type %j with 415', async (contentType) => {
    await expectRefused(
      await handler()(post(resend({ Username: 'nobody_here' }), { headers: { 'content-type': contentType } })),
      415,
      'ValidationError',
    );
  });

  it.each(['application/json; charset=utf-8', 'Application/JSON', 'application/x-amz-json-1.1'])(
    'forwards Content-Type %j',
    async (contentType) => {
      const response = await handler()(post(resend({ Username: 'nobody_here' }), { headers: { 'content-type': contentType } }));
      expect(await response.json()).toMatchObject({ __type: 'UserNotFoundException' });
      expect(forwarded).toBe(1);
    },
  );

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])('answers %s with 405, Allow: POST and the security headers', async (method) => {
    const response = await handler()(post(undefined, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expectSecure(response);
    expect(forwarded).toBe(0);
  });
});

describe('createConfirmationHandler: foreign clients and tokens', () => {
  it.each(['someoneelse', '', 42, null, ['x'], { id: 'x' }])('refuses ClientId %j with 403 or 400', async (clientId) => {
    const response = await handler()(post(resend({ ClientId: clientId, Username: 'alice' })));
    expect([400, 403]).toContain(response.status);
    await expectRefused(response, response.status, response.status === 403 ? 'NotAuthorizedException' : 'ValidationError');
  });

  const jwt = (payload: unknown) => ['eyJhbGciOiJub25lIn0', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'sig'].join('.');

  it.each([
    ['another client', () => jwt({ client_id: 'someoneelse' })],
    ['no client_id', () => jwt({ sub: 's' })],
    ['a numeric client_id', () => jwt({ client_id: 7 })],
    ['an array payload', () => jwt([emulator.secretClientId])],
    ['a payload that is not JSON', () => `eyJhbGciOiJub25lIn0.${Buffer.from('{oops').toString('base64url')}.sig`],
    ['two parts', () => jwt({ client_id: emulator.secretClientId }).split('.').slice(0, 2).join('.')],
    ['four parts', () => `${jwt({ client_id: emulator.secretClientId })}.extra`],
    ['not a string', () => 12345],
  ])('refuses an AccessToken with %s', async (_, token) => {
    for (const operation of ['GetUserAttributeVerificationCode', 'VerifyUserAttribute']) {
      const response = await handler()(post({ operation, params: { AccessToken: token(), AttributeName: 'email', Code: '123456' } }));
      await expectRefused(response, 403, 'NotAuthorizedException');
    }
  });
});

describe('createConfirmationHandler: beforeForward and app hooks', () => {
  it('forwards its own ClientId and SecretHash whatever beforeForward does to params (today: the hook rewrites them)', async () => {
    const response = await handler({
      beforeForward: (_request, _operation, params) => {
        const writable = params as Record<string, unknown>;
        Reflect.set(writable, 'ClientId', emulator.clientId);
        Reflect.set(writable, 'SecretHash', 'forged==');
        Reflect.deleteProperty(writable, 'Username');
        Reflect.set(writable['UserContextData'] as object, 'IpAddress', '6.6.6.6');
        return undefined;
      },
      clientIp: () => '203.0.113.9',
    })(post(resend({ Username: 'nobody_here' })));
    expect(response.status).toBe(400);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]!.body).toEqual({
      Username: 'nobody_here',
      ClientId: emulator.secretClientId,
      SecretHash: hashOf('nobody_here'),
      UserContextData: { IpAddress: '203.0.113.9' },
    });
  });

  it('turns a hook that throws (e.g. assigning to the frozen params) into a 500 without its message', async () => {
    const onError = vi.fn();
    const assigning = await handler({
      onError,
      beforeForward: (_request, _operation, params) => {
        (params as Record<string, unknown>)['ClientId'] = 'evil';
        return undefined;
      },
    })(post(resend({ Username: 'nobody_here' })));
    const body = await expectRefused(assigning, 500, 'InternalErrorException');
    expect(onError).toHaveBeenCalledWith(expect.any(TypeError), expect.any(Request));

    const failingIp = await handler({
      onError,
      clientIp: () => {
        throw new Error(`proxy header broken: ${emulator.clientSecret}`);
      },
    })(post(resend({ Username: 'nobody_here' })));
    const ipBody = await expectRefused(failingIp, 500, 'InternalErrorException');
    expect(ipBody.text).not.toContain('proxy header');
    expect(body.message).not.toContain('evil');
  });

  it('adds the security headers to what beforeForward answers, even immutable responses', async () => {
    const upstream = await serveFetchHandler(() => new Response('{"__type":"TooManyRequestsException"}', { status: 429 }));
    served.push(upstream);
    const fetched = await fetch(upstream.url);
    const limited = await handler({ beforeForward: () => fetched })(post(resend({ Username: 'a' })));
    expect(limited.status).toBe(429);
    expectSecure(limited);
    const errored = await handler({ beforeForward: () => Response.error() })(post(resend({ Username: 'a' })));
    expect(errored.status).toBe(500);
    expectSecure(errored);
    expect(forwarded).toBe(0);
  });
});

describe('createConfirmationHandler: answers', () => {
  it('sends the security headers on a success, a Cognito error and a refusal, over HTTP', async () => {
    const url = await serve();
    const ask = (body: string, contentType = 'application/json') =>
      fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    const cognitoError = await ask(JSON.stringify(resend({ Username: 'nobody_here' })));
    expect(cognitoError.status).toBe(400);
    expectSecure(cognitoError);
    const refusal = await ask('{', 'text/plain');
    expect(refusal.status).toBe(415);
    expectSecure(refusal);
    const preflight = await fetch(url, { method: 'OPTIONS' });
    expect(preflight.status).toBe(405);
    expectSecure(preflight);
  });
});
