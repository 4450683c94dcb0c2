import { checkNumberOption } from './checkNumberOption.js';

/** A user pool's password policy, named as in Cognito's PasswordPolicyType (what DescribeUserPool answers). */
export interface PasswordPolicy {
  /** 6–99 in Cognito; default 8. */
  MinimumLength?: number | undefined;
  RequireUppercase?: boolean | undefined;
  RequireLowercase?: boolean | undefined;
  RequireNumbers?: boolean | undefined;
  RequireSymbols?: boolean | undefined;
}

/** A policy rule's id: the PasswordPolicyType field that asks for it. */
export type PasswordPolicyRuleId = 'MinimumLength' | 'RequireUppercase' | 'RequireLowercase' | 'RequireNumbers' | 'RequireSymbols';

/** One check of a policy, without its words: `count` is the length for `MinimumLength`. */
export interface PasswordPolicyRule {
  id: PasswordPolicyRuleId;
  count?: number | undefined;
  test: (password: string) => boolean;
}

// The characters Cognito counts as symbols (its password policy documentation), and the space.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/**
 * The policy as checks in the order people read them, each as Cognito applies it: the length in
 * characters (code points), upper and lower case by Unicode category, digits 0–9, Cognito's symbols.
 * A length outside 6–99 (Cognito's range) or not whole throws a RangeError naming it.
 */
export function passwordPolicyRules(policy: PasswordPolicy): PasswordPolicyRule[] {
  const min = checkNumberOption('passwordPolicy.MinimumLength', policy.MinimumLength ?? 8, { min: 6, max: 99, integer: true });
  const rules: PasswordPolicyRule[] = [{ id: 'MinimumLength', count: min, test: (password) => [...password].length >= min }];
  const add = (id: PasswordPolicyRuleId, pattern: RegExp) => {
    if (policy[id]) rules.push({ id, test: (password) => pattern.test(password) });
  };
  add('RequireUppercase', /\p{Lu}/u);
  add('RequireLowercase', /\p{Ll}/u);
  add('RequireNumbers', /[0-9]/);
  add('RequireSymbols', SYMBOL);
  return rules;
}
