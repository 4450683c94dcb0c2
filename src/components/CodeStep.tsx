'use client';
import type { MutationStatus } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useReducer, useRef, useState, type ReactNode } from 'react';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import type { CooldownReason } from '../core/cooldown/cooldownPolicy.js';
import { isAlreadyConfirmed } from '../core/protocol/isAlreadyConfirmed.js';
import { describeError, errorMessageKey } from '../ui/describeError.js';
import { formatCountdown, formatDuration } from '../ui/formatDuration.js';
import { maskDestination } from '../core/protocol/maskDestination.js';
import type { CodeDeliveryDetails } from '../core/protocol/operations.js';
import type { MessageKey } from '../locales/en.js';
import { useCountdown } from '../react/useCountdown.js';
import { ConfirmationCodeInput } from './ConfirmationCodeInput.js';
import { LiveRegion } from './LiveRegion.js';
import { MaskedDestination } from './MaskedDestination.js';
import { ResendCodeButton } from './ResendCodeButton.js';
import type { CodeCharacters } from './sanitizeCode.js';
import type { useKitMessages } from './useKitMessages.js';
import type { useKitStyles } from './useKitStyles.js';
import { useOnline } from './useOnline.js';

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

export interface CodeStepSubmission {
  status: MutationStatus;
  error: CognitoConfirmError | null;
  submit: (code: string) => void;
}

interface CodeStepProps {
  sender: CodeStepSender;
  submission: CodeStepSubmission;
  text: ReturnType<typeof useKitMessages>;
  styles: ReturnType<typeof useKitStyles>;
  submitLabel: MessageKey;
  submittingLabel: MessageKey;
  successLabel: MessageKey;
  successTitle: MessageKey;
  /** The next step on the success and already-confirmed panels, e.g. "Sign in". */
  action?: ReactNode | undefined;
  /** Level of the screen's title: the success heading goes one below. */
  headingLevel: number;
  /** Hide the destination and code field until a first code went out (attribute verification). */
  codeSent: boolean;
  sendLabel?: string | undefined;
  initialCode?: string | undefined;
  codeLength: number;
  characters: CodeCharacters;
  autoSubmit: boolean;
  autoFocus: boolean;
  webOtp: boolean;
  resendVariant: 'link' | 'button';
  /** What the destination line says when no details are known. */
  destinationFallback?: ReactNode | undefined;
  success?: ReactNode | undefined;
  children?: ReactNode | undefined;
}

/** The one message the step shows; a newer one replaces it. */
type Message = { kind: 'incomplete' } | { kind: 'submit' | 'send'; error: CognitoConfirmError };

/**
 * What the live region says, kept as a message (key and values, or an error with the time left
 * when it came) and worded when rendered, so switching language re-words it.
 */
type Say =
  | { key: MessageKey; values?: Record<string, string | number> | undefined }
  | { error: CognitoConfirmError; remainingMs: number; submit?: boolean | undefined };

const RATE_LIMITED = new Set(['LimitExceededException', 'TooManyRequestsException']);

/**
 * The part both composed screens share: where the code went, the code field with its submit
 * button, the quiet resend with its timer, one message at a time, the one live region, and focus:
 * in the field when the step opens, after a send and after a failed or refused submit. Nothing is
 * sent that cannot succeed: an incomplete code, or anything while the browser is offline (the
 * buttons wait, the screen says why). It reads the cooldown as a deadline only, so during a
 * countdown nothing here re-renders; the timer texts do.
 */
export function CodeStep({
  sender,
  submission,
  text,
  styles,
  submitLabel,
  submittingLabel,
  successLabel,
  successTitle,
  action,
  headingLevel,
  codeSent,
  sendLabel,
  initialCode,
  codeLength,
  characters,
  autoSubmit,
  autoFocus,
  webOtp,
  resendVariant,
  destinationFallback,
  success,
  children,
}: CodeStepProps) {
  const { t, parts, locale, messages } = text;
  const { slot, unstyled, classNames } = styles;
  const [code, setCode] = useState(initialCode ?? '');
  const [message, setMessage] = useState<Message | null>(null);
  const [announcement, setAnnouncement] = useState<{ say: Say; id: number } | null>(null);
  // Counts the sends this step started: each one re-arms WebOTP for the SMS it brings.
  const [sends, countSend] = useReducer((count: number) => count + 1, 0);
  const online = useOnline();
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const messageId = useId();
  const medium = sender.codeDeliveryDetails?.DeliveryMedium;

  const announce = useCallback((say: Say) => setAnnouncement((previous) => ({ say, id: (previous?.id ?? 0) + 1 })), []);
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
  const word = (say: Say) => ('error' in say ? explain(say.error, say.remainingMs, say.submit) : t(say.key, say.values));
  const incomplete = (): Say =>
    code.length === 0
      ? { key: characters === 'digits' ? 'code.hintDigits' : 'code.hint', values: { count: codeLength } }
      : { key: characters === 'digits' ? 'code.incompleteDigits' : 'code.incomplete', values: { count: codeLength - code.length } };

  const alreadyConfirmed =
    (submission.status === 'error' && isAlreadyConfirmed(submission.error)) ||
    (sender.status === 'error' && isAlreadyConfirmed(sender.error));
  const done = submission.status === 'success' || alreadyConfirmed;

  // Keyed on the outcome itself (a new error object, new details), not only the status: react-query
  // can go from one failure to the next without rendering `pending` in between, and each failure
  // must still be announced once and replace the message before it.
  useOnChange(
    sender.status === 'error' ? sender.error : sender.status === 'success' ? (sender.codeDeliveryDetails ?? 'success') : null,
    () => {
      if (sender.status === 'success') {
        setMessage(null);
        const destination = maskDestination(sender.codeDeliveryDetails?.Destination, medium);
        announce(destination ? { key: 'announce.sent', values: { destination } } : { key: 'announce.sentUnknown' });
        inputRef.current?.focus();
      } else if (sender.status === 'error' && sender.error && !isAlreadyConfirmed(sender.error)) {
        // Focus stays on the resend control, which the message describes.
        setMessage({ kind: 'send', error: sender.error });
        announceError(sender.error);
      }
    },
  );
  useOnChange(submission.status === 'error' ? submission.error : submission.status, () => {
    if (submission.status === 'error' && submission.error && !isAlreadyConfirmed(submission.error)) {
      setMessage({ kind: 'submit', error: submission.error });
      announceError(submission.error, true);
      // The field keeps the typed code and is described by the message: the right place to fix it.
      inputRef.current?.focus();
    }
  });
  useOnChange(done, () => {
    if (!done) return;
    announce({ key: alreadyConfirmed ? 'signUp.already' : successLabel });
    // The form is gone: focus the result rather than let it fall to <body>.
    panelRef.current?.focus();
  });
  useOnChange(online, () => announce({ key: online ? 'announce.online' : 'offline.notice' }));

  // Into the field when the step opens (also after a reload) and when the field first appears.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on opening and on the field appearing only.
  useEffect(() => {
    if (autoFocus && codeSent) inputRef.current?.focus();
  }, [codeSent]);

  function submit(value: string) {
    if (!online) {
      announce({ key: 'offline.notice' });
      inputRef.current?.focus();
      return;
    }
    if (value.length < codeLength) {
      setMessage({ kind: 'incomplete' });
      announce(incomplete());
      inputRef.current?.focus();
      return;
    }
    setMessage(null);
    submission.submit(value);
  }

  function resend() {
    if (!online) {
      announce({ key: 'offline.notice' });
      return;
    }
    // As the send goes out, not when it answers: the browser listens before the SMS can arrive.
    countSend();
    sender.send();
  }

  const rateLimitedNow =
    sender.isCoolingDown &&
    sender.endsAt !== null &&
    (message ? message.kind === 'send' && isRateLimit(message.error) : sender.reason === 'rateLimited');
  const fieldMessage = !online
    ? undefined
    : message?.kind === 'incomplete'
      ? word(incomplete())
      : message?.kind === 'submit'
        ? explain(message.error, message.error.retryAfterMs ?? 0, true)
        : undefined;
  const kit = (name: string) => (unstyled ? undefined : name);
  // A rate-limit sentence outlives neither its cooldown nor a reload's lack of one.
  const stepMessage: ReactNode = !online
    ? t('offline.notice')
    : rateLimitedNow
      ? parts('resend.rateLimited', { time: <Remaining key="time" endsAt={sender.endsAt} className={slot('timer', 'ck-timer')} /> })
      : message?.kind === 'send' && !isRateLimit(message.error)
        ? explain(message.error)
        : undefined;

  // The live region stays the same DOM node across the switch to success, or the announcement is lost.
  return (
    <>
      {done ? renderPanel() : renderForm()}
      <LiveRegion announcement={announcement && { text: word(announcement.say), id: announcement.id }} />
    </>
  );

  function renderPanel() {
    const Heading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
    return (
      <div
        ref={panelRef}
        tabIndex={-1}
        className={slot('success', 'ck-success')}
        data-state={alreadyConfirmed ? 'already-confirmed' : 'confirmed'}
      >
        {!alreadyConfirmed && success ? (
          success
        ) : (
          <>
            <svg className={kit('ck-success-icon')} width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <Heading className={kit('ck-success-title')}>{t(alreadyConfirmed ? 'signUp.alreadyTitle' : successTitle)}</Heading>
            <p className={kit('ck-success-text')}>{t(alreadyConfirmed ? 'signUp.already' : successLabel)}</p>
            {action}
          </>
        )}
      </div>
    );
  }

  function renderForm() {
    const waiting = submission.status === 'pending' || !online;
    return (
      <>
        {children}
        {codeSent && (
          <MaskedDestination
            details={sender.codeDeliveryDetails}
            fallback={destinationFallback}
            messages={messages}
            locale={locale}
            unstyled={unstyled}
            classNames={pickDestination(classNames)}
          />
        )}
        {codeSent && (
          <form
            className={slot('form', 'ck-form')}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (submission.status !== 'pending') submit(code);
            }}
          >
            <ConfirmationCodeInput
              value={code}
              onChange={(next) => {
                setCode(next);
                if (message?.kind === 'incomplete') setMessage(null);
              }}
              onComplete={submit}
              length={codeLength}
              characters={characters}
              autoSubmit={autoSubmit}
              webOtp={webOtp}
              webOtpKey={sends}
              error={fieldMessage}
              inputRef={inputRef}
              messages={messages}
              locale={locale}
              unstyled={unstyled}
              classNames={classNames}
            />
            <button
              type="submit"
              className={slot('submit', 'ck-submit')}
              aria-disabled={waiting || undefined}
              data-state={submission.status === 'pending' ? 'pending' : online ? 'idle' : 'offline'}
            >
              {t(submission.status === 'pending' ? submittingLabel : submitLabel)}
            </button>
          </form>
        )}
        {stepMessage && (
          <p
            id={messageId}
            className={online ? slot('error', 'ck-error') : slot('message', 'ck-notice')}
            data-state={online ? (rateLimitedNow ? 'rate-limited' : 'error') : 'offline'}
          >
            {stepMessage}
          </p>
        )}
        <ResendCodeButton
          status={sender.status}
          endsAt={sender.isCoolingDown ? sender.endsAt : null}
          onResend={resend}
          onCooldownEnd={() => announce({ key: 'announce.cooldownEnded' })}
          label={sendLabel}
          variant={codeSent ? resendVariant : 'button'}
          waiting={!online}
          messages={messages}
          locale={locale}
          unstyled={unstyled}
          classNames={{ root: classNames.button, timer: classNames.timer, reason: classNames.reason, resend: classNames.resend }}
          aria-describedby={stepMessage ? messageId : undefined}
        />
      </>
    );
  }
}

/** The rate-limit sentence's own countdown: it ticks with the button's, but is not a second timer role. */
function Remaining({ endsAt, className }: { endsAt: number | null; className: string | undefined }) {
  return <span className={className}>{formatCountdown(useCountdown(endsAt))}</span>;
}

function pickDestination(classNames: ReturnType<typeof useKitStyles>['classNames']) {
  return { destination: classNames.destination, icon: classNames.icon };
}

/** Runs `effect` when `value` changes after mount (not for the initial value). */
function useOnChange<T>(value: T, effect: () => void): void {
  const previous = useRef(value);
  const effectRef = useRef(effect);
  effectRef.current = effect;
  useEffect(() => {
    if (previous.current !== value) {
      previous.current = value;
      effectRef.current();
    }
  }, [value]);
}
