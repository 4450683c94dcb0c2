import type { PasswordPolicy } from '../../src/core/protocol/passwordPolicyRules';

/** A pool policy as DescribeUserPool answers it (Cognito's default one). */
export const PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

/** Meets every rule of `PASSWORD_POLICY`. */
export const STRONG_PASSWORD = 'Str0ng!pass';

const PREFIX = 'cognito-confirm-kit:reset:';

/**
 * The reset screen remembers, in this tab's sessionStorage, the name a code went to; the stories share
 * one tab, so each starts (and leaves) without one. Returns the clean-up, for `beforeEach`.
 */
export function clearRememberedResets(): () => void {
  const clear = () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  };
  clear();
  return clear;
}

/** What a reload finds after a code went to `username` (the kit's own entry: the name and when it ends). */
export function rememberReset(username: string): void {
  sessionStorage.setItem(`${PREFIX}eu-west-1_Story123:storyclient`, JSON.stringify([username, Date.now() + 30 * 60_000]));
}
