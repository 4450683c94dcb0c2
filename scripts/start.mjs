// `npm start`: the local Cognito emulator and the demo app together; Ctrl-C stops both.
//   PORT           demo dev server (default 5180, clear of an app's own Vite on 5173; the next free port if taken)
//   EMULATOR_PORT  emulator (default 9329)
//   HOST           both (default 127.0.0.1)
//   EMULATOR_USER_POOL_ID, EMULATOR_CLIENT_ID, …, EMULATOR_DATA_DIR: as for `npm run emulator`
// With VITE_USER_POOL_ID + VITE_CLIENT_ID (+ VITE_REGION) set and no VITE_COGNITO_ENDPOINT, no
// emulator starts and the demo talks to that real user pool.
import { startDemo, startDemoServer } from './demoServer.mjs';
import { emulatorOptionsFromEnv } from './emulatorEnv.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 5180);
const emulatorPort = Number(process.env.EMULATOR_PORT || 9329);
const realPool = Boolean(process.env.VITE_USER_POOL_ID) && !process.env.VITE_COGNITO_ENDPOINT;

let emulatorOptions;
try {
  emulatorOptions = emulatorOptionsFromEnv(process.env);
} catch (error) {
  // A wrong id is one line naming its variable, as in `npm run emulator`.
  console.error(error.message);
  process.exit(1);
}

// Vite's dev server adds its own SIGTERM handler, which exits before the emulator is stopped and
// leaves the emulator's temp folder behind: the demo's own shutdown below is the only one.
const sigtermBefore = new Set(process.listeners('SIGTERM'));
let running;
try {
  if (realPool) {
    if (!process.env.VITE_CLIENT_ID) throw new Error('VITE_USER_POOL_ID is set but VITE_CLIENT_ID is not.');
    running = await startDemoServer({ port, host });
    console.log(`cognito-confirm-kit demo (real user pool)

  demo         ${running.url}
  user pool    ${process.env.VITE_USER_POOL_ID}  (region ${process.env.VITE_REGION || process.env.VITE_USER_POOL_ID.split('_')[0]})
  client id    ${process.env.VITE_CLIENT_ID}
  backend      ${process.env.VITE_SECRET_CLIENT_ID && process.env.COGNITO_CLIENT_SECRET ? `/api/cognito for ${process.env.VITE_SECRET_CLIENT_ID}` : 'off (set VITE_SECRET_CLIENT_ID and COGNITO_CLIENT_SECRET)'}

Codes arrive by real email or SMS. Ctrl-C stops.`);
  } else {
    running = await startDemo({
      emulatorIds: emulatorOptions.ids,
      emulatorDataDir: emulatorOptions.dataDir,
      port,
      host,
      emulatorPort,
      onMessage(message) {
        const time = new Date(message.at).toLocaleTimeString();
        console.log(`  ${time}  ${message.source ?? 'code'}  ${message.username} -> ${message.destination}: ${message.code}`);
      },
    });
    const { emulator } = running;
    console.log(`cognito-confirm-kit demo

  demo              ${running.url}
  emulator          ${emulator.endpoint}   (cognito-local + ResendConfirmationCode)
  user pool id      ${emulator.userPoolId}
  client id         ${emulator.clientId}   (no secret: fetch, amazon-cognito-identity-js)
  secret client id  ${emulator.secretClientId}   (backend transport via /api/cognito)

Open ${running.url} and sign up; the codes the emulator "sends" show up in the page and here.
Ctrl-C stops both.
`);
  }
} catch (error) {
  const inUse = error?.code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${error.port ?? emulatorPort} is taken: set EMULATOR_PORT (emulator) or PORT (demo) to another one.`
      : `Could not start the demo: ${error?.stack ?? error}`,
  );
  process.exit(1);
}

let stopping = false;
async function shutdown(signal) {
  // A second Ctrl-C while stopping: leave at once.
  if (stopping) process.exit(130);
  stopping = true;
  console.log(`\n${signal}: stopping the demo${realPool ? '' : ' and the emulator'}`);
  try {
    await running.stop();
  } finally {
    // Vite's watchers and keep-alive sockets are closed by now; exit rather than wait for stragglers.
    process.exit(0);
  }
}
for (const listener of process.listeners('SIGTERM')) if (!sigtermBefore.has(listener)) process.off('SIGTERM', listener);
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
