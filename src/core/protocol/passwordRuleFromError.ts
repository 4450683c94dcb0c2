import type { PasswordPolicyRuleId } from './passwordPolicyRules.js';

// Cognito's InvalidPasswordException messages, after "Password did not conform with policy: ".
const NAMED: Array<[RegExp, PasswordPolicyRuleId]> = [
  [/not long enough/i, 'MinimumLength'],
  [/uppercase/i, 'RequireUppercase'],
  [/lowercase/i, 'RequireLowercase'],
  [/numeric/i, 'RequireNumbers'],
  [/symbol/i, 'RequireSymbols'],
];

/**
 * Which rule of the pool's password policy Cognito's `InvalidPasswordException` names, as the
 * PasswordPolicyType field ("Password must have uppercase characters" → `RequireUppercase`), so the
 * screen can point at that rule. Undefined for any other error or a message naming none. Only the
 * message tells them apart, hence the text match.
 */
export function passwordRuleFromError(error: { code?: unknown; message?: unknown } | null | undefined): PasswordPolicyRuleId | undefined {
  if (error?.code !== 'InvalidPasswordException' || typeof error.message !== 'string') return undefined;
  const { message } = error;
  return NAMED.find(([pattern]) => pattern.test(message))?.[1];
}
