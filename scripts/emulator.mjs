// Local Cognito emulator for development: `npm run emulator` (`node scripts/emulator.mjs`).
//   EMULATOR_PORT  port (default 9329; PORT is read when EMULATOR_PORT is unset, for older setups)
//   HOST           address to listen on (default 127.0.0.1; 0.0.0.0 for other devices on the network)
//   CONFIRM_URL    the app's confirmation page (e.g. http://localhost:5173/confirm): codes go out through
//                  the kit's createCustomMessageHandler, so each message carries a link to it
//   RESET_URL      the app's password-reset page (e.g. http://localhost:5173/reset): with CONFIRM_URL,
//                  password-reset codes carry a link to it (createCustomMessageHandler's resetUrl)
//   EMULATOR_USER_POOL_ID, EMULATOR_CLIENT_ID, EMULATOR_SECRET_CLIENT_ID, EMULATOR_CLIENT_SECRET,
//   EMULATOR_NO_USER_AUTH_CLIENT_ID
//                  the seeded ids (default: fixed ones, the same on every start; scripts/emulatorEnv.mjs)
//   EMULATOR_DATA_DIR  keep pool, users and codes there across restarts (default: a temp dir, gone on stop)
import os from 'node:os';
import { startEmulator } from '../test/support/emulator.mjs';
import { emulatorOptionsFromEnv } from './emulatorEnv.mjs';

const DEFAULT_PORT = 9329;
const host = process.env.HOST || '127.0.0.1';
const portText = process.env.EMULATOR_PORT || process.env.PORT || String(DEFAULT_PORT);
const portVariable = process.env.EMULATOR_PORT ? 'EMULATOR_PORT' : process.env.PORT ? 'PORT' : 'EMULATOR_PORT';

/** One line on stderr and exit 1: a start-up mistake needs the fix, not a stack. */
function fail(line) {
  console.error(line);
  process.exit(1);
}

const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
if (!(port >= 0 && port <= 65535))
  fail(`${portVariable} must be a port number from 0 to 65535, got ${JSON.stringify(portText.slice(0, 40))}.`);

let idsAndData;
try {
  idsAndData = emulatorOptionsFromEnv(process.env);
} catch (error) {
  fail(error.message);
}

// The kit's CustomMessage trigger, loaded from source (TypeScript) through Vite's module runner.
let customMessage;
const confirmUrl = process.env.CONFIRM_URL;
if (confirmUrl) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(new URL('../src/server/customMessage/createCustomMessageHandler.ts', import.meta.url).pathname, {
    configFile: false,
    logLevel: 'silent',
  });
  try {
    customMessage = module.createCustomMessageHandler({
      confirmUrl,
      ...(process.env.RESET_URL ? { resetUrl: process.env.RESET_URL } : {}),
    });
  } catch (error) {
    // The handler's message names its option: say which variable to fix.
    fail(`${/resetUrl/.test(error.message) ? 'RESET_URL' : 'CONFIRM_URL'}: ${error.message}`);
  }
}

let emu;
try {
  emu = await startEmulator({
    ...idsAndData,
    customMessage,
    port,
    host,
    logLevel: 'error',
    onMessage(message) {
      const time = new Date(message.at).toLocaleTimeString();
      const meta = message.clientMetadata ? `  ClientMetadata=${JSON.stringify(message.clientMetadata)}` : '';
      console.log(
        `  ${time}  ${message.source ?? 'code'}  ${message.username} -> ${message.destination} (${message.medium}): ${message.code}${meta}`,
      );
      if (message.link) console.log(`           link: ${message.link}`);
    },
  });
} catch (error) {
  switch (error?.code) {
    case 'EADDRINUSE':
      fail(
        `Port ${port} is already in use: set EMULATOR_PORT to a free port (e.g. EMULATOR_PORT=${port === 65535 ? 9330 : port + 1} npm run emulator).`,
      );
      break;
    case 'EACCES':
      fail(`Port ${port} needs privileges on this machine: set EMULATOR_PORT to a port above 1023.`);
      break;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      fail(`HOST=${host} is not an address of this machine: unset HOST, or set it to 127.0.0.1 or 0.0.0.0.`);
      break;
    default:
      fail(`Could not start the emulator: ${error?.message ?? error}`);
  }
}

const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
// A wildcard address is where the server listens, not where a browser can go: name real ones.
const localEndpoint = wildcard ? `http://localhost:${emu.port}/` : emu.endpoint;
const networkEndpoints = wildcard
  ? Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && (host !== '0.0.0.0' || address.family === 'IPv4'))
      .map((address) => `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${emu.port}/`)
  : [];

const curl = (operation, body) =>
  [
    `curl -s ${localEndpoint} \\`,
    `  -H 'Content-Type: application/x-amz-json-1.1' \\`,
    `  -H 'X-Amz-Target: AWSCognitoIdentityProviderService.${operation}' \\`,
    `  -d '${JSON.stringify(body)}'`,
  ].join('\n');

console.log(`Cognito emulator (cognito-local + ResendConfirmationCode) listening on ${host}:${emu.port}
The ids are the same on every start (EMULATOR_USER_POOL_ID, EMULATOR_CLIENT_ID, … set them).

  endpoint          ${localEndpoint}
${networkEndpoints.map((url) => `  on the network    ${url}\n`).join('')}  user pool id      ${emu.userPoolId}
  client id         ${emu.clientId}   (no secret)
  secret client id  ${emu.secretClientId}
  client secret     ${emu.clientSecret}   (local test value)
  no-USER_AUTH id   ${emu.noUserAuthClientId}   (no sign-in after confirming)
  harness routes    ${localEndpoint}_harness/info | messages | requests | expire-session
  data              ${idsAndData.dataDir ? `${idsAndData.dataDir}   (kept: users survive a restart)` : 'a temp dir, gone on stop (EMULATOR_DATA_DIR keeps it)'}
  custom message    ${confirmUrl ? `createCustomMessageHandler, links to ${confirmUrl}` : 'off (set CONFIRM_URL to send links to your confirmation page)'}

Sign up a user, then ask for a new code:

${curl('SignUp', {
  ClientId: emu.clientId,
  Username: 'alice',
  Password: 'Passw0rd!',
  UserAttributes: [{ Name: 'email', Value: 'alice@example.com' }],
})}

${curl('ResendConfirmationCode', { ClientId: emu.clientId, Username: 'alice' })}

codes sent appear here:`);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping emulator`);
  await emu.stop();
  // Nothing else holds the event loop, so the process exits by itself from here.
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
