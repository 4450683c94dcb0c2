import type { ChangeEvent, ClipboardEvent, KeyboardEvent, RefObject } from 'react';
import { pasteIntoCode } from '../ui/sanitizeCode.js';
import type { CodeConfirmationMessageKind, CodeConfirmationPanel, CodeStepState } from './useCodeStep.js';

export interface CodeInputProps {
  ref: RefObject<HTMLInputElement | null>;
  id: string;
  value: string;
  type: 'text';
  autoComplete: 'one-time-code';
  inputMode: 'numeric' | 'text';
  autoCapitalize: 'off';
  autoCorrect: 'off';
  spellCheck: false;
  enterKeyHint: 'done';
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export interface ButtonProps {
  type: 'button';
  onClick: () => void;
  'aria-disabled': true | undefined;
  'data-state': string;
}

/** The whole confirmation step, to render with any markup: state, handlers and prop getters. */
export interface CodeConfirmation extends CodeStepState {
  /** For a `<label>` of the code field. */
  getLabelProps: () => { htmlFor: string };
  /** For the one code `<input>`: value, handlers, autofill hints and ARIA wiring; Enter confirms. */
  getInputProps: () => CodeInputProps;
  /** For the confirm `<button>`: a plain button, so no form is needed; described by the `prefilled` notice. */
  getConfirmProps: () => ButtonProps & { ref: RefObject<HTMLButtonElement | null>; 'aria-describedby': string | undefined };
  /** For the resend `<button>`: inert rather than disabled, described by the message about it. */
  getResendProps: () => ButtonProps & { 'aria-describedby': string | undefined };
  /** For the element showing `message`. */
  getMessageProps: () => { id: string | undefined; 'data-kind': CodeConfirmationMessageKind | undefined };
  /** For the element replacing the form when `panel` is not `form`: focus moves there. */
  getPanelProps: () => { ref: RefObject<HTMLDivElement | null>; tabIndex: -1; 'data-state': CodeConfirmationPanel };
  /** For the live region: render `announcement.text` inside, keyed by its id, always mounted. */
  getLiveRegionProps: () => { 'aria-live': 'polite'; 'aria-atomic': true };
}

const LIVE_REGION = { 'aria-live': 'polite', 'aria-atomic': true } as const;

/**
 * The prop getters over a step's state. Apart from the state, so the kit's own screens, which
 * render the step with their components, do not carry them.
 */
export function withPropGetters(step: CodeStepState): CodeConfirmation {
  const { message, resendState, isConfirming, online, code, setCode, confirm, codeLength, characters } = step;
  const aboutField = message?.refersTo === 'code';
  return {
    ...step,
    getLabelProps: () => ({ htmlFor: step.inputId }),
    getInputProps: () => ({
      ref: step.inputRef,
      id: step.inputId,
      value: code,
      type: 'text',
      autoComplete: 'one-time-code',
      inputMode: characters === 'digits' ? 'numeric' : 'text',
      autoCapitalize: 'off',
      autoCorrect: 'off',
      spellCheck: false,
      enterKeyHint: 'done',
      'aria-invalid': aboutField || undefined,
      'aria-describedby': aboutField ? message.id : undefined,
      onChange: (event) => setCode(event.target.value),
      onPaste: (event) => {
        const next = pasteIntoCode(code, event.clipboardData.getData('text'), event.currentTarget, codeLength, characters);
        if (next === null) return;
        event.preventDefault();
        setCode(next);
      },
      onKeyDown: (event) => {
        if (event.key !== 'Enter') return;
        // Also keeps a surrounding <form> from submitting itself.
        event.preventDefault();
        confirm();
      },
    }),
    getConfirmProps: () => ({
      ref: step.confirmRef,
      type: 'button',
      'aria-describedby': message?.refersTo === 'confirm' ? message.id : undefined,
      onClick: confirm,
      'aria-disabled': isConfirming || !online || undefined,
      'data-state': isConfirming ? 'pending' : online ? 'idle' : 'offline',
    }),
    getResendProps: () => ({
      type: 'button',
      onClick: () => {
        if (!resendState.inert) step.resend();
      },
      'aria-disabled': resendState.inert || undefined,
      'aria-describedby': message && !aboutField && message.refersTo !== 'confirm' ? message.id : undefined,
      'data-state': resendState.state,
    }),
    getMessageProps: () => ({ id: message?.id, 'data-kind': message?.kind }),
    getPanelProps: () => ({ ref: step.panelRef, tabIndex: -1, 'data-state': step.panel }),
    getLiveRegionProps: () => LIVE_REGION,
  };
}
