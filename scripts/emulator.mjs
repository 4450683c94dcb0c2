// Local Cognito emulator for development: `node scripts/emulator.mjs` (PORT, HOST to override).
// State lives in a temp dir and is gone when this process stops.
import { startEmulator } from '../test/support/emulator.mjs';

const port = Number(process.env.PORT ?? 9329);
const host = process.env.HOST ?? '127.0.0.1';

const emu = await startEmulator({
  port,
  host,
  logLevel: 'error',
  onMessage(message) {
    const time = new Date(message.at).toLocaleTimeString();
    const meta = message.clientMetadata ? `  ClientMetadata=${JSON.stringify(message.clientMetadata)}` : '';
    console.log(
      `  ${time}  ${message.source ?? 'code'}  ${message.username} -> ${message.destination} (${message.medium}): ${message.code}${meta}`,
    );
  },
});

const curl = (operation, body) =>
  [
    `curl -s ${emu.endpoint} \\`,
    `  -H 'Content-Type: application/x-amz-json-1.1' \\`,
    `  -H 'X-Amz-Target: AWSCognitoIdentityProviderService.${operation}' \\`,
    `  -d '${JSON.stringify(body)}'`,
  ].join('\n');

console.log(`Cognito emulator (cognito-local + ResendConfirmationCode) listening

  endpoint          ${emu.endpoint}
  user pool id      ${emu.userPoolId}
  client id         ${emu.clientId}   (no secret)
  secret client id  ${emu.secretClientId}
  client secret     ${emu.clientSecret}   (local test value)
  harness routes    ${emu.endpoint}_harness/info | messages | requests

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
