import { CognitoConfirmError } from './CognitoConfirmError.js';

const USER_POOL_ID = /^([\w-]+)_[0-9a-zA-Z]+$/;

/** `eu-west-1_AbC123` → `eu-west-1`: the region is the part of a pool id before `_`. */
export function regionFromUserPoolId(userPoolId: string): string {
  const match = typeof userPoolId === 'string' ? USER_POOL_ID.exec(userPoolId) : null;
  if (!match) {
    throw new CognitoConfirmError('ValidationError', `"${String(userPoolId)}" is not a user pool id (expected e.g. eu-west-1_AbC123).`, {
      field: 'userPoolId',
    });
  }
  return match[1]!;
}
