// Where the demo sends its requests, from Vite's env: scripts/demoServer.mjs sets these for the
// local emulator; for a real user pool set VITE_USER_POOL_ID, VITE_CLIENT_ID and VITE_REGION
// (optionally VITE_SECRET_CLIENT_ID, with COGNITO_CLIENT_SECRET for the dev server only).

export interface DemoEnv {
  /** 'emulator' when VITE_COGNITO_ENDPOINT is set, 'aws' with just a pool and client, else 'unconfigured'. */
  mode: 'emulator' | 'aws' | 'unconfigured';
  /** The emulator's Cognito endpoint (with a trailing slash), or undefined for AWS. */
  endpoint: string | undefined;
  region: string | undefined;
  userPoolId: string;
  /** App client without a secret: the fetch and amazon-cognito-identity-js transports. */
  clientId: string;
  /** App client with a secret: the backend transport (the dev server adds the SecretHash). */
  secretClientId: string | undefined;
  /** Shows the codes the emulator "sent" (dev server with the emulator only). */
  showCodes: boolean;
}

// Read through a cast rather than `vite/client`'s global types, so nothing Vite-specific leaks
// into the type check of the kit's own sources.
const viteEnv = (import.meta as unknown as { env: Record<string, string | boolean | undefined> }).env;

function read(name: string): string | undefined {
  const value = viteEnv[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function load(): DemoEnv {
  const endpoint = read('VITE_COGNITO_ENDPOINT');
  const userPoolId = read('VITE_USER_POOL_ID') ?? '';
  const clientId = read('VITE_CLIENT_ID') ?? '';
  const region = read('VITE_REGION') ?? (userPoolId.includes('_') ? userPoolId.split('_')[0] : undefined);
  const mode = !userPoolId || !clientId ? 'unconfigured' : endpoint ? 'emulator' : 'aws';
  return {
    mode,
    endpoint: endpoint ? (endpoint.endsWith('/') ? endpoint : `${endpoint}/`) : undefined,
    region,
    userPoolId,
    clientId,
    secretClientId: read('VITE_SECRET_CLIENT_ID'),
    showCodes: mode === 'emulator' && viteEnv['DEV'] === true,
  };
}

export const demoEnv: DemoEnv = load();

/** The Cognito JSON endpoint the browser talks to directly (fetch transport, sign-up, sign-in). */
export function cognitoEndpoint(env: DemoEnv): string {
  return env.endpoint ?? `https://cognito-idp.${env.region ?? 'us-east-1'}.amazonaws.com/`;
}
