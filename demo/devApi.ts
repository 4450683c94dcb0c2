// Dev-server routes for the demo (Node only, never bundled into the page):
//   POST /api/cognito  createConfirmationHandler from src/server, for the kit's backend transport
//   POST /api/auth     SignUp / InitiateAuth for the app client WITH a secret (the SecretHash is added here)
// Both hold the client secret, which therefore never reaches the browser.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ResolvedConfig } from 'vite';
import { computeSecretHash } from '../src/server/computeSecretHash';
import { createConfirmationHandler } from '../src/server/createConfirmationHandler';

/** What the page is told (VITE_* values) and what only this server knows. */
export interface DemoServerSettings {
  /** Cognito JSON endpoint of the emulator; undefined for a real user pool. */
  endpoint: string | undefined;
  region: string | undefined;
  secretClientId: string | undefined;
}

interface SecretClient {
  clientId: string;
  clientSecret: string;
}

type FetchHandler = (request: Request) => Promise<Response>;

const MAX_BODY_BYTES = 16 * 1024;
const AUTH_OPERATIONS = new Set(['SignUp', 'InitiateAuth']);

/** A VITE_* value from `define` (how scripts/demoServer.mjs passes them per server) or the env. */
export function readDemoEnv(config: Pick<ResolvedConfig, 'define' | 'env'>, name: string): string | undefined {
  const defined = config.define?.[`import.meta.env.${name}`];
  if (typeof defined === 'string') {
    const value: unknown = JSON.parse(defined);
    return typeof value === 'string' && value !== '' ? value : undefined;
  }
  const fromEnv: unknown = config.env[name];
  return typeof fromEnv === 'string' && fromEnv !== '' ? fromEnv : undefined;
}

export function cognitoDevApi(): Plugin {
  let settings: DemoServerSettings = { endpoint: undefined, region: undefined, secretClientId: undefined };
  let secretClient: Promise<SecretClient | undefined> | undefined;

  const cognitoUrl = () => settings.endpoint ?? (settings.region ? `https://cognito-idp.${settings.region}.amazonaws.com/` : undefined);

  // The emulator's secret is a throwaway local value it reports on /_harness/info; for a real pool
  // it comes from COGNITO_CLIENT_SECRET (no VITE_ prefix, so Vite never exposes it to the page).
  const resolveSecretClient = () =>
    (secretClient ??= (async () => {
      const envSecret = process.env['COGNITO_CLIENT_SECRET'];
      if (envSecret && settings.secretClientId) return { clientId: settings.secretClientId, clientSecret: envSecret };
      if (!settings.endpoint) return undefined;
      const response = await fetch(new URL('_harness/info', settings.endpoint));
      if (!response.ok) throw new Error(`GET _harness/info answered ${response.status}`);
      const info = (await response.json()) as { secretClientId: string; testOnlyClientSecret: string };
      return { clientId: info.secretClientId, clientSecret: info.testOnlyClientSecret };
    })().catch((error: unknown) => {
      secretClient = undefined; // try again on the next request
      throw error;
    }));

  let confirmationHandler: Promise<FetchHandler | undefined> | undefined;
  const resolveConfirmationHandler = () =>
    (confirmationHandler ??= resolveSecretClient().then((client) => {
      const url = cognitoUrl();
      if (!client || !url) return undefined;
      return createConfirmationHandler({
        endpoint: url,
        clientId: client.clientId,
        clientSecret: client.clientSecret,
        // The middleware below replaces any x-forwarded-for the browser sent with the socket's address.
        getIpAddress: (request) => request.headers.get('x-forwarded-for') ?? undefined,
      });
    })).catch((error: unknown) => {
      confirmationHandler = undefined;
      throw error;
    });

  const authHandler: FetchHandler = async (request) => {
    if (request.method !== 'POST') return cognitoError(405, 'ValidationError', 'Use POST.');
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return cognitoError(413, 'ValidationError', 'Body too large.');
    let body: { operation?: unknown; params?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return cognitoError(400, 'ValidationError', 'The body is not valid JSON.');
    }
    const { operation, params } = body ?? {};
    if (typeof operation !== 'string' || !AUTH_OPERATIONS.has(operation)) {
      return cognitoError(400, 'UnsupportedOperationException', 'Only SignUp and InitiateAuth are forwarded here.');
    }
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      return cognitoError(400, 'ValidationError', 'params must be an object.');
    }
    const client = await resolveSecretClient();
    const url = cognitoUrl();
    if (!client || !url) {
      return cognitoError(501, 'ResourceNotFoundException', 'No app client with a secret is configured (VITE_SECRET_CLIENT_ID + COGNITO_CLIENT_SECRET).');
    }
    const given = params as Record<string, unknown>;
    const forwarded: Record<string, unknown> = { ...given, ClientId: client.clientId };
    delete forwarded['SecretHash'];
    if (operation === 'SignUp') {
      if (typeof given['Username'] !== 'string') return cognitoError(400, 'ValidationError', 'Username is required.');
      forwarded['SecretHash'] = await computeSecretHash({ username: given['Username'], clientId: client.clientId, clientSecret: client.clientSecret });
    } else {
      const authParameters = (typeof given['AuthParameters'] === 'object' && given['AuthParameters'] !== null ? given['AuthParameters'] : {}) as Record<string, unknown>;
      if (given['AuthFlow'] !== 'USER_PASSWORD_AUTH' || typeof authParameters['USERNAME'] !== 'string') {
        return cognitoError(400, 'ValidationError', 'Only USER_PASSWORD_AUTH with a USERNAME is forwarded.');
      }
      forwarded['AuthParameters'] = {
        ...authParameters,
        SECRET_HASH: await computeSecretHash({ username: authParameters['USERNAME'], clientId: client.clientId, clientSecret: client.clientSecret }),
      };
    }
    try {
      const upstream = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
        body: JSON.stringify(forwarded),
        signal: AbortSignal.timeout(15_000),
      });
      return new Response(await upstream.text(), { status: upstream.status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
    } catch {
      return cognitoError(502, 'NetworkError', 'Cognito could not be reached.');
    }
  };

  return {
    name: 'cognito-confirm-kit-demo-api',
    configResolved(config) {
      settings = {
        endpoint: readDemoEnv(config, 'VITE_COGNITO_ENDPOINT'),
        region: readDemoEnv(config, 'VITE_REGION'),
        secretClientId: readDemoEnv(config, 'VITE_SECRET_CLIENT_ID'),
      };
    },
    configureServer(server) {
      server.middlewares.use('/api/cognito', (req, res, next) => {
        serveFetch(req, res, async (request) => {
          const handler = await resolveConfirmationHandler();
          return handler ? handler(request) : cognitoError(501, 'ResourceNotFoundException', 'No app client with a secret is configured.');
        }).catch(next);
      });
      server.middlewares.use('/api/auth', (req, res, next) => {
        serveFetch(req, res, authHandler).catch(next);
      });
    },
  };
}

function cognitoError(status: number, type: string, message: string): Response {
  return new Response(JSON.stringify({ __type: type, message }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

/** Node's req/res ⇄ the Fetch API, the way any Node framework mounts a `(Request) => Response` handler. */
async function serveFetch(req: IncomingMessage, res: ServerResponse, handler: FetchHandler): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  // Whatever the browser claims, the caller is whoever is on the other end of the socket.
  headers.set('x-forwarded-for', req.socket.remoteAddress ?? '127.0.0.1');
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const url = new URL((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const request = new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: req as unknown as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
  const response = await handler(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
