// Runs the demo (demo/, a Vite app using the kit from source) on Vite's dev server, with or without
// the local Cognito emulator. Used by scripts/start.mjs (`npm start`) and by the e2e tests, which
// start it on ephemeral ports. Types: demoServer.d.mts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startEmulator } from '../test/support/emulator.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const configFile = path.join(repoRoot, 'demo', 'vite.config.ts');

/**
 * Vite's dev server for demo/. `env` holds VITE_* values for the page; they are passed per server
 * through `define` (not process.env), so several demos can run in one process. Without `env`, the
 * VITE_* variables of the environment apply (a real user pool).
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', env = {}, logLevel = 'warn', strictPort = false } = {}) {
  const define = Object.fromEntries(Object.entries(env).map(([name, value]) => [`import.meta.env.${name}`, JSON.stringify(value ?? '')]));
  const server = await createServer({
    configFile,
    define,
    logLevel,
    clearScreen: false,
    server: { port, host, strictPort },
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw error;
  }
  const address = server.httpServer?.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = server.resolvedUrls?.local[0] ?? `http://${host}:${boundPort}/`;
  let stopping;
  return {
    url,
    port: boundPort,
    server,
    stop() {
      stopping ??= server.close();
      return stopping;
    },
  };
}

/**
 * The emulator (seeded pool, a public client and one with a secret, ResendConfirmationCode) plus
 * the demo pointed at it. `port: 0` / `emulatorPort: 0` pick free ports.
 */
export async function startDemo({
  emulatorPort = 0,
  port = 0,
  host = '127.0.0.1',
  resendLimit,
  onMessage,
  customMessage,
  links = true,
  logLevel = 'warn',
  emulatorLogLevel = 'silent',
  strictPort = false,
  emulatorIds,
  emulatorDataDir,
} = {}) {
  const emulator = await startEmulator({
    ...(emulatorIds !== undefined ? { ids: emulatorIds } : {}),
    ...(emulatorDataDir !== undefined ? { dataDir: emulatorDataDir } : {}),
    port: emulatorPort,
    host,
    logLevel: emulatorLogLevel,
    ...(resendLimit !== undefined ? { resendLimit } : {}),
    ...(onMessage ? { onMessage } : {}),
    // The demo's own page is the link's target, known once its server listens: until then (never
    // in practice, the demo is not served yet) a code goes out without a link.
    ...(customMessage
      ? { customMessage }
      : links
        ? { customMessage: (event, context) => (linkTrigger ? linkTrigger(event, context) : event) }
        : {}),
  });
  let linkTrigger;
  let demo;
  try {
    demo = await startDemoServer({
      port,
      host,
      logLevel,
      strictPort,
      env: {
        VITE_COGNITO_ENDPOINT: emulator.endpoint,
        VITE_USER_POOL_ID: emulator.userPoolId,
        VITE_CLIENT_ID: emulator.clientId,
        VITE_SECRET_CLIENT_ID: emulator.secretClientId,
        VITE_REGION: emulator.userPoolId.split('_')[0],
      },
    });
    if (links && !customMessage) {
      linkTrigger = await linkMessageTrigger(new URL('?tab=link', demo.url).href, new URL('?tab=reset', demo.url).href);
    }
  } catch (error) {
    await demo?.stop();
    await emulator.stop();
    throw error;
  }
  let stopping;
  return {
    url: demo.url,
    port: demo.port,
    server: demo.server,
    emulator,
    stop() {
      stopping ??= (async () => {
        await demo.stop();
        await emulator.stop();
      })();
      return stopping;
    },
  };
}

/**
 * The kit's CustomMessage trigger (src/server, TypeScript, loaded through Vite's module runner): sign-up
 * codes link to `confirmUrl`, password-reset codes to `resetUrl`.
 */
async function linkMessageTrigger(confirmUrl, resetUrl) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(path.join(repoRoot, 'src/server/customMessage/createCustomMessageHandler.ts'), {
    configFile: false,
    logLevel: 'silent',
  });
  return module.createCustomMessageHandler({ confirmUrl, resetUrl });
}
