'use client';
import type { MutationStatus } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useReducer, useRef, useState, type RefObject } from 'react';
import type { CooldownReason } from '../core/cooldown/cooldownPolicy.js';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { checkNumberOption } from '../core/protocol/checkNumberOption.js';
import { isAlreadyConfirmed } from '../core/protocol/isAlreadyConfirmed.js';
import { maskDestination } from '../core/protocol/maskDestination.js';
import type { CodeDeliveryDetails } from '../core/protocol/operations.js';
import type { MessageKey } from '../locales/en.js';
import { describeError, errorMessageKey } from '../ui/describeError.js';
import { formatDuration } from '../ui/formatDuration.js';
import { sanitizeCode, type CodeCharacters } from '../ui/sanitizeCode.js';
import type { KitMessageProps, KitText } from './useKitMessages.js';
import { useOnChange } from './useOnChange.js';
import { useOnline } from './useOnline.js';
import { useWebOtp } from './useWebOtp.js';

/** What the step needs from a sending hook (`useResendConfirmationCode`, `useAttributeVerification`). */
export interface CodeStepSender {
  status: MutationStatus;
  error: CognitoConfirmError | null;
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  endsAt: number | null;
  isCoolingDown: boolean;
  /** Why the stored cooldown runs: a rate limit is explained (with its countdown) even after a reload. */
  reason?: CooldownReason | null | undefined;
  send: () => void;
}

/** What the step needs from a code-checking hook (`useConfirmSignUp`, `useAttributeVerification`). */
export interface CodeStepSubmission {
  status: MutationStatus;
  error: CognitoConfirmError | null;
  submit: (code: string) => void;
  /** True once the accepted code also signed the person in (see `signUpSession`). */
  signedIn?: boolean | undefined;
}

/** The code field's rules and behaviour, shared by both confirmation hooks. */
export interface CodeStepOptions extends KitMessageProps {
  /** Default 6. */
  codeLength?: number | undefined;
  /** Default `digits`. */
  characters?: CodeCharacters | undefined;
  /**
   * A code to prefill (e.g. from a link). It waits for Confirm, never submits itself: mail scanners
   * open links and run their pages. A complete one is said to come from a link (message `prefilled`,
   * describing Confirm), and focus goes to Confirm instead of the field.
   */
  initialCode?: string | undefined;
  /** Submit as soon as the code is complete (typed, pasted or from the SMS). Default true. */
  autoSubmit?: boolean | undefined;
  /** Focus the code field when the step opens and when it first appears. Default true. */
  autoFocus?: boolean | undefined;
  /** Fill the code from the SMS where the browser supports WebOTP, re-armed for each send. Default true. */
  webOtp?: boolean | undefined;
}

/** Which part of a flow's texts the step words with. */
export interface CodeStepFlow {
  /** Hide the code field until a first code went out (attribute verification). */
  codeSent: boolean;
  labels: { submit: MessageKey; submitting: MessageKey; success: MessageKey; successTitle: MessageKey };
  onConfirmed: (() => void) | undefined;
  /** Who the `signed-in` panel names. */
  username?: string | undefined;
}

/**
 * What the step shows instead of the form: `signed-in` when the accepted code also signed the
 * person in, `confirmed` otherwise (also when signing in was not possible: sign in as before).
 */
export type CodeConfirmationPanel = 'form' | 'confirmed' | 'signed-in' | 'already-confirmed';

/**
 * - `incomplete`: the code is too short, nothing was sent.
 * - `error`: a send or a code check failed (`error` says which error).
 * - `expired`: the code has expired; a resend helps.
 * - `rate-limited`: too many sends; `endsAt` is when Resend works again.
 * - `offline`: the browser is offline; nothing is sent until it is back.
 * - `sent`: a new code went out (visible feedback; the announcement says it too).
 * - `prefilled`: a complete code came with the page (`initialCode`, a link) and waits for Confirm.
 */
export type CodeConfirmationMessageKind = 'incomplete' | 'error' | 'expired' | 'rate-limited' | 'offline' | 'sent' | 'prefilled';

/** The one message the step shows; a newer one replaces it. */
export interface CodeConfirmationMessage {
  kind: CodeConfirmationMessageKind;
  /** What it is about: the code field (show it there), the resend control, the confirm button, or the whole step. */
  refersTo: 'code' | 'resend' | 'confirm' | 'step';
  /** Worded in the step's language. A `rate-limited` text holds the time left when it was worded: see `parts`. */
  text: string;
  /** The id to give the message's element: the field or the resend control is described by it. */
  id: string;
  error: CognitoConfirmError | undefined;
  /** For `rate-limited`: when the wait ends (a live countdown: `useCountdown(endsAt)`). Else null. */
  endsAt: number | null;
  /** The sentence with `time` in place of the time left, e.g. a ticking `<span>`; `[text]` for other kinds. */
  parts<T>(time: T): Array<string | T>;
}

export type CodeConfirmationResendState = 'idle' | 'pending' | 'cooldown' | 'error';

export interface CodeConfirmationResend {
  state: CodeConfirmationResendState;
  status: MutationStatus;
  /** Epoch ms the cooldown ends while it runs, else null. Derive the countdown from it (`useCountdown`). */
  endsAt: number | null;
  /** Why the cooldown runs: `sent` (a code went out) or `rateLimited`. */
  reason: CooldownReason | null;
  /** Inert: pending, cooling down or offline. The control stays focusable and says why through the message. */
  inert: boolean;
}

/** The whole confirmation step as state and handlers; `CodeConfirmation` adds the prop getters. */
export interface CodeStepState {
  /** The code as typed, cleaned (see `sanitizeCode`). Errors never clear it. */
  code: string;
  /** Sets the code (cleaned); a complete one is submitted when `autoSubmit` is on. */
  setCode: (value: string) => void;
  /** Submits the code: an incomplete one is refused with a message, nothing is sent offline. */
  confirm: () => void;
  /** Sends a new code; nothing goes out offline, and the cooldown store refuses while pending or cooling down. */
  resend: () => void;
  codeLength: number;
  characters: CodeCharacters;
  /** False until a first code went out (attribute verification starts with "Send code"). */
  codeSent: boolean;
  panel: CodeConfirmationPanel;
  isConfirming: boolean;
  online: boolean;
  /** Where the code went, when known. */
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  message: CodeConfirmationMessage | null;
  resendState: CodeConfirmationResend;
  /** What the polite live region says now; `id` changes with each, so the same sentence is read twice. */
  announcement: { text: string; id: number } | null;
  /** The step's texts in its language: the field's label and hint, the confirm button, the panel. */
  texts: { codeLabel: string; codeHint: string; confirm: string; panelTitle: string; panelText: string };
  /** The code field's element, for a design-system input that takes a ref: focus goes there. */
  inputRef: RefObject<HTMLInputElement | null>;
  /** The confirm button's element: focus goes there when a complete code came with the page. */
  confirmRef: RefObject<HTMLButtonElement | null>;
  /** The element replacing the form when `panel` is not `form`: focus goes there. */
  panelRef: RefObject<HTMLDivElement | null>;
  /** The id the code field needs (its label points at it). */
  inputId: string;
}

/** What the live region says, kept as a message and worded when rendered, so switching language re-words it. */
type Say =
  | { key: MessageKey; values?: Record<string, string | number> | undefined }
  | { error: CognitoConfirmError; remainingMs: number; submit?: boolean | undefined };

type Held =
  | { kind: 'incomplete' }
  | { kind: 'prefilled' }
  | { kind: 'submit' | 'send'; error: CognitoConfirmError }
  | { kind: 'sent'; destination: string | undefined };

const RATE_LIMITED = new Set(['LimitExceededException', 'TooManyRequestsException']);

/**
 * The flow both confirmation hooks share: the code and its checks, one message at a time, what to
 * announce, where focus goes (into the field when the step opens, after a send and after a failed
 * or refused submit; onto the panel when the form goes), WebOTP re-armed for each send. Nothing is
 * sent that cannot succeed: an incomplete code, or anything while the browser is offline. It reads
 * the cooldown as a deadline only, so during a countdown nothing here re-renders.
 */
export function useCodeStep(
  sender: CodeStepSender,
  submission: CodeStepSubmission,
  text: KitText<MessageKey>,
  flow: CodeStepFlow,
  options: CodeStepOptions,
): CodeStepState {
  const { codeLength = 6, characters = 'digits', initialCode, autoSubmit = true, autoFocus = true, webOtp = true } = options;
  // In render, naming the prop: a NaN or negative length would refuse every code forever.
  checkNumberOption('codeLength', codeLength, { min: 1, max: 2048, integer: true });
  if (characters !== 'digits' && characters !== 'alphanumeric') throw new TypeError('characters');
  const { codeSent, labels } = flow;
  const { t, locale, messages } = text;
  const [code, setCodeValue] = useState(() => sanitizeCode(initialCode ?? '', codeLength, characters));
  const [held, setHeld] = useState<Held | null>(() => (code.length === codeLength ? { kind: 'prefilled' } : null));
  const [announcement, setAnnouncement] = useState<{ say: Say; id: number } | null>(null);
  // Counts the sends this step started: each one re-arms WebOTP for the SMS it brings.
  const [sends, countSend] = useReducer((count: number) => count + 1, 0);
  // Whether the send in flight is a resend from the code form, which earns the visible "New code sent".
  const resending = useRef(false);
  // A complete code from a link counts as seen: only another complete code submits itself.
  const lastCompleted = useRef<string | null>(code.length === codeLength ? code : null);
  const online = useOnline();
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const messageId = `${id}-message`;
  const inputId = `${id}-code`;
  const medium = sender.codeDeliveryDetails?.DeliveryMedium;

  const announce = useCallback((say: Say) => setAnnouncement((previous) => ({ say, id: (previous?.id ?? 0) + 1 })), []);
  const focusField = () => inputRef.current?.focus();
  const remainingMs = () => (sender.endsAt ? Math.max(0, sender.endsAt - Date.now()) : 0);
  const isRateLimit = (error: CognitoConfirmError) =>
    RATE_LIMITED.has(error.code) && errorMessageKey(error) !== 'error.LimitExceededException.emailDaily';
  // A rate limit on a send is the resend cooldown's ("ask for a new code in …"); one on a code check
  // (Cognito's attempt limit, a server quota) waits for its own Retry-After, not the resend timer.
  const explain = (error: CognitoConfirmError, remaining = remainingMs(), submit = false): string =>
    isRateLimit(error) && !submit
      ? t('resend.rateLimited', { time: formatDuration(remaining, locale) })
      : error.code === 'ExpiredCodeException'
        ? t('confirm.expired')
        : describeError(error, { messages, locale, medium, remainingMs: remaining });
  const announceError = (error: CognitoConfirmError, submit = false) =>
    announce({ error, remainingMs: submit ? (error.retryAfterMs ?? 0) : remainingMs(), submit });
  const word = (say: Say) =>
    'error' in say
      ? explain(say.error, say.remainingMs, say.submit)
      : // The button's name in the language the sentence is worded in.
        t(say.key, say.key === 'code.fromLink' ? { action: t(labels.submit) } : say.values);
  const incomplete = (): Say =>
    code.length === 0
      ? { key: characters === 'digits' ? 'code.hintDigits' : 'code.hint', values: { count: codeLength } }
      : { key: characters === 'digits' ? 'code.incompleteDigits' : 'code.incomplete', values: { count: codeLength - code.length } };

  const fromLink: Say = { key: 'code.fromLink' };

  const alreadyConfirmed =
    (submission.status === 'error' && isAlreadyConfirmed(submission.error)) ||
    (sender.status === 'error' && isAlreadyConfirmed(sender.error));
  const panel: CodeConfirmationPanel = alreadyConfirmed
    ? 'already-confirmed'
    : submission.status !== 'success'
      ? 'form'
      : submission.signedIn
        ? 'signed-in'
        : 'confirmed';
  const done = panel !== 'form';
  const panelText: Say =
    panel === 'signed-in'
      ? { key: 'signUp.signedIn', values: { username: flow.username ?? '' } }
      : { key: alreadyConfirmed ? 'signUp.already' : labels.success };

  // Keyed on the outcome itself (a new error object, new details), not only the status: react-query
  // can go from one failure to the next without rendering `pending` in between, and each failure
  // must still be announced once and replace the message before it.
  useOnChange(
    sender.status === 'error' ? sender.error : sender.status === 'success' ? (sender.codeDeliveryDetails ?? 'success') : null,
    () => {
      if (sender.status === 'success') {
        const destination = maskDestination(sender.codeDeliveryDetails?.Destination, medium);
        setHeld(resending.current ? { kind: 'sent', destination } : null);
        announce(destination ? { key: 'announce.sent', values: { destination } } : { key: 'announce.sentUnknown' });
        focusField();
      } else if (sender.status === 'error' && sender.error && !isAlreadyConfirmed(sender.error)) {
        // Focus stays on the resend control, which the message describes.
        setHeld({ kind: 'send', error: sender.error });
        announceError(sender.error);
      }
    },
  );
  useOnChange(submission.status === 'error' ? submission.error : submission.status, () => {
    if (submission.status === 'error' && submission.error && !isAlreadyConfirmed(submission.error)) {
      setHeld({ kind: 'submit', error: submission.error });
      announceError(submission.error, true);
      // The field keeps the typed code and is described by the message: the right place to fix it.
      focusField();
    }
  });
  // In the commit that shows the result (a layout effect), so onConfirmed and the focus come with the
  // panel (and its announcement, set in render above), not a moment after someone could see it.
  useOnChange(
    done,
    () => {
      if (!done) return;
      if (!alreadyConfirmed) flow.onConfirmed?.();
      // The form is gone: focus the result rather than let it fall to <body>.
      panelRef.current?.focus();
    },
    true,
  );
  useOnChange(online, () => announce({ key: online ? 'announce.online' : 'offline.notice' }));
  // Said once, when the wait is over; not when a confirmed code clears the cooldown with the form.
  const coolingDown = sender.isCoolingDown && sender.endsAt !== null;
  useOnChange(coolingDown, () => {
    if (!coolingDown && !done) announce({ key: 'announce.cooldownEnded' });
  });

  // Into the field when the step opens (also after a reload) and when the field first appears. With
  // a code from a link, onto Confirm, which the notice describes: the field would open a phone's
  // keyboard over the one button left to tap. Without focus to carry it, the notice is announced.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on opening and on the field appearing only.
  useEffect(() => {
    if (!codeSent) return;
    const prefilled = held?.kind === 'prefilled';
    if (!autoFocus) {
      if (prefilled) announce(fromLink);
    } else if (prefilled) confirmRef.current?.focus();
    else focusField();
  }, [codeSent]);

  useWebOtp(webOtp && codeSent && !done, (received) => setCode(received), sends);

  function setCode(raw: string) {
    const next = sanitizeCode(raw, codeLength, characters);
    setCodeValue(next);
    if (held?.kind === 'incomplete' || (held?.kind === 'prefilled' && next !== code)) setHeld(null);
    if (next.length < codeLength) lastCompleted.current = null;
    else if (autoSubmit && lastCompleted.current !== next) {
      lastCompleted.current = next;
      submit(next);
    }
  }

  function submit(value: string) {
    if (!online) {
      announce({ key: 'offline.notice' });
      focusField();
      return;
    }
    if (value.length < codeLength) {
      setHeld({ kind: 'incomplete' });
      announce(incomplete());
      focusField();
      return;
    }
    setHeld(null);
    submission.submit(value);
  }

  const submitting = submission.status === 'pending';
  const confirm = () => {
    if (!submitting) submit(code);
  };

  function resend() {
    if (!online) {
      announce({ key: 'offline.notice' });
      return;
    }
    resending.current = codeSent;
    // As the send goes out, not when it answers: the browser listens before the SMS can arrive.
    countSend();
    sender.send();
  }

  // A rate-limit sentence outlives neither its cooldown nor a reload's lack of one.
  const rateLimitedNow =
    sender.isCoolingDown &&
    sender.endsAt !== null &&
    (held && held.kind !== 'prefilled' ? held.kind === 'send' && isRateLimit(held.error) : sender.reason === 'rateLimited');
  const message = ((): CodeConfirmationMessage | null => {
    const make = (
      kind: CodeConfirmationMessageKind,
      refersTo: CodeConfirmationMessage['refersTo'],
      worded: string,
      error?: CognitoConfirmError,
    ): CodeConfirmationMessage => ({
      kind,
      refersTo,
      text: worded,
      id: messageId,
      error,
      endsAt: kind === 'rate-limited' ? sender.endsAt : null,
      parts: <T>(time: T) =>
        (kind === 'rate-limited' ? text.parts('resend.rateLimited', { time: time as never }) : [worded]) as Array<string | T>,
    });
    if (!online) return make('offline', 'step', t('offline.notice'));
    if (rateLimitedNow) {
      return make(
        'rate-limited',
        'resend',
        t('resend.rateLimited', { time: formatDuration(remainingMs(), locale) }),
        held?.kind === 'send' ? held.error : undefined,
      );
    }
    if (!held) return null;
    if (held.kind === 'incomplete') return make('incomplete', 'code', word(incomplete()));
    // Re-verification shows no Confirm before a first send.
    if (held.kind === 'prefilled') return codeSent ? make('prefilled', 'confirm', word(fromLink)) : null;
    if (held.kind === 'sent') {
      return make('sent', 'resend', held.destination ? t('resend.sent', { destination: held.destination }) : t('resend.sentUnknown'));
    }
    if (held.kind === 'submit') {
      const { error } = held;
      return make(
        error.code === 'ExpiredCodeException' ? 'expired' : 'error',
        'code',
        explain(error, error.retryAfterMs ?? 0, true),
        error,
      );
    }
    return isRateLimit(held.error) ? null : make('error', 'resend', explain(held.error), held.error);
  })();

  const resendState: CodeConfirmationResend = {
    state: sender.status === 'pending' ? 'pending' : coolingDown ? 'cooldown' : sender.status === 'error' ? 'error' : 'idle',
    status: sender.status,
    endsAt: coolingDown ? sender.endsAt : null,
    reason: sender.reason ?? null,
    inert: sender.status === 'pending' || coolingDown || !online,
  };

  return {
    code,
    setCode,
    confirm,
    resend,
    codeLength,
    characters,
    codeSent,
    panel,
    isConfirming: submitting,
    online,
    codeDeliveryDetails: sender.codeDeliveryDetails,
    message,
    resendState,
    // With the result, the live region says the result: derived here, so panel and announcement arrive in
    // one commit (announced from the layout effect, it cost a second render, commit and layout before the
    // panel could be painted). Its own id: no announcement before it had 0.
    announcement: done ? { text: word(panelText), id: 0 } : announcement && { text: word(announcement.say), id: announcement.id },
    texts: {
      codeLabel: t('code.label'),
      codeHint: t(characters === 'digits' ? 'code.hintDigits' : 'code.hint', { count: codeLength }),
      confirm: t(submitting ? labels.submitting : labels.submit),
      panelTitle: t(alreadyConfirmed ? 'signUp.alreadyTitle' : panel === 'signed-in' ? 'signUp.signedInTitle' : labels.successTitle),
      panelText: word(panelText),
    },
    inputRef,
    confirmRef,
    panelRef,
    inputId,
  };
}
