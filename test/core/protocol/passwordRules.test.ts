import { describe, expect, it } from 'vitest';
import { passwordPolicyRules } from '../../../src/core/protocol/passwordPolicyRules';
import { passwordRuleFromError } from '../../../src/core/protocol/passwordRuleFromError';

const refused = (detail: string) => ({ code: 'InvalidPasswordException', message: `Password did not conform with policy: ${detail}` });

describe('passwordRuleFromError', () => {
  it("names the policy field Cognito's message is about", () => {
    expect(passwordRuleFromError(refused('Password not long enough'))).toBe('MinimumLength');
    expect(passwordRuleFromError(refused('Password must have uppercase characters'))).toBe('RequireUppercase');
    expect(passwordRuleFromError(refused('Password must have lowercase characters'))).toBe('RequireLowercase');
    expect(passwordRuleFromError(refused('Password must have numeric characters'))).toBe('RequireNumbers');
    expect(passwordRuleFromError(refused('Password must have symbol characters'))).toBe('RequireSymbols');
  });

  it('is undefined for other errors, other messages and hostile values', () => {
    expect(passwordRuleFromError(refused('Password cannot be your username'))).toBeUndefined();
    expect(passwordRuleFromError({ code: 'CodeMismatchException', message: 'Password not long enough' })).toBeUndefined();
    expect(passwordRuleFromError({ code: 'InvalidPasswordException', message: 42 })).toBeUndefined();
    expect(passwordRuleFromError({ code: 'InvalidPasswordException' })).toBeUndefined();
    expect(passwordRuleFromError(null)).toBeUndefined();
    expect(passwordRuleFromError(undefined)).toBeUndefined();
  });
});

describe('passwordPolicyRules', () => {
  const ids = (policy: Parameters<typeof passwordPolicyRules>[0]) => passwordPolicyRules(policy).map((rule) => rule.id);

  it('lists the length first, then the required kinds, as Cognito checks them', () => {
    const rules = passwordPolicyRules({
      MinimumLength: 10,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(rules.map((rule) => rule.id)).toEqual([
      'MinimumLength',
      'RequireUppercase',
      'RequireLowercase',
      'RequireNumbers',
      'RequireSymbols',
    ]);
    expect(rules[0]!.count).toBe(10);
    const check = (password: string) => rules.map((rule) => rule.test(password));
    expect(check('Fresh-Start-42!')).toEqual([true, true, true, true, true]);
    expect(check('short')).toEqual([false, false, true, false, false]);
    // Code points, not UTF-16 units: five emoji are five characters.
    expect(passwordPolicyRules({ MinimumLength: 6 })[0]!.test('😀😀😀😀😀')).toBe(false);
    // Unicode letters count as upper and lower case; only 0–9 as numbers; the space as a symbol.
    expect(check('ÉCOLEécole')).toEqual([true, true, true, false, false]);
    expect(check('١٢٣٤٥٦٧٨٩٠')[3]).toBe(false);
    expect(rules[4]!.test('a b')).toBe(true);
  });

  it('defaults to 8 and only the rules asked for', () => {
    expect(ids({})).toEqual(['MinimumLength']);
    expect(passwordPolicyRules({})[0]!.count).toBe(8);
    expect(ids({ RequireSymbols: true, RequireUppercase: false })).toEqual(['MinimumLength', 'RequireSymbols']);
  });

  it("refuses a length outside Cognito's 6–99 or not whole, naming it", () => {
    for (const bad of [-1, 0, 5, 100, 7.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => passwordPolicyRules({ MinimumLength: bad })).toThrow(RangeError);
    }
    expect(() => passwordPolicyRules({ MinimumLength: '8' as never })).toThrow(TypeError);
    expect(() => passwordPolicyRules({ MinimumLength: Number.NaN })).toThrow(/passwordPolicy\.MinimumLength/);
  });
});
