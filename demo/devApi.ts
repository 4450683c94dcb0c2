// The demo dev server's API (Node only, never part of the page):
//   POST /api/cognito  createConfirmationHandler from src/server, for the kit's backend transport
//   POST /api/auth     SignUp / InitiateAuth for the app client WITH a secret (the SecretHash is added here)
// Both hold the client secret, which therefore never reaches the browser.
import { computeSecretHash } from '../src/server/computeSecretHash';
import { createConfirmationHandler } from '../src/server/createConfirmationHandler';
import { clientIpFromForwardedFor } from '../src/server/limits/clientIpFrom';
import { isServerQuotaChoice, SERVER_QUOTAS, type ServerQuotaChoice } from './serverQuotas';

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

export type FetchHandler = (request: Request) => Promise<Response>;

const MAX_BODY_BYTES = 16 * 1024;
const AUTH_OPERATIONS = new Set(['SignUp', 'InitiateAuth']);
const FORWARDED_FIELDS: Record<string, readonly string[]> = {
  SignUp: ['Username', 'Password', 'UserAttributes', 'ValidationData', 'ClientMetadata', 'UserContextData', 'AnalyticsMetadata'],
  InitiateAuth: ['AuthFlow', 'ClientMetadata', 'UserContextData', 'AnalyticsMetadata'],
};

/**
 * The two handlers, for the settings the dev server resolved. Loaded by the plugin in
 * demo/vite.config.ts through `server.ssrLoadModule`, so Vite compiles this file and src/server
 * like any other module (and picks up edits) instead of bundling them into the config.
 */
export function createDevApi(settings: DemoServerSettings): { confirmation: FetchHandler; auth: FetchHandler; limits: FetchHandler } {
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

  // The kit's quotas are on, as in any app; the settings panel can lower them (POST /api/limits).
  let quota: ServerQuotaChoice = 'default';
  let confirmationHandler: Promise<FetchHandler | undefined> | undefined;
  const resolveConfirmationHandler = () =>
    (confirmationHandler ??= resolveSecretClient()
      .then((client) => {
        const url = cognitoUrl();
        if (!client || !url) return undefined;
        return createConfirmationHandler({
          endpoint: url,
          clientId: client.clientId,
          clientSecret: client.clientSecret,
          // The dev server replaces any x-forwarded-for the browser sent with the socket's address:
          // one trusted hop. Used for the per-IP quota and UserContextData.IpAddress.
          clientIp: clientIpFromForwardedFor(1),
          limits: SERVER_QUOTAS[quota].limits,
        });
      })
      .catch((error: unknown) => {
        confirmationHandler = undefined;
        throw error;
      }));

  const confirmation: FetchHandler = async (request) => {
    let handler: FetchHandler | undefined;
    try {
      handler = await resolveConfirmationHandler();
    } catch {
      return cognitoError(502, 'NetworkError', 'The emulator could not be reached.');
    }
    return handler
      ? handler(request)
      : cognitoError(
          501,
          'ResourceNotFoundException',
          'No app client with a secret is configured (VITE_SECRET_CLIENT_ID + COGNITO_CLIENT_SECRET).',
        );
  };

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
    let client: SecretClient | undefined;
    try {
      client = await resolveSecretClient();
    } catch {
      return cognitoError(502, 'NetworkError', 'The emulator could not be reached.');
    }
    const url = cognitoUrl();
    if (!client || !url) {
      return cognitoError(
        501,
        'ResourceNotFoundException',
        'No app client with a secret is configured (VITE_SECRET_CLIENT_ID + COGNITO_CLIENT_SECRET).',
      );
    }
    // Only the fields these operations take: a route holding a secret must not relay anything else.
    const given = params as Record<string, unknown>;
    const forwarded: Record<string, unknown> = { ClientId: client.clientId };
    for (const field of FORWARDED_FIELDS[operation] ?? []) if (given[field] !== undefined) forwarded[field] = given[field];
    if (operation === 'SignUp') {
      if (typeof given['Username'] !== 'string') return cognitoError(400, 'ValidationError', 'Username is required.');
      forwarded['SecretHash'] = await computeSecretHash({
        username: given['Username'],
        clientId: client.clientId,
        clientSecret: client.clientSecret,
      });
    } else {
      const authParameters = (
        typeof given['AuthParameters'] === 'object' && given['AuthParameters'] !== null ? given['AuthParameters'] : {}
      ) as Record<string, unknown>;
      if (given['AuthFlow'] !== 'USER_PASSWORD_AUTH' || typeof authParameters['USERNAME'] !== 'string') {
        return cognitoError(400, 'ValidationError', 'Only USER_PASSWORD_AUTH with a USERNAME is forwarded.');
      }
      forwarded['AuthParameters'] = {
        USERNAME: authParameters['USERNAME'],
        PASSWORD: authParameters['PASSWORD'],
        SECRET_HASH: await computeSecretHash({
          username: authParameters['USERNAME'],
          clientId: client.clientId,
          clientSecret: client.clientSecret,
        }),
      };
    }
    try {
      const upstream = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
        body: JSON.stringify(forwarded),
        signal: AbortSignal.timeout(15_000),
      });
      return new Response(await upstream.text(), {
        status: upstream.status,
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      });
    } catch {
      return cognitoError(502, 'NetworkError', 'Cognito could not be reached.');
    }
  };

  // Demo only: a real app sets its limits in code, never from a request.
  const limits: FetchHandler = async (request) => {
    if (request.method !== 'POST') return cognitoError(405, 'ValidationError', 'Use POST.');
    let choice: unknown;
    try {
      choice = ((await request.json()) as { quota?: unknown }).quota;
    } catch {
      return cognitoError(400, 'ValidationError', 'The body is not valid JSON.');
    }
    if (!isServerQuotaChoice(choice)) return cognitoError(400, 'ValidationError', 'Unknown quota preset.');
    if (choice !== quota) {
      quota = choice;
      confirmationHandler = undefined; // rebuilt with the new limits (and fresh counts) on the next request
    }
    return new Response(JSON.stringify({ quota }), { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  };

  return { confirmation, auth: authHandler, limits };
}

function cognitoError(status: number, type: string, message: string): Response {
  return new Response(JSON.stringify({ __type: type, message }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}
