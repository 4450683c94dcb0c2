// The emulator's ids and data dir from the environment, shared by `npm run emulator` and `npm start`.
// Each id has its own variable, so one .env file can configure both the app and the emulator.
import path from 'node:path';
import { emulatorIds } from '../test/support/emulator.mjs';

/** Environment variable → the id it sets (EmulatorIds). */
export const EMULATOR_ID_VARIABLES = {
  EMULATOR_USER_POOL_ID: 'userPoolId',
  EMULATOR_CLIENT_ID: 'clientId',
  EMULATOR_SECRET_CLIENT_ID: 'secretClientId',
  EMULATOR_CLIENT_SECRET: 'clientSecret',
  EMULATOR_NO_USER_AUTH_CLIENT_ID: 'noUserAuthClientId',
};

/**
 * `{ ids, dataDir }` for startEmulator from `env`; an unset or empty variable keeps the default.
 * Throws an Error whose message is one line naming the variable and what it must be.
 */
export function emulatorOptionsFromEnv(env = process.env) {
  const given = {};
  for (const [variable, field] of Object.entries(EMULATOR_ID_VARIABLES)) {
    if (env[variable]) given[field] = env[variable];
  }
  let ids;
  try {
    ids = emulatorIds(given);
  } catch (error) {
    const variable = Object.keys(EMULATOR_ID_VARIABLES).find((name) => EMULATOR_ID_VARIABLES[name] === error.field);
    // ids.clientId must be … → EMULATOR_CLIENT_ID must be …
    throw new Error(variable ? error.message.replace(/\bids\.(\w+)/g, (_, field) => variableFor(field) ?? `ids.${field}`) : error.message);
  }
  const dataDir = env.EMULATOR_DATA_DIR ? path.resolve(env.EMULATOR_DATA_DIR) : undefined;
  return { ids, dataDir };
}

function variableFor(field) {
  return Object.keys(EMULATOR_ID_VARIABLES).find((name) => EMULATOR_ID_VARIABLES[name] === field);
}
