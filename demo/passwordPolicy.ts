import type { DemoMessageKey } from './messages';

/** A user pool's password policy, named as in Cognito's PasswordPolicyType. */
export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
}

// The characters Cognito counts as symbols (its password policy documentation), and the space.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

export interface PasswordRule {
  key: DemoMessageKey;
  count?: number;
  met: (password: string) => boolean;
}

/** The policy as rules in the order people read them. */
export function passwordRules(policy: PasswordPolicy): PasswordRule[] {
  const rules: PasswordRule[] = [
    { key: 'rule.minLength', count: policy.MinimumLength, met: (password) => [...password].length >= policy.MinimumLength },
  ];
  if (policy.RequireUppercase) rules.push({ key: 'rule.uppercase', met: (password) => /\p{Lu}/u.test(password) });
  if (policy.RequireLowercase) rules.push({ key: 'rule.lowercase', met: (password) => /\p{Ll}/u.test(password) });
  if (policy.RequireNumbers) rules.push({ key: 'rule.digit', met: (password) => /[0-9]/.test(password) });
  if (policy.RequireSymbols) rules.push({ key: 'rule.symbol', met: (password) => SYMBOL.test(password) });
  return rules;
}

/** "name@domain.tld" with no spaces: what a typo usually breaks. Cognito itself decides the rest. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
