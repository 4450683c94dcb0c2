// The demo app: `npm start` runs it through scripts/demoServer.mjs (with the emulator); it also
// works as `npx vite --config demo/vite.config.ts` against a real pool (VITE_* env, see README).
import react from '@vitejs/plugin-react';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import type { DemoServerSettings, FetchHandler } from './devApi';

const root = fileURLToPath(new URL('.', import.meta.url));
const devApiModule = fileURLToPath(new URL('./devApi.ts', import.meta.url));

type DevApiModule = typeof import('./devApi');

/** A VITE_* value from `define` (how scripts/demoServer.mjs passes them per server) or from the env. */
function readDemoEnv(config: ResolvedConfig, name: string): string | undefined {
  const defined: unknown = config.define?.[`import.meta.env.${name}`];
  const value: unknown = typeof defined === 'string' ? JSON.parse(defined) : config.env[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Mounts the demo's server side on the dev server: POST /api/cognito (the kit's
 * createConfirmationHandler, for the backend transport) and POST /api/auth (SignUp / InitiateAuth
 * with a SecretHash). Both are Fetch-API handlers in demo/devApi.ts; this converts Node's req/res.
 */
function demoApi(): Plugin {
  let settings: DemoServerSettings;
  const apis = new WeakMap<DevApiModule, ReturnType<DevApiModule['createDevApi']>>();
  return {
    name: 'cognito-confirm-kit-demo-api',
    apply: 'serve',
    configResolved(config) {
      settings = {
        endpoint: readDemoEnv(config, 'VITE_COGNITO_ENDPOINT'),
        region: readDemoEnv(config, 'VITE_REGION') ?? readDemoEnv(config, 'VITE_USER_POOL_ID')?.split('_')[0],
        secretClientId: readDemoEnv(config, 'VITE_SECRET_CLIENT_ID'),
      };
    },
    configureServer(server) {
      // Vite compiles the TypeScript (and src/server) and reloads it on edits.
      const load = async () => {
        const module = (await server.ssrLoadModule(devApiModule)) as DevApiModule;
        const api = apis.get(module) ?? module.createDevApi(settings);
        apis.set(module, api);
        return api;
      };
      const mount = (path: string, pick: (api: ReturnType<DevApiModule['createDevApi']>) => FetchHandler) => {
        server.middlewares.use(path, (req, res, next) => {
          load()
            .then((api) => serveFetch(req, res, pick(api)))
            .catch(next);
        });
      };
      mount('/api/cognito', (api) => api.confirmation);
      mount('/api/auth', (api) => api.auth);
      mount('/api/limits', (api) => api.limits);
    },
  };
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
  // connect strips the mount path from req.url; originalUrl keeps it.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const request = new Request(new URL(path, `http://${req.headers.host ?? '127.0.0.1'}`), {
    method,
    headers,
    ...(hasBody ? { body: req as unknown as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
  const response = await handler(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export default defineConfig({
  root,
  // Its own cache, so the demo and Storybook never re-optimize each other's dependencies.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/demo', import.meta.url)),
  plugins: [react(), demoApi()],
  // Everything the page imports, known up front: a dependency discovered mid-load would make Vite
  // reload the page (and flake the e2e tests).
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom/client',
      '@tanstack/react-query',
      'amazon-cognito-identity-js',
    ],
    // amazon-cognito-identity-js pulls in buffer@4, which reads Node's `global`. Replaced in the
    // pre-bundled dependencies only, not in the app's code.
    rolldownOptions: { transform: { define: { global: 'globalThis' } } },
  },
  server: {
    warmup: { clientFiles: ['./main.tsx'] },
  },
});
