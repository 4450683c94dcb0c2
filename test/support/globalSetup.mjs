// vitest globalSetup: one emulator for the whole run. Workers get its coordinates through
// inject('cognitoEmulator') and read codes and recorded requests over its /_harness/* routes
// (see harnessClient.mjs), since the emulator object itself lives in this process only.
import { startEmulator } from './emulator.mjs';

/** @param {import('vitest/node').TestProject} project */
export default async function setup(project) {
  const emu = await startEmulator();
  project.provide('cognitoEmulator', {
    endpoint: emu.endpoint,
    port: emu.port,
    userPoolId: emu.userPoolId,
    clientId: emu.clientId,
    secretClientId: emu.secretClientId,
    clientSecret: emu.clientSecret,
    noUserAuthClientId: emu.noUserAuthClientId,
  });
  return async () => {
    await emu.stop();
  };
}
