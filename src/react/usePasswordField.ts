'use client';
import { useRef, useState, type RefObject } from 'react';
import { passwordPolicyRules, type PasswordPolicy, type PasswordPolicyRuleId } from '../core/protocol/passwordPolicyRules.js';

/** One of the app's own password rules: `label` is shown as written (already in the page's language). */
export interface PasswordRule {
  id: string;
  label: string;
  test: (password: string) => boolean;
}

/** A rule as the screen shows it, checked against the password as typed. */
export interface PasswordRuleState {
  /** A PasswordPolicyType field (`MinimumLength`, `RequireUppercase`…) for the policy's rules, else the app's id. */
  id: string;
  label: string;
  met: boolean;
}

/** Why a password was refused before anything was sent. */
export type PasswordRefusal = 'missing' | 'weak';

export interface PasswordFieldState {
  /** As typed: kept in memory only, never stored. */
  password: string;
  /** Sets it and clears a refusal. */
  setPassword: (value: string) => void;
  visible: boolean;
  toggleVisible: () => void;
  /** Every rule with `met` for the password as typed. */
  rules: PasswordRuleState[];
  /** Set by `refuse()` until the password changes. */
  refusal: PasswordRefusal | null;
  /** Checks the password against every rule: a refusal is kept (and focus goes to the field), else the password is returned. */
  take: () => string | null;
  /** Forgets a refusal (e.g. when the person starts over). */
  clearRefusal: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * A new password's field as state, for any flow that sets one (the reset today): the value, show /
 * hide, the policy's and the app's rules checked live, and the refusal of a missing or weak one before
 * any request. Rules are checked in render, so a hostile policy or rule fails there, naming it.
 */
export function usePasswordField(
  policy: PasswordPolicy | undefined,
  custom: PasswordRule[] | undefined,
  t: (key: `reset.rule.${PasswordPolicyRuleId}`, values?: Record<string, string | number>) => string,
): PasswordFieldState {
  const [password, setPasswordValue] = useState('');
  const [visible, setVisible] = useState(false);
  const [refusal, setRefusal] = useState<PasswordRefusal | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const rules = checkRules(policy, custom, password, t);
  return {
    password,
    setPassword: (value) => {
      setPasswordValue(value);
      setRefusal(null);
    },
    visible,
    toggleVisible: () => setVisible((shown) => !shown),
    rules,
    refusal,
    take: () => {
      const refused = !password ? 'missing' : rules.every((rule) => rule.met) ? null : 'weak';
      setRefusal(refused);
      if (refused) inputRef.current?.focus();
      return refused ? null : password;
    },
    clearRefusal: () => setRefusal(null),
    inputRef,
  };
}

/**
 * The policy's rules (worded from the texts) then the app's, each checked against `password`. A
 * rule list that is not one, a rule without an id, label or test, two with one id, or a test that
 * throws fails in render with a TypeError naming it: a rule that silently passed would let weak
 * passwords through, one that silently failed would block every reset.
 */
function checkRules(
  policy: PasswordPolicy | undefined,
  custom: PasswordRule[] | undefined,
  password: string,
  t: (key: `reset.rule.${PasswordPolicyRuleId}`, values?: Record<string, string | number>) => string,
): PasswordRuleState[] {
  if (custom !== undefined && !Array.isArray(custom)) throw new TypeError('passwordRules must be an array');
  const all: PasswordRule[] = [
    ...(policy ? passwordPolicyRules(policy) : []).map((rule) => ({
      id: rule.id,
      label: t(`reset.rule.${rule.id}`, { count: rule.count ?? 0 }),
      test: rule.test,
    })),
    ...(custom ?? []),
  ];
  const seen = new Set<string>();
  return all.map((rule, index) => {
    const name = `passwordRules[${index}]`;
    if (!rule || typeof rule.id !== 'string' || !rule.id || seen.has(rule.id)) throw new TypeError(`${name}.id`);
    if (typeof rule.label !== 'string' || typeof rule.test !== 'function') throw new TypeError(`${name}.label/test`);
    seen.add(rule.id);
    let met: unknown;
    try {
      met = rule.test(password);
    } catch (cause) {
      throw new TypeError(`${name}.test threw`, { cause });
    }
    return { id: rule.id, label: rule.label, met: met === true };
  });
}
