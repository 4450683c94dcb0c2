'use client';
import { useEffect, useId, useRef, useState, type ClipboardEvent, type ReactNode, type Ref } from 'react';
import { codeTexts } from '../locales/en/codeTexts.js';
import { pasteIntoCode, sanitizeCode, type CodeCharacters } from '../ui/sanitizeCode.js';
import { useWebOtp } from '../react/useWebOtp.js';
import { useKitMessages, type KitMessageProps } from '../react/useKitMessages.js';
import { useKitStyles, visuallyHidden, type KitStyleProps } from './useKitStyles.js';

export interface ConfirmationCodeInputProps extends KitStyleProps, KitMessageProps {
  value?: string | undefined;
  defaultValue?: string | undefined;
  onChange?: ((value: string) => void) | undefined;
  /** Called when the code reaches `length` characters, by typing, paste or SMS autofill (if `autoSubmit`). */
  onComplete?: ((code: string) => void) | undefined;
  /** Default 6. */
  length?: number | undefined;
  /** Default `digits` (numeric keyboard). */
  characters?: CodeCharacters | undefined;
  /** `slots`: one box per character drawn over one real input. `single`: a plain text field. */
  variant?: 'slots' | 'single' | undefined;
  /** Default true; false leaves submitting to a button. */
  autoSubmit?: boolean | undefined;
  /** An error to show under the field; sets `aria-invalid` and links it with `aria-describedby`. */
  error?: ReactNode | undefined;
  label?: ReactNode | undefined;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean | undefined;
  /** Text under the label; `false` for none. Default: "Enter the 6-digit code." */
  hint?: ReactNode | false | undefined;
  disabled?: boolean | undefined;
  autoFocus?: boolean | undefined;
  name?: string | undefined;
  id?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** Id of the error element when the error is shown elsewhere. */
  errorId?: string | undefined;
  /**
   * WebOTP: where the browser supports it (`'OTPCredential' in window`), fill the code from the SMS
   * (then `onComplete` submits it, with `autoSubmit`). Default true; off where unsupported.
   */
  webOtp?: boolean | undefined;
  /**
   * Change it whenever a new code was sent (a counter, or the time of the send): the browser's WebOTP
   * request answers once, so a new value aborts the old one and asks again for the new SMS. The
   * composed screens count the sends they start.
   */
  webOtpKey?: string | number | undefined;
}

/**
 * The code field. One real `<input>` (so paste, SMS autofill `autocomplete="one-time-code"` and
 * password managers work), optionally drawn as one box per character from its value, as
 * input-otp does; split one-input-per-digit fields break all three. What the person typed is
 * never cleared by an error.
 */
export function ConfirmationCodeInput({
  value: controlled,
  defaultValue = '',
  onChange,
  onComplete,
  length = 6,
  characters = 'digits',
  variant = 'slots',
  autoSubmit = true,
  error,
  label,
  hideLabel = false,
  hint,
  disabled,
  autoFocus,
  name,
  id,
  inputRef,
  errorId: externalErrorId,
  webOtp = true,
  webOtpKey,
  messages,
  locale,
  ...styleProps
}: ConfirmationCodeInputProps) {
  const { t } = useKitMessages({ messages, locale }, codeTexts);
  const { root, slot, unstyled } = useKitStyles('code', styleProps);
  const [internal, setInternal] = useState(() => sanitizeCode(defaultValue, length, characters));
  const value = controlled !== undefined ? sanitizeCode(controlled, length, characters) : internal;
  const [caret, setCaret] = useState<number | null>(null);
  const ownRef = useRef<HTMLInputElement | null>(null);
  const lastCompleted = useRef<string | null>(null);
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const hintId = `${generatedId}-hint`;
  const errorId = externalErrorId ?? `${generatedId}-error`;

  function update(next: string) {
    if (controlled === undefined) setInternal(next);
    if (next !== value) onChange?.(next);
    if (next.length === length && autoSubmit && lastCompleted.current !== next) {
      lastCompleted.current = next;
      onComplete?.(next);
    }
    if (next.length < length) lastCompleted.current = null;
  }

  useWebOtp(webOtp && !disabled, (code) => update(sanitizeCode(code, length, characters)), webOtpKey);

  // A code set from outside (e.g. from a link) that is already complete still submits once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only; later changes go through update().
  useEffect(() => {
    if (value.length === length && autoSubmit && lastCompleted.current === null) {
      lastCompleted.current = value;
      onComplete?.(value);
    }
  }, []);

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const next = pasteIntoCode(value, event.clipboardData.getData('text'), input, length, characters);
    if (next === null) return;
    event.preventDefault();
    update(next);
    // A paste event only happens in a browser, which has requestAnimationFrame.
    requestAnimationFrame(() => input.setSelectionRange(next.length, next.length));
  }

  const setRefs = (element: HTMLInputElement | null) => {
    ownRef.current = element;
    if (typeof inputRef === 'function') inputRef(element);
    else if (inputRef) (inputRef as { current: HTMLInputElement | null }).current = element;
  };

  const describedBy = [hint !== false ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const state = error ? 'error' : value.length === length ? 'complete' : 'incomplete';
  const activeIndex = caret === null ? -1 : Math.min(caret, length - 1);

  return (
    <div {...root} data-state={state} data-variant={variant} data-disabled={disabled ? '' : undefined}>
      <label htmlFor={inputId} className={slot('label', 'ck-label')} style={hideLabel ? visuallyHidden : undefined}>
        {label ?? t('code.label')}
      </label>
      {hint !== false && (
        <span id={hintId} className={slot('hint', 'ck-hint')}>
          {hint ?? t(characters === 'digits' ? 'code.hintDigits' : 'code.hint', { count: length })}
        </span>
      )}
      <div className={variant === 'slots' && !unstyled ? 'ck-code-field' : undefined} dir="ltr">
        <input
          ref={setRefs}
          id={inputId}
          name={name}
          className={slot('input', 'ck-input')}
          type="text"
          value={value}
          autoComplete="one-time-code"
          inputMode={characters === 'digits' ? 'numeric' : 'text'}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="done"
          dir="ltr"
          disabled={disabled}
          // biome-ignore lint/a11y/noAutofocus: opt-in prop, off by default; the app decides.
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          data-length={length}
          onChange={(event) => {
            const next = sanitizeCode(event.target.value, length, characters);
            update(next);
            setCaret(Math.min(event.target.selectionStart ?? next.length, next.length));
          }}
          onPaste={onPaste}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onFocus={(event) => setCaret(event.currentTarget.selectionStart)}
          onBlur={() => setCaret(null)}
        />
        {variant === 'slots' && (
          <div className={slot('slots', 'ck-slots')} aria-hidden="true">
            {Array.from({ length }, (_, index) => (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: slots are positions, not items; the index is their identity.
                key={index}
                className={slot('slot', 'ck-slot')}
                data-filled={index < value.length ? '' : undefined}
                data-active={index === activeIndex ? '' : undefined}
              >
                {value[index] ?? ''}
              </span>
            ))}
          </div>
        )}
      </div>
      {error && !externalErrorId && (
        <p id={errorId} className={slot('error', 'ck-error')} tabIndex={-1}>
          {error}
        </p>
      )}
    </div>
  );
}
