'use client';
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { sanitizeCode, type CodeCharacters } from '../ui/sanitizeCode.js';
import { useWebOtp } from '../react/useWebOtp.js';
import type { KitMessageProps } from '../react/useKitMessages.js';
import { CodeField } from './CodeField.js';
import type { KitStyleProps } from './useKitStyles.js';

export interface ConfirmationCodeInputProps extends KitStyleProps, KitMessageProps {
  /** The code, controlled (with `onChange`). */
  value?: string | undefined;
  /** The initial code, uncontrolled. */
  defaultValue?: string | undefined;
  /** Called with the cleaned code (only allowed characters, at most `length`) on every change. */
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
  /** The field's label. Default: "Confirmation code". */
  label?: ReactNode | undefined;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean | undefined;
  /** Text under the label; `false` for none. Default: "Enter the 6-digit code." */
  hint?: ReactNode | false | undefined;
  /** Disables the input; the boxes are drawn dashed. */
  disabled?: boolean | undefined;
  /** Focus the input on mount. */
  autoFocus?: boolean | undefined;
  /** The input's `name`, for forms that submit natively. */
  name?: string | undefined;
  /** The input's `id`. Default: a generated one. */
  id?: string | undefined;
  /** A ref to the real input (to focus it, or read the selection). */
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
  autoSubmit = true,
  webOtp = true,
  webOtpKey,
  ...field
}: ConfirmationCodeInputProps) {
  const { length = 6, characters = 'digits', disabled } = field;
  const [internal, setInternal] = useState(() => sanitizeCode(defaultValue, length, characters));
  const value = controlled !== undefined ? sanitizeCode(controlled, length, characters) : internal;
  const lastCompleted = useRef<string | null>(null);

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

  return <CodeField {...field} value={value} onChange={update} />;
}
