import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoConfirmError } from '../../../../src/core/protocol/CognitoConfirmError';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import { toCognitoConfirmError } from '../../../../src/core/protocol/toCognitoConfirmError';
import { createBackendTransport } from '../../../../src/core/protocol/transports/createBackendTransport';
import { createFetchTransport } from '../../../../src/core/protocol/transports/createFetchTransport';
import { MAX_RESPONSE_BYTES, readCognitoResponse } from '../../../../src/core/protocol/transports/readCognitoResponse';

async function errorOf(response: Response): Promise<CognitoConfirmError> {
  try {
    await readCognitoResponse(response);
  } catch (error) {
    expect(error).toBeInstanceOf(CognitoConfirmError);
    return error as CognitoConfirmError;
  }
  throw new Error('expected readCognitoResponse to reject');
}

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/x-amz-json-1.1', ...headers } });

describe('error codes read the way the AWS SDKs read them', () => {
  // [what, __type in the body, x-amzn-errortype header, expected code]
  const CASES: Array<[string, string | undefined, string | undefined, string]> = [
    ['a plain name', 'CodeMismatchException', undefined, 'CodeMismatchException'],
    ['a namespace', 'com.amazonaws.cognito.identity.idp.model#ExpiredCodeException', undefined, 'ExpiredCodeException'],
    [
      'a URL suffix',
      'NotAuthorizedException:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/',
      undefined,
      'NotAuthorizedException',
    ],
    ['namespace and URL', 'aws.cognito#UserNotFoundException:http://internal.amazon.com/coral/x/', undefined, 'UserNotFoundException'],
    ['a lowercase known name', 'limitexceededexception', undefined, 'LimitExceededException'],
    ['an upper-case known name', 'com.amazonaws#TOOMANYREQUESTSEXCEPTION', undefined, 'TooManyRequestsException'],
    [
      'an empty __type with the header',
      '',
      'CodeMismatchException:http://internal.amazon.com/coral/com.amazonaws.cognito/',
      'CodeMismatchException',
    ],
    ['a bare # with the header', '#', 'ExpiredCodeException', 'ExpiredCodeException'],
    ['the header over the body', 'InternalErrorException', 'UserNotFoundException', 'UserNotFoundException'],
    ['an unknown name kept as is', 'aws#SomethingNewException', undefined, 'SomethingNewException'],
    ['an unknown lowercase name kept as is', 'weirdfault', undefined, 'weirdfault'],
  ];
  it.each(CASES)('%s', async (_what, type, header, code) => {
    const body = type === undefined ? { message: 'm' } : { __type: type, message: 'm' };
    const error = await errorOf(json(body, 400, header ? { 'x-amzn-errortype': header } : {}));
    expect(error.code).toBe(code);
  });

  it('never reports an empty code: a bare #, blanks or nothing at all fall back to a kit code', async () => {
    for (const body of [{ __type: '#' }, { __type: '' }, { __type: '  ' }, { __type: 'ns#' }, {}]) {
      const error = await errorOf(json(body, 400));
      expect(error.code, JSON.stringify(body)).toBe('InvalidResponseError');
    }
    for (const raw of [{ __type: '#' }, { __type: '' }, { code: '#' }, { name: 'x#' }]) {
      const error = toCognitoConfirmError(raw, 400);
      expect(error.code, JSON.stringify(raw)).not.toBe('');
      expect(error.code).toBe('UnknownError');
    }
  });

  it('maps any casing of a known exception from SDK-style errors too', () => {
    expect(toCognitoConfirmError({ __type: 'codemismatchexception' }).code).toBe('CodeMismatchException');
    expect(toCognitoConfirmError({ name: 'USERNOTFOUNDEXCEPTION', $metadata: { httpStatusCode: 400 } }).code).toBe('UserNotFoundException');
    expect(toCognitoConfirmError({ code: 'networkerror' }).code).toBe('NetworkError');
    // A system error code is not a Cognito exception.
    expect(toCognitoConfirmError({ code: 'ECONNRESET', message: 'socket hang up' }).code).toBe('UnknownError');
  });

  it('retries an unknown error on 500, 502, 503 and 504 as the SDKs do, and not on a 4xx or other 5xx', async () => {
    for (const status of [500, 502, 503, 504]) {
      expect((await errorOf(json({ __type: 'ServiceUnavailable' }, status))).retryable, `${status}`).toBe(true);
      expect((await errorOf(json({ message: 'no type' }, status))).retryable, `${status} without a type`).toBe(true);
      expect(toCognitoConfirmError({ __type: 'SomeFault' }, status).retryable).toBe(true);
    }
    for (const status of [400, 403, 404, 429, 501, 505]) {
      expect((await errorOf(json({ __type: 'ServiceUnavailable' }, status))).retryable, `${status}`).toBe(false);
    }
    // A known exception keeps its meaning whatever the status.
    expect((await errorOf(json({ __type: 'CodeMismatchException' }, 500))).retryable).toBe(false);
    expect((await errorOf(json({ __type: 'TooManyRequestsException' }, 400))).retryable).toBe(true);
  });
});

/** A server that answers with a body far past the cap, counting what it managed to write. */
function startHugeServer() {
  const state = { written: 0, closed: false };
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const server: Server = createServer((req, res) => {
    req.resume();
    const mode = req.url ?? '/';
    const total = 64 * 1024 * 1024;
    state.written = 0;
    state.closed = false;
    res.on('close', () => {
      state.closed = true;
    });
    if (mode === '/declared') {
      res.writeHead(400, { 'content-type': 'application/json', 'content-length': String(total) });
    } else {
      res.writeHead(mode === '/ok' ? 200 : 400, { 'content-type': 'application/json' });
    }
    const endless = mode === '/endless';
    const pump = () => {
      while (!state.closed && (endless || state.written < total)) {
        state.written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!state.closed) res.end();
    };
    res.write('{"__type":"X","message":"');
    pump();
  });
  return { server, state };
}

describe('a response body past the cap', () => {
  const { server, state } = startHugeServer();
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const clientFor = (transport: ReturnType<typeof createFetchTransport>) =>
    createCognitoConfirmClient({ userPoolId: 'eu-west-1_Huge1', clientId: 'c', transport, contextData: false });

  it.each(['/ok', '/error', '/endless', '/declared'])('fetch transport: %s → InvalidResponseError without reading it all', async (path) => {
    const client = clientFor(createFetchTransport({ endpoint: `${base}${path}` }));
    await expect(client.resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({ code: 'InvalidResponseError' });
    // The download was cancelled: the server got far less than the 64 MB (or endless) body out.
    await expect.poll(() => state.closed).toBe(true);
    expect(state.written).toBeLessThan(32 * 1024 * 1024);
  });

  it('backend transport: an endless body → InvalidResponseError', async () => {
    const client = clientFor(createBackendTransport({ url: `${base}/endless` }));
    await expect(client.resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({ code: 'InvalidResponseError' });
    await expect.poll(() => state.closed).toBe(true);
    expect(state.written).toBeLessThan(32 * 1024 * 1024);
  });

  it('reads a body right at the cap, and refuses one byte more', async () => {
    const padded = (size: number) => {
      const head = '{"CodeDeliveryDetails":{},"pad":"';
      return `${head}${'x'.repeat(size - head.length - 2)}"}`;
    };
    await expect(readCognitoResponse(new Response(padded(MAX_RESPONSE_BYTES)))).resolves.toHaveProperty('CodeDeliveryDetails');
    await expect(readCognitoResponse(new Response(padded(MAX_RESPONSE_BYTES + 1)))).rejects.toMatchObject({ code: 'InvalidResponseError' });
  });
});
