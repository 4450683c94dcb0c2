// What beforeForward and onSignedIn answer is what the caller gets, from any fetch implementation; any
// other answer is a 500 (issue #29): never a forward the app's check refused, never tokens it meant to keep.
import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ConfirmationHandlerOptions, createConfirmationHandler } from '../../../src/server/createConfirmationHandler';
import { createLambdaHandler } from '../../../src/server/lambda/createLambdaHandler';
import { FETCH_IMPLEMENTATIONS, NodeFetch3Response, STREAMING_IMPLEMENTATIONS } from '../../support/fetchImplementations';
import { harnessClient } from '../../support/harnessClient.mjs';
import { setUpEmulator } from '../../support/setUpEmulator';
import { httpApiEvent } from '../lambda/lambdaEvents';

const emulator = setUpEmulator();
let forwarded = 0;
beforeEach(() => {
  emulator.reset();
  forwarded = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

const quiet = { warn: () => undefined, error: () => undefined };
function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    logger: quiet,
    onError: () => undefined,
    fetch: (...args) => {
      forwarded += 1;
      return fetch(...args);
    },
    ...extra,
  } as ConfirmationHandlerOptions);
}

const post = (body: unknown) =>
  new Request('http://app.test/cognito', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const resend = post.bind(null, { operation: 'ResendConfirmationCode', params: { Username: 'nobody_here' } });
const signIn = (username: string, session: string) =>
  post({ operation: 'InitiateAuth', params: { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username }, Session: session } });

function expectSecure(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('cache-control')).toBe('no-store');
}

/** A 500 in Cognito's error shape with the security headers, Cognito not contacted. */
async function expectFailedClosed(response: Response) {
  expect(response.status).toBe(500);
  expectSecure(response);
  const text = await response.text();
  expect(JSON.parse(text)).toEqual({ __type: 'InternalErrorException', message: 'The server could not handle this request.' });
  expect(forwarded).toBe(0);
  expect(emulator.requests).toHaveLength(0);
  return text;
}

const refusal = JSON.stringify({ __type: 'ForbiddenException', message: 'CSRF token missing.' });
const refusalInit = {
  status: 403,
  statusText: 'Forbidden',
  headers: [
    ['content-type', 'application/json'],
    ['set-cookie', 'csrf=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/'],
    ['set-cookie', 'seen=1; Path=/'],
    ['x-app-check', 'csrf'],
  ] as Array<[string, string]>,
};

describe('beforeForward answers with a Response of any fetch implementation', () => {
  it.each(FETCH_IMPLEMENTATIONS)(
    '%s: its status, headers (each cookie) and body, with the security headers; nothing forwarded',
    async (_, make) => {
      const response = await handler({ beforeForward: () => make(refusal, refusalInit) as Response })(resend());
      expect(response).toBeInstanceOf(Response);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe(refusal);
      expect(response.headers.getSetCookie()).toEqual(['csrf=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/', 'seen=1; Path=/']);
      expect(response.headers.get('x-app-check')).toBe('csrf');
      expectSecure(response);
      expect(forwarded).toBe(0);
      expect(emulator.requests).toHaveLength(0);
    },
  );

  it.each(FETCH_IMPLEMENTATIONS)('%s: a redirect and a 204 without a body; an async hook alike', async (_, make) => {
    const redirect = await handler({
      beforeForward: async () => make(null, { status: 303, headers: [['location', '/signin']] }) as Response,
    })(resend());
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe('/signin');
    const empty = await handler({ beforeForward: () => make(null, { status: 204 }) as Response })(resend());
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    expect(forwarded).toBe(0);
  });

  it("undici's Response.error() and Response.redirect() are treated as Node's own: a 500, a redirect", async () => {
    const { Response: UndiciResponse } = await import('undici');
    const errored = await handler({ beforeForward: () => UndiciResponse.error() as never })(resend());
    expect(errored.status).toBe(500);
    expectSecure(errored);
    const redirected = await handler({ beforeForward: () => UndiciResponse.redirect('https://app.example.com/signin', 302) as never })(
      resend(),
    );
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe('https://app.example.com/signin');
    expectSecure(redirected);
    expect(forwarded).toBe(0);
  });

  it.each(STREAMING_IMPLEMENTATIONS)('%s: a streamed body is sent whole', async (_, make) => {
    const body = Readable.from(['{"__type":', '"TooManyRequestsException"}'].map((part) => Buffer.from(part)));
    const response = await handler({ beforeForward: () => make(body, { status: 429 }) as Response })(resend());
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ __type: 'TooManyRequestsException' });
    expect(forwarded).toBe(0);
  });

  it('a thenable (not a Promise) that resolves to a Response is that Response', async () => {
    // biome-ignore lint/suspicious/noThenProperty: a thenable a hostile hook returns is the probe
    const thenable = { then: (resolve: (value: unknown) => void) => resolve(new NodeFetch3Response(refusal, refusalInit)) };
    const response = await handler({ beforeForward: () => thenable as never })(resend());
    expect(response.status).toBe(403);
    expect(forwarded).toBe(0);
  });
});

describe('beforeForward: anything else fails closed (500, never a forward)', () => {
  const looksLikeOne = { status: 403, headers: { 'content-type': 'application/json' }, body: refusal };
  it.each<[string, () => unknown]>([
    ['null', () => null],
    ['false', () => false],
    ['0', () => 0],
    ['an empty string', () => ''],
    ['an empty object', () => ({})],
    ['an array', () => []],
    ['a function', () => () => undefined],
    ['a symbol', () => Symbol('no')],
    ['a promise of null', async () => null],
    ['a plain object shaped like a Response', () => looksLikeOne],
    ['a status that is not a whole number', () => ({ status: 403.5, headers: new Headers(), arrayBuffer: async () => new ArrayBuffer(0) })],
    ['a string status', () => ({ ...looksLikeOne, status: '403', headers: new Headers(), arrayBuffer: async () => new ArrayBuffer(0) })],
  ])('%s', async (_, answer) => {
    const onError = vi.fn();
    const response = await handler({ beforeForward: answer as never, onError })(resend());
    await expectFailedClosed(response);
    expect(onError).toHaveBeenCalledWith(expect.any(TypeError), expect.any(Request));
    expect(String(onError.mock.calls[0]![0].message)).toMatch(/^beforeForward must return undefined or a Response/);
  });

  it.each<[string, () => unknown]>([
    [
      'a status getter that throws',
      () =>
        Object.defineProperty({}, 'status', {
          get: () => {
            throw new Error('status');
          },
        }),
    ],
    [
      'a headers getter that throws',
      () => ({
        status: 403,
        arrayBuffer: async () => new ArrayBuffer(0),
        get headers(): never {
          throw new Error('headers');
        },
      }),
    ],
    [
      'a headers.forEach that throws',
      () => ({
        status: 403,
        arrayBuffer: async () => new ArrayBuffer(0),
        headers: {
          get: () => null,
          forEach: () => {
            throw new Error('forEach');
          },
        },
      }),
    ],
    ['a header name no Response can carry', () => new NodeFetch3Response(null, { status: 403, headers: [['bad name', 'x']] })],
    [
      'a Proxy whose every read throws',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('proxy');
            },
            has: () => {
              throw new Error('proxy');
            },
          },
        ),
    ],
    [
      'a thenable whose then throws',
      () => ({
        // biome-ignore lint/suspicious/noThenProperty: a thenable a hostile hook returns is the probe
        then: () => {
          throw new Error('then');
        },
      }),
    ],
    [
      'a thenable whose then getter throws',
      () => ({
        // biome-ignore lint/suspicious/noThenProperty: a thenable a hostile hook returns is the probe
        get then(): never {
          throw new Error('then getter');
        },
      }),
    ],
    [
      'a Response of this realm whose body was read',
      () => {
        const used = new Response('x', { status: 403 });
        void used.text();
        return used;
      },
    ],
    [
      'a subclass of Response whose status throws once made',
      () => {
        class Trap extends Response {
          armed = false;
          override get status(): number {
            if (this.armed) throw new Error('status');
            return super.status;
          }
        }
        return Object.assign(new Trap('x', { status: 403 }), { armed: true });
      },
    ],
    ['a body chunk that is not bytes', () => new NodeFetch3Response(Readable.from([42]), { status: 403 })],
    [
      'a body that fails halfway',
      () =>
        new NodeFetch3Response(
          new Readable({
            read() {
              this.destroy(new Error('socket hang up'));
            },
          }),
          { status: 403 },
        ),
    ],
    [
      'arrayBuffer() that rejects',
      () => ({ status: 403, headers: new Headers(), body: undefined, arrayBuffer: () => Promise.reject(new Error('read')) }),
    ],
  ])('%s', async (_, answer) => {
    const onError = vi.fn();
    await expectFailedClosed(await handler({ beforeForward: answer as never, onError })(resend()));
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it.each<[string, unknown]>([
    ['a string', 'denied'],
    ['null', null],
    ['undefined', undefined],
    ['an object without a prototype', Object.create(null)],
    ['a symbol', Symbol('denied')],
  ])('a hook throwing %s (not an Error) is a 500 with the security headers, onError told', async (_, thrown) => {
    const onError = vi.fn();
    const response = await handler({
      onError,
      beforeForward: () => {
        throw thrown;
      },
    })(resend());
    await expectFailedClosed(response);
    expect(onError).toHaveBeenCalledWith(thrown, expect.any(Request));
  });

  it('a body larger than maxResponseBytes is a 500, its stream cancelled after at most that much', async () => {
    const onError = vi.fn();
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const { Response: UndiciResponse } = await import('undici');
    const response = await handler({
      maxResponseBytes: 4096,
      onError,
      beforeForward: () => new UndiciResponse(endless, { status: 403 }) as never,
    })(resend());
    await expectFailedClosed(response);
    expect(onError.mock.calls[0]![0].message).toMatch(/larger than 4096 bytes/);
    expect(pulled).toBeLessThan(10);
  });

  it.each(STREAMING_IMPLEMENTATIONS.filter(([name]) => !name.startsWith('Node')))(
    '%s: a body that never ends is a 500 after timeoutMs, its source stopped',
    async (_, make) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const onError = vi.fn();
      const endless = new Readable({ read() {} });
      let called!: () => void;
      const hookCalled = new Promise<void>((resolve) => {
        called = resolve;
      });
      const answering = handler({
        timeoutMs: 5_000,
        onError,
        beforeForward: () => {
          called();
          return make(endless, { status: 403 }) as Response;
        },
      })(resend());
      await hookCalled;
      await vi.advanceTimersByTimeAsync(5_000);
      await expectFailedClosed(await answering);
      expect(onError.mock.calls[0]![0].message).toMatch(/did not end within/);
      await vi.waitFor(() => expect(endless.destroyed).toBe(true));
    },
  );

  it('a hook that never settles (or a thenable that never calls back) is a 500 after timeoutMs', async () => {
    // biome-ignore lint/suspicious/noThenProperty: a thenable a hostile hook returns is the probe
    for (const never of [() => new Promise(() => undefined), () => ({ then: () => undefined })]) {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const onError = vi.fn();
      let called!: () => void;
      const hookCalled = new Promise<void>((resolve) => {
        called = resolve;
      });
      const answering = handler({
        timeoutMs: 5_000,
        onError,
        beforeForward: () => {
          called();
          return never() as never;
        },
      })(resend());
      await hookCalled;
      await vi.advanceTimersByTimeAsync(4_999);
      let settled = false;
      void answering.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await expectFailedClosed(await answering);
      expect(onError.mock.calls[0]![0].message).toBe('beforeForward did not answer within 5000 ms.');
      vi.useRealTimers();
    }
  });
});

const hash = (username: string) =>
  createHmac('sha256', emulator.clientSecret)
    .update(username + emulator.secretClientId)
    .digest('base64');
let n = 0;
/** Signed up and confirmed through the handler: ConfirmSignUp's Session, for the sign-in. */
async function confirmed(handle: (request: Request) => Promise<Response>) {
  n += 1;
  const username = `hooks_${process.pid}_${n}`;
  const answer = await harnessClient(emulator.endpoint).signUp({
    username,
    email: `${username}@example.com`,
    password: 'Correct-Horse-9',
    clientId: emulator.secretClientId,
    secretHash: hash(username),
  });
  const response = await handle(
    post({
      operation: 'ConfirmSignUp',
      params: { Username: username, ConfirmationCode: emulator.latestCode(username), Session: answer.Session },
    }),
  );
  expect(response.status).toBe(200);
  return { username, session: (await response.json()).Session as string };
}

describe('onSignedIn answers with a Response of any fetch implementation', () => {
  it.each(FETCH_IMPLEMENTATIONS)('%s: sent instead of the tokens', async (_, make) => {
    const own = JSON.stringify({ AuthenticationResult: { ExpiresIn: 3600, TokenType: 'Bearer' } });
    const handle = handler({
      onSignedIn: () =>
        make(own, {
          status: 200,
          headers: [
            ['set-cookie', 'sid=1; HttpOnly'],
            ['set-cookie', 'csrf=2'],
            ['content-type', 'application/json'],
          ],
        }) as Response,
    });
    const { username, session } = await confirmed(handle);
    const response = await handle(signIn(username, session));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toBe(own);
    expect(text).not.toMatch(/eyJ/);
    expect(response.headers.getSetCookie()).toEqual(['sid=1; HttpOnly', 'csrf=2']);
    expectSecure(response);
  });

  it.each(FETCH_IMPLEMENTATIONS)("%s: its Headers as { headers, tokens: 'withhold' } keep each cookie", async (_, make) => {
    const handle = handler({
      onSignedIn: () => ({
        headers: (
          make(null, {
            status: 200,
            headers: [
              ['set-cookie', 'sid=1; Expires=Thu, 01 Jan 2037 00:00:00 GMT'],
              ['set-cookie', 'csrf=2'],
            ],
          }) as Response
        ).headers,
        tokens: 'withhold',
      }),
    });
    const { username, session } = await confirmed(handle);
    const response = await handle(signIn(username, session));
    expect(await response.json()).toEqual({ AuthenticationResult: { ExpiresIn: expect.any(Number), TokenType: 'Bearer' } });
    expect(response.headers.getSetCookie()).toEqual(['sid=1; Expires=Thu, 01 Jan 2037 00:00:00 GMT', 'csrf=2']);
  });
});

describe('onSignedIn: anything else is a 500 without a token', () => {
  // Cognito's answer with tokens, from a stand-in for Cognito's endpoint (below the transport).
  const tokens = { AccessToken: 'eyJaccess', IdToken: 'eyJid', RefreshToken: 'eyJrefresh', ExpiresIn: 3600, TokenType: 'Bearer' };
  const cognito = () =>
    createConfirmationHandler({
      endpoint: 'http://cognito.test/',
      clientId: 'client1234567890abcdef',
      clientSecret: 'secret',
      logger: quiet,
      limits: false,
      onError: () => undefined,
      fetch: async () =>
        new Response(JSON.stringify({ AuthenticationResult: tokens }), { headers: { 'content-type': 'application/x-amz-json-1.1' } }),
    });
  const session = 's'.repeat(64);

  it('(the stand-in does answer tokens without onSignedIn)', async () => {
    expect(await (await cognito()(signIn('alice', session))).text()).toMatch(/eyJaccess/);
  });

  it.each<[string, () => unknown]>([
    ['null', () => null],
    [
      'a Response-looking class instance it cannot read (no arrayBuffer)',
      () =>
        new (class {
          status = 200;
          headers = new Headers();
        })(),
    ],
    [
      'an instance of a class with no own fields',
      () =>
        new (class Reply {
          get tokens() {
            return 'withhold';
          }
        })(),
    ],
    [
      'tokens behind a getter that throws',
      () => ({
        get tokens(): never {
          throw new Error('tokens');
        },
      }),
    ],
    [
      'headers that throw when copied',
      () => ({
        headers: {
          forEach: () => {
            throw new Error('forEach');
          },
          get: () => null,
        },
        tokens: 'withhold',
      }),
    ],
    [
      'a Proxy whose keys throw',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('keys');
            },
          },
        ),
    ],
    // biome-ignore lint/suspicious/noThenProperty: a thenable a hostile hook returns is the probe
    ['a thenable that never calls back', () => ({ then: () => undefined })],
    ['a body too large', () => new NodeFetch3Response('x'.repeat(2048), { status: 200 })],
  ])('%s', async (name, answer) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const onError = vi.fn();
    let called!: () => void;
    const hookCalled = new Promise<void>((resolve) => {
      called = resolve;
    });
    const handle = createConfirmationHandler({
      endpoint: 'http://cognito.test/',
      clientId: 'client1234567890abcdef',
      clientSecret: 'secret',
      logger: quiet,
      limits: false,
      maxResponseBytes: 1024,
      timeoutMs: 5_000,
      onError,
      onSignedIn: () => {
        called();
        return answer() as never;
      },
      fetch: async () => new Response(JSON.stringify({ AuthenticationResult: tokens })),
    });
    const answering = handle(signIn('alice', session));
    if (name.startsWith('a thenable')) {
      await hookCalled;
      await vi.advanceTimersByTimeAsync(5_000);
    }
    const response = await answering;
    expect(response.status).toBe(500);
    expectSecure(response);
    expect(await response.text()).not.toMatch(/eyJ/);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});

describe('createLambdaHandler reads a hook’s Response whole: bounded like Cognito’s answer', () => {
  const lambda = (extra: Partial<ConfirmationHandlerOptions>) =>
    createLambdaHandler({
      endpoint: emulator.endpoint,
      clientId: emulator.secretClientId,
      clientSecret: emulator.clientSecret,
      logger: quiet,
      ...extra,
    } as ConfirmationHandlerOptions);
  const event = () => httpApiEvent({ body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: 'nobody_here' } }) });

  it("Node's own Response with a body past maxResponseBytes → 500, the stream cancelled", async () => {
    const onError = vi.fn();
    let cancelled = false;
    let chunks = 0;
    // 64 KB, 16 times the bound: finite, so a handler that reads it all answers (wrongly) rather than hangs.
    const huge = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        chunks += 1;
        if (chunks > 64) controller.close();
        else controller.enqueue(new Uint8Array(1024));
      },
      cancel: () => {
        cancelled = true;
      },
    });
    const result = await lambda({ maxResponseBytes: 4096, onError, beforeForward: () => new Response(huge, { status: 403 }) })(event());
    expect(result.statusCode).toBe(500);
    expect(JSON.parse(result.body!)).toMatchObject({ __type: 'InternalErrorException' });
    expect(result.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(cancelled).toBe(true);
    expect(emulator.requests).toHaveLength(0);
  });

  it("Node's own Response whose body never ends → 500 after timeoutMs", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const onError = vi.fn();
    let called!: () => void;
    const hookCalled = new Promise<void>((resolve) => {
      called = resolve;
    });
    const answering = lambda({
      timeoutMs: 5_000,
      onError,
      beforeForward: () => {
        called();
        return new Response(new ReadableStream({ pull: () => new Promise(() => undefined) }), { status: 403 });
      },
    })(event());
    await hookCalled;
    await vi.advanceTimersByTimeAsync(5_000);
    const result = await answering;
    expect(result.statusCode).toBe(500);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a hook’s ordinary Response goes out as it is', async () => {
    const result = await lambda({ beforeForward: () => new NodeFetch3Response(refusal, refusalInit) as never })(event());
    expect(result.statusCode).toBe(403);
    expect(result.body).toBe(refusal);
    expect(result.cookies).toEqual(['csrf=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/', 'seen=1; Path=/']);
  });
});
