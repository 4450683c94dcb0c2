// Faults of the upstream, played by local HTTP servers standing in for Cognito: each one answered
// with a clear 5xx (or Cognito's own status) in JSON, in bounded time and memory, nothing leaked.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../src/server/createConfirmationHandler';

const CLIENT_ID = 'client1';
const SECRET = 'upstream-test-secret-value';
const MB = 1024 * 1024;

interface FakeUpstream {
  url: string;
  requests: number;
  /** Bytes the fake wrote into its response bodies. */
  written: number;
  /** Resolves when a response's connection closed (the handler stopped reading or finished). */
  closed: Promise<void>;
  close(): Promise<void>;
}

const upstreams: FakeUpstream[] = [];
afterEach(async () => {
  await Promise.all(upstreams.splice(0).map((u) => u.close()));
});

async function fakeUpstream(respond: (req: IncomingMessage, res: ServerResponse, upstream: FakeUpstream) => void): Promise<FakeUpstream> {
  const sockets = new Set<Socket>();
  let markClosed!: () => void;
  const upstream: FakeUpstream = {
    url: '',
    requests: 0,
    written: 0,
    closed: new Promise<void>((resolve) => {
      markClosed = resolve;
    }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    upstream.requests += 1;
    res.on('close', markClosed);
    req.resume();
    req.on('end', () => respond(req, res, upstream));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  upstreams.push(upstream);
  return upstream;
}

/** Writes `total` bytes (Infinity: forever) as fast as the reader takes them, until the connection closes. */
function stream(res: ServerResponse, upstream: FakeUpstream, total: number) {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const pump = () => {
    while (!res.destroyed && upstream.written < total) {
      upstream.written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.write('{"pad":"');
  pump();
}

function handlerFor(upstream: FakeUpstream, extra: Partial<Omit<ConfirmationHandlerOptions, 'region' | 'endpoint'>> = {}) {
  return createConfirmationHandler({ endpoint: upstream.url, clientId: CLIENT_ID, clientSecret: SECRET, ...extra });
}

const resend = (username = 'alice') =>
  new Request('http://app.test/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
  });

const hashOf = (username: string) =>
  createHmac('sha256', SECRET)
    .update(username + CLIENT_ID)
    .digest('base64');

async function expectJsonError(response: Response, status: number, type: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const text = await response.text();
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(hashOf('alice'));
  const body = JSON.parse(text);
  expect(body.__type).toBe(type);
  return body;
}

describe('createConfirmationHandler: upstream faults', () => {
  it('answers 504 when Cognito never answers', async () => {
    const upstream = await fakeUpstream(() => undefined);
    await expectJsonError(await handlerFor(upstream, { timeoutMs: 300 })(resend()), 504, 'TimeoutError');
    expect(upstream.requests).toBe(1);
  });

  it('answers 504 when the answer body dribbles past timeoutMs, and lets go of it', async () => {
    const upstream = await fakeUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.write('{');
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    await expectJsonError(await handlerFor(upstream, { timeoutMs: 300 })(resend()), 504, 'TimeoutError');
    await upstream.closed;
  });

  it('answers 502 to a 100 MB answer without reading it (today: read whole, then relayed)', async () => {
    const upstream = await fakeUpstream((_req, res, self) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': String(100 * MB + 10) });
      stream(res, self, 100 * MB);
    });
    await expectJsonError(await handlerFor(upstream, { timeoutMs: 60_000 })(resend()), 502, 'InvalidResponseError');
    await upstream.closed;
    // Socket buffers hold a few MB at most; reading it all would be 100.
    expect(upstream.written).toBeLessThan(20 * MB);
  });

  it('answers 502 to an endless answer of unknown length and cancels the stream (today: read until the timeout)', async () => {
    const upstream = await fakeUpstream((_req, res, self) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      stream(res, self, Number.POSITIVE_INFINITY);
    });
    const body = await expectJsonError(
      await handlerFor(upstream, { timeoutMs: 60_000, maxResponseBytes: MB })(resend()),
      502,
      'InvalidResponseError',
    );
    expect(body.message).toMatch(/larger than 1048576 bytes/);
    await upstream.closed;
    expect(upstream.written).toBeLessThan(20 * MB);
  });

  it('still relays a large answer under the cap', async () => {
    const upstream = await fakeUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ CodeDeliveryDetails: { Destination: 'a***@e***.com' }, pad: 'x'.repeat(900_000) }));
    });
    const response = await handlerFor(upstream)(resend());
    expect(response.status).toBe(200);
    expect((await response.json()).CodeDeliveryDetails.Destination).toBe('a***@e***.com');
  });

  it.each([500, 502, 503, 504])(
    'relays an HTML %i as a JSON InternalErrorException with the same status (today: HTML labelled JSON)',
    async (status) => {
      const upstream = await fakeUpstream((_req, res) => {
        res.writeHead(status, { 'content-type': 'text/html' });
        res.end('<html><body><h1>Internal Server Error</h1><script>alert(1)</script></body></html>');
      });
      const body = await expectJsonError(await handlerFor(upstream)(resend()), status, 'InternalErrorException');
      expect(body.message).toContain(String(status));
      expect(JSON.stringify(body)).not.toContain('<');
    },
  );

  it('answers 502 to a success that is not a JSON object', async () => {
    for (const text of ['<html>ok</html>', '', '[1,2]', 'null', '"ok"']) {
      const upstream = await fakeUpstream((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(text);
      });
      await expectJsonError(await handlerFor(upstream)(resend()), 502, 'InvalidResponseError');
    }
  });

  it('keeps a 4xx non-JSON error as such, typed from x-amzn-ErrorType when Cognito sends it', async () => {
    const waf = await fakeUpstream((_req, res) => {
      res.writeHead(403, { 'content-type': 'text/html', 'x-amzn-errortype': 'ForbiddenException:http://internal.amazon.com/coral/' });
      res.end('<html>Request blocked</html>');
    });
    const response = await handlerFor(waf)(resend());
    await expectJsonError(response, 403, 'ForbiddenException');
    expect(response.headers.get('x-amzn-errortype')).toBe('ForbiddenException:http://internal.amazon.com/coral/');
    const proxy = await fakeUpstream((_req, res) => {
      res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '7' });
      res.end('slow down');
    });
    const limited = await handlerFor(proxy)(resend());
    await expectJsonError(limited, 429, 'InvalidResponseError');
    expect(limited.headers.get('retry-after')).toBe('7');
  });

  it('drops a malformed Retry-After (a well-formed one passes, above)', async () => {
    const upstream = await fakeUpstream((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'retry-after': '9'.repeat(100) });
      res.end('{"__type":"TooManyRequestsException","message":"Rate exceeded"}');
    });
    const response = await handlerFor(upstream)(resend());
    expect(response.status).toBe(400);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('does not follow a redirect with the SecretHash (today: sent on to the other host)', async () => {
    const elsewhere = await fakeUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const upstream = await fakeUpstream((_req, res) => {
      res.writeHead(307, { location: elsewhere.url });
      res.end();
    });
    await expectJsonError(await handlerFor(upstream)(resend()), 502, 'NetworkError');
    expect(elsewhere.requests).toBe(0);
  });

  it('answers 502 when Cognito drops the connection halfway through its answer', async () => {
    const upstream = await fakeUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': '1000' });
      res.write('{"CodeDeliveryDetails":', () => res.destroy());
    });
    await expectJsonError(await handlerFor(upstream)(resend()), 502, 'NetworkError');
  });

  it('scrubs the secret and the SecretHash, escaped or not, from anything Cognito echoes', async () => {
    // A username whose SecretHash has a "/", which JSON may write as "\/".
    const username = Array.from({ length: 200 }, (_, i) => `user${i}`).find((name) => hashOf(name).includes('/'))!;
    const hash = hashOf(username);
    const upstream = await fakeUpstream((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(`{"__type":"InvalidParameterException","message":"bad ${SECRET} ${hash} ${hash.replace(/\//g, '\\/')}"}`);
    });
    const response = await handlerFor(upstream)(resend(username));
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toContain(SECRET);
    expect(JSON.parse(text).message).not.toContain(hash);
    expect(text).not.toContain(hash.replace(/\//g, '\\/'));
  });
});
