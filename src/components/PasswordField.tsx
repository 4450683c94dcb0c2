'use client';
import { useId, useState, type RefObject } from 'react';
import { resetTexts } from '../locales/en/resetTexts.js';
import type { PasswordRuleState } from '../react/usePasswordField.js';
import { useKitMessages, type KitMessageProps } from '../react/useKitMessages.js';
import { useKitStyles, visuallyHidden, type KitStyleProps } from './useKitStyles.js';

export interface PasswordFieldProps extends KitStyleProps, KitMessageProps {
  /** The password as typed (controlled). */
  value: string;
  /** Each edit, with the whole new value. */
  onChange: (value: string) => void;
  /** Default "New password". */
  label?: string | undefined;
  /** The rules with `met` for `value` (see `usePasswordReset`'s `rules`): listed under the field, which they describe. */
  rules?: PasswordRuleState[] | undefined;
  /** A message about the password (a refused one), shown under the field, which it describes. */
  error?: string | undefined;
  /** The id for the error's element (e.g. `passwordMessage.id`); generated when not given. */
  errorId?: string | undefined;
  /** The `<input>`'s id; generated when not given. */
  id?: string | undefined;
  /** The rules list's id (e.g. `rulesId`); generated when not given. */
  rulesId?: string | undefined;
  /** Default `new-password` (so password managers offer to generate and save it). */
  autoComplete?: 'new-password' | 'current-password' | undefined;
  /** The `<input>`'s name, for a form that posts. */
  name?: string | undefined;
  /** The `<input>` element, e.g. to focus it. */
  inputRef?: RefObject<HTMLInputElement | null> | undefined;
  /** Shown as text (controlled, e.g. `usePasswordReset`'s `passwordVisible`); the field keeps its own when not given. */
  visible?: boolean | undefined;
  /** Show password pressed, with the state it asks for (with `visible`). */
  onVisibleChange?: ((visible: boolean) => void) | undefined;
}

/**
 * A password `<input>` with its label, a Show password toggle (a pressed/unpressed button, so its
 * name stays the same), the app's rules as a list marked done or not yet in words (a check mark
 * alone would be colour and shape only), and a message. The rules describe the field: a screen
 * reader hears them on focus, not on every keystroke.
 */
export function PasswordField({
  value,
  onChange,
  label,
  rules = [],
  error,
  errorId: externalErrorId,
  id,
  rulesId: externalRulesId,
  autoComplete = 'new-password',
  name,
  inputRef,
  visible: givenVisible,
  onVisibleChange,
  messages,
  locale,
  ...styleProps
}: PasswordFieldProps) {
  const { t } = useKitMessages({ messages, locale }, resetTexts);
  const { root, slot, unstyled } = useKitStyles('password', styleProps);
  const [ownVisible, setOwnVisible] = useState(false);
  // One source of truth: the hook's when the screen passes it, else the field's own.
  const visible = givenVisible ?? ownVisible;
  const setVisible = (next: boolean) => (onVisibleChange ? onVisibleChange(next) : setOwnVisible(next));
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const errorId = externalErrorId ?? `${generatedId}-error`;
  const rulesId = externalRulesId ?? `${generatedId}-rules`;
  const describedBy = [error && errorId, rules.length > 0 && rulesId].filter(Boolean).join(' ') || undefined;

  return (
    <div {...root} data-state={error ? 'error' : undefined}>
      <label htmlFor={inputId} className={slot('label', 'ck-label')}>
        {label ?? t('reset.passwordLabel')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        name={name}
        className={slot('input', 'ck-input')}
        type={visible ? 'text' : 'password'}
        value={value}
        autoComplete={autoComplete}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <button
        type="button"
        className={slot('button', 'ck-link')}
        aria-pressed={visible}
        aria-controls={inputId}
        onClick={() => setVisible(!visible)}
      >
        {t('reset.showPassword')}
      </button>
      {error && (
        <p id={errorId} className={slot('error', 'ck-error')}>
          {error}
        </p>
      )}
      {rules.length > 0 && (
        <div id={rulesId} className={slot('hint', 'ck-hint')}>
          {t('reset.rules')}
          <ul style={unstyled ? undefined : { margin: 0, padding: 0, listStyle: 'none' }}>
            {rules.map((rule) => (
              <li key={rule.id} data-met={rule.met ? '' : undefined}>
                <span aria-hidden="true">{rule.met ? '✓ ' : '○ '}</span>
                {rule.label}
                <span style={visuallyHidden}> ({t(rule.met ? 'reset.ruleMet' : 'reset.ruleUnmet')})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
