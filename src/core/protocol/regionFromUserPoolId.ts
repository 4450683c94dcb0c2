import { CognitoConfirmError } from './CognitoConfirmError.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

const USER_POOL_ID = /^([\w-]+)_[0-9a-zA-Z]+$/;

/** `eu-west-1_AbC123` → `eu-west-1`: the region is the part of a pool id before `_`. */
export function regionFromUserPoolId(userPoolId: string): string {
  const match = typeof userPoolId === 'string' ? USER_POOL_ID.exec(userPoolId) : null;
  if (!match) {
    throw new CognitoConfirmError(
      'ValidationError',
      // The explanation only in development builds, like the client's other configuration errors.
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'userPoolId'
        : `"${String(userPoolId)}" is not a user pool id (expected e.g. eu-west-1_AbC123).`,
      { field: 'userPoolId' },
    );
  }
  return match[1]!;
}
