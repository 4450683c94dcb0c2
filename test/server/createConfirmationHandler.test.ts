import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../src/server/createConfirmationHandler';
import { setUpEmulator } from '../support/setUpEmulator';
import { harnessClient } from '../support/harnessClient.mjs';

const emulator = setUpEmulator();
let forwarded = 0;
beforeEach(() => {
  emulator.reset();
  forwarded = 0;
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
    ...extra,
  } as ConfirmationHandlerOptions);
}

function post(body: unknown, init: { headers?: Record<string, string>; raw?: BodyInit; method?: string } = {}) {
  return new Request('http://app.test/cognito', {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.method === 'GET' ? {} : { body: init.raw ?? JSON.stringify(body) }),
  });
}

async function expectRefused(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.__type).toBe(type);
  expect(forwarded).toBe(0);
  expect(emulator.requests).toHaveLength(0);
  return body;
}

describe('createConfirmationHandler', () => {
  it('adds the SecretHash and forwards, answering with Cognito status and body', async () => {
    const harness = harnessClient(emulator.endpoint);
    const username = `handler_${Date.now()}`;
    await harness.signUp({ username, password: 'Pw-123456', email: `${username}@example.com`, clientId: emulator.secretClientId });
    emulator.reset();

    const response = await handler()(post({ operation: 'ResendConfirmationCode', params: { Username: username, SecretHash: 'forged==' } }));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text).CodeDeliveryDetails.DeliveryMedium).toBe('EMAIL');

    const hash = createHmac('sha256', emulator.clientSecret)
      .update(username + emulator.secretClientId)
      .digest('base64');
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]!.body).toEqual({ Username: username, ClientId: emulator.secretClientId, SecretHash: hash });
    expect(text).not.toContain(hash);
    expect(text).not.toContain(emulator.clientSecret);

    const missing = await handler()(post({ operation: 'ResendConfirmationCode', params: { Username: 'nobody_here' } }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ __type: 'UserNotFoundException' });
  });

  it.each(['AdminInitiateAuth', 'RespondToAuthChallenge', 'SignUp', 'AdminConfirmSignUp', 'ListUsers', 42, undefined])(
    'refuses operation %s without contacting Cognito',
    async (operation) => {
      await expectRefused(
        await handler()(post({ operation, params: { ClientId: emulator.secretClientId, Username: 'x', Password: 'y' } })),
        400,
        'UnsupportedOperationException',
      );
    },
  );

  it('refuses operations outside a narrowed allow-list', async () => {
    await expectRefused(
      await handler({ operations: ['ConfirmSignUp'] })(post({ operation: 'ResendConfirmationCode', params: { Username: 'x' } })),
      400,
      'UnsupportedOperationException',
    );
  });

  it('refuses a request naming another app client without contacting Cognito', async () => {
    const body = await expectRefused(
      await handler()(post({ operation: 'ResendConfirmationCode', params: { ClientId: emulator.clientId, Username: 'alice' } })),
      403,
      'NotAuthorizedException',
    );
    expect(body.field).toBe('ClientId');
  });

  it('refuses oversized bodies, declared or streamed', async () => {
    const big = JSON.stringify({
      operation: 'ResendConfirmationCode',
      params: { Username: 'a', ClientMetadata: { pad: 'x'.repeat(20_000) } },
    });
    await expectRefused(await handler()(post(undefined, { raw: big })), 413, 'ValidationError');

    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = new Request('http://app.test/cognito', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.headers.get('content-length')).toBeNull();
    await expectRefused(await handler({ maxBodyBytes: 4096 })(streamed), 413, 'ValidationError');
  });

  it('refuses non-JSON, a wrong content type, other methods and malformed params', async () => {
    await expectRefused(await handler()(post(undefined, { raw: '{not json' })), 400, 'ValidationError');
    await expectRefused(
      await handler()(post({ operation: 'ConfirmSignUp' }, { headers: { 'content-type': 'text/plain' } })),
      415,
      'ValidationError',
    );
    const get = await expectRefused(await handler()(post(undefined, { method: 'GET' })), 405, 'ValidationError');
    expect(get.field).toBe('method');
    await expectRefused(await handler()(post(['ResendConfirmationCode'])), 400, 'ValidationError');
    await expectRefused(await handler()(post({ operation: 'ResendConfirmationCode', params: 'alice' })), 400, 'ValidationError');
    const invalid = await expectRefused(
      await handler()(post({ operation: 'ConfirmSignUp', params: { Username: 'alice', ConfirmationCode: '12 34' } })),
      400,
      'ValidationError',
    );
    expect(invalid.field).toBe('ConfirmationCode');
    const smuggled = await expectRefused(
      await handler()(post({ operation: 'ResendConfirmationCode', params: { Username: 'alice', Password: 'x' } })),
      400,
      'ValidationError',
    );
    expect(smuggled.field).toBe('Password');
  });

  it('lets beforeForward answer instead (rate limit, CSRF)', async () => {
    const limited = handler({
      beforeForward: (request, operation) =>
        request.headers.get('x-csrf') === 'ok' && operation === 'ConfirmSignUp'
          ? undefined
          : new Response(JSON.stringify({ __type: 'TooManyRequestsException', message: 'slow down' }), { status: 429 }),
    });
    const response = await limited(post({ operation: 'ResendConfirmationCode', params: { Username: 'alice' } }));
    expect(response.status).toBe(429);
    expect(forwarded).toBe(0);
  });

  it('sets the caller IP from clientIp over any the browser claims', async () => {
    await handler({ clientIp: () => '203.0.113.9' })(
      post({
        operation: 'ResendConfirmationCode',
        params: { Username: 'nobody_here', UserContextData: { IpAddress: '1.1.1.1', EncodedData: 'e' } },
      }),
    );
    expect(emulator.requests[0]!.body.UserContextData).toEqual({ IpAddress: '203.0.113.9', EncodedData: 'e' });
  });

  it('drops an IpAddress chosen by the browser, with or without clientIp', async () => {
    await handler()(
      post({
        operation: 'ResendConfirmationCode',
        params: { Username: 'nobody_here', UserContextData: { IpAddress: '6.6.6.6', EncodedData: 'e' } },
      }),
    );
    expect(emulator.requests[0]!.body.UserContextData).toEqual({ EncodedData: 'e' });
    await handler()(
      post({ operation: 'ResendConfirmationCode', params: { Username: 'nobody_here', UserContextData: { IpAddress: '6.6.6.6' } } }),
    );
    expect(emulator.requests[1]!.body.UserContextData).toBeUndefined();
  });

  it('refuses attribute operations for access tokens of another app client', async () => {
    const token = (clientId: string) =>
      ['eyJhbGciOiJub25lIn0', btoa(JSON.stringify({ sub: 's', client_id: clientId })).replace(/=+$/, ''), 'sig'].join('.');
    const foreign = await handler()(
      post({ operation: 'GetUserAttributeVerificationCode', params: { AccessToken: token('someoneelse'), AttributeName: 'email' } }),
    );
    await expectRefused(foreign, 403, 'NotAuthorizedException');
    const garbage = await handler()(
      post({ operation: 'VerifyUserAttribute', params: { AccessToken: 'not-a-jwt', AttributeName: 'email', Code: '1' } }),
    );
    await expectRefused(garbage, 403, 'NotAuthorizedException');
    // A token of the handler's own client goes through (the emulator then judges the token itself).
    const own = await handler()(
      post({
        operation: 'GetUserAttributeVerificationCode',
        params: { AccessToken: token(emulator.secretClientId), AttributeName: 'email' },
      }),
    );
    expect(own.status).not.toBe(403);
    expect(forwarded).toBe(1);
  });

  it('gives beforeForward the parsed params, and passes Retry-After through', async () => {
    const seen: unknown[] = [];
    const withHook = handler({ beforeForward: (_request, _operation, params) => void seen.push(params) });
    await withHook(post({ operation: 'ResendConfirmationCode', params: { Username: 'nobody_here' } }));
    expect(seen[0]).toMatchObject({ Username: 'nobody_here', ClientId: emulator.secretClientId, SecretHash: expect.any(String) });

    const throttling = createConfirmationHandler({
      endpoint: emulator.endpoint,
      clientId: emulator.secretClientId,
      clientSecret: emulator.clientSecret,
      fetch: async () =>
        new Response('{"__type":"TooManyRequestsException","message":"Rate exceeded"}', { status: 400, headers: { 'Retry-After': '42' } }),
    });
    const response = await throttling(post({ operation: 'ResendConfirmationCode', params: { Username: 'alice' } }));
    expect(response.headers.get('retry-after')).toBe('42');
  });

  it('answers 502 NetworkError when Cognito cannot be reached, without leaking the secret', async () => {
    const down = createConfirmationHandler({ endpoint: 'http://127.0.0.1:9/', clientId: 'c1', clientSecret: 'top-secret-value' });
    const response = await down(post({ operation: 'ResendConfirmationCode', params: { Username: 'alice' } }));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text).__type).toBe('NetworkError');
    expect(text).not.toContain('top-secret-value');
  });

  it('refuses to start without a secret or an endpoint', () => {
    expect(() => createConfirmationHandler({ region: 'eu-west-1', clientId: 'c', clientSecret: '' })).toThrow(/clientSecret/);
    expect(() => createConfirmationHandler({ clientId: 'c', clientSecret: 's' } as never)).toThrow(/region or an endpoint/);
  });
});
