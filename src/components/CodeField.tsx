'use client';
import { useId, useState } from 'react';
import { codeTexts } from '../locales/en/codeTexts.js';
import { useKitMessages } from '../react/useKitMessages.js';
import { pasteIntoCode, sanitizeCode } from '../ui/sanitizeCode.js';
import type { ConfirmationCodeInputProps } from './ConfirmationCodeInput.js';
import { useKitStyles, visuallyHidden } from './useKitStyles.js';

export type CodeFieldProps = Omit<
  ConfirmationCodeInputProps,
  'value' | 'defaultValue' | 'onChange' | 'onComplete' | 'autoSubmit' | 'webOtp' | 'webOtpKey'
> & {
  /** Already cleaned (see `sanitizeCode`). */
  value: string;
  /** The cleaned code after typing or a paste, only when it differs from `value`. */
  onChange: (value: string) => void;
};

/**
 * The code field's markup and its editing: label, hint, the one real `<input>` (typing and a paste
 * at the caret are cleaned here), the boxes drawn from its value, the error. What the code is and
 * what a complete one does belongs to the caller: `ConfirmationCodeInput` on its own, the
 * confirmation step's hook in the composed screens, so those carry that logic once.
 */
export function CodeField({
  value,
  onChange,
  length = 6,
  characters = 'digits',
  variant = 'slots',
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
  messages,
  locale,
  ...styleProps
}: CodeFieldProps) {
  const { t } = useKitMessages({ messages, locale }, codeTexts);
  const { root, slot, unstyled } = useKitStyles('code', styleProps);
  const [caret, setCaret] = useState<number | null>(null);
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const hintId = `${generatedId}-hint`;
  const errorId = externalErrorId ?? `${generatedId}-error`;
  const change = (next: string) => {
    if (next !== value) onChange(next);
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
          ref={inputRef}
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
            change(next);
            setCaret(Math.min(event.target.selectionStart ?? next.length, next.length));
          }}
          onPaste={(event) => {
            const input = event.currentTarget;
            const next = pasteIntoCode(value, event.clipboardData.getData('text'), input, length, characters);
            if (next === null) return;
            event.preventDefault();
            change(next);
            // A paste event only happens in a browser, which has requestAnimationFrame.
            requestAnimationFrame(() => input.setSelectionRange(next.length, next.length));
          }}
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
