'use client';
import type { MutationStatus } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { describeError } from '../ui/describeError.js';
import { maskDestination } from '../core/protocol/maskDestination.js';
import type { CodeDeliveryDetails } from '../core/protocol/operations.js';
import type { MessageKey } from '../locales/en.js';
import { ConfirmationCodeInput } from './ConfirmationCodeInput.js';
import { LiveRegion, type Announcement } from './LiveRegion.js';
import { MaskedDestination } from './MaskedDestination.js';
import { ResendCodeButton } from './ResendCodeButton.js';
import type { CodeCharacters } from './sanitizeCode.js';
import type { useKitMessages } from './useKitMessages.js';
import type { useKitStyles } from './useKitStyles.js';

export interface CodeStepSender {
  status: MutationStatus;
  error: CognitoConfirmError | null;
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  endsAt: number | null;
  isCoolingDown: boolean;
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
  /** Hide the destination and code field until a first code went out (attribute verification). */
  codeSent: boolean;
  sendLabel?: string;
  initialCode?: string;
  codeLength: number;
  characters: CodeCharacters;
  autoSubmit: boolean;
  success?: ReactNode;
  children?: ReactNode;
}

/**
 * The part both composed screens share: where the code went, the code field with its submit
 * button, the resend button with its timer, the errors, the one live region, and focus: to the
 * field after a send, to the resend error after a failed send. It reads the cooldown as a deadline
 * only, so during a countdown nothing here re-renders; the timer text does.
 */
export function CodeStep({
  sender,
  submission,
  text,
  styles,
  submitLabel,
  submittingLabel,
  successLabel,
  codeSent,
  sendLabel,
  initialCode,
  codeLength,
  characters,
  autoSubmit,
  success,
  children,
}: CodeStepProps) {
  const { t, locale, messages } = text;
  const { slot, unstyled, classNames } = styles;
  const [code, setCode] = useState(initialCode ?? '');
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sendErrorRef = useRef<HTMLParagraphElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const sendErrorId = useId();
  const medium = sender.codeDeliveryDetails?.DeliveryMedium;

  const announce = useCallback((message: string) => setAnnouncement((previous) => ({ text: message, id: (previous?.id ?? 0) + 1 })), []);
  const explain = (error: CognitoConfirmError) =>
    describeError(error, { messages, locale, medium, ...(sender.endsAt ? { remainingMs: sender.endsAt - Date.now() } : {}) });

  const sendError = sender.status === 'error' && sender.error ? explain(sender.error) : undefined;
  const submitError = submission.status === 'error' && submission.error ? explain(submission.error) : undefined;

  // Keyed on the outcome itself (a new error object, new details), not only the status: react-query
  // can go from one failure to the next without rendering `pending` in between, and each failure
  // must still be announced and focused.
  useOnChange(
    sender.status === 'error' ? sender.error : sender.status === 'success' ? (sender.codeDeliveryDetails ?? 'success') : null,
    () => {
      if (sender.status === 'success') {
        const destination = maskDestination(sender.codeDeliveryDetails?.Destination, medium);
        announce(destination ? t('announce.sent', { destination }) : t('announce.sentUnknown'));
        inputRef.current?.focus();
      } else if (sender.status === 'error' && sendError) {
        announce(sendError);
        sendErrorRef.current?.focus();
      }
    },
  );
  useOnChange(submission.status === 'error' ? submission.error : submission.status, () => {
    if (submission.status === 'error' && submitError) {
      announce(submitError);
      // The field keeps the typed code and is described by the error: the right place to fix it.
      inputRef.current?.focus();
    } else if (submission.status === 'success') {
      announce(t(successLabel));
      // The form is gone: focus the result rather than let it fall to <body>.
      successRef.current?.focus();
    }
  });

  // The live region stays the same DOM node across the switch to success, or the announcement is lost.
  return (
    <>
      {submission.status === 'success' ? (
        <div ref={successRef} tabIndex={-1} className={slot('success', 'ck-success')}>
          {success ?? t(successLabel)}
        </div>
      ) : (
        renderForm()
      )}
      <LiveRegion announcement={announcement} />
    </>
  );

  function renderForm() {
    const pending = submission.status === 'pending';
    return (
      <>
        {children}
        {codeSent && (
          <MaskedDestination
            details={sender.codeDeliveryDetails}
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
              submission.submit(code);
            }}
          >
            <ConfirmationCodeInput
              value={code}
              onChange={setCode}
              onComplete={submission.submit}
              length={codeLength}
              characters={characters}
              autoSubmit={autoSubmit}
              error={submitError}
              inputRef={inputRef}
              messages={messages}
              locale={locale}
              unstyled={unstyled}
              classNames={classNames}
            />
            <button
              type="submit"
              className={slot('submit', 'ck-submit')}
              aria-disabled={pending || undefined}
              data-state={pending ? 'pending' : 'idle'}
            >
              {t(pending ? submittingLabel : submitLabel)}
            </button>
          </form>
        )}
        <ResendCodeButton
          status={sender.status}
          endsAt={sender.isCoolingDown ? sender.endsAt : null}
          onResend={sender.send}
          onCooldownEnd={() => announce(t('announce.cooldownEnded'))}
          label={sendLabel}
          messages={messages}
          locale={locale}
          unstyled={unstyled}
          classNames={{ root: classNames.button, timer: classNames.timer, reason: classNames.reason }}
          aria-describedby={sendError ? sendErrorId : undefined}
        />
        {sendError && (
          <p id={sendErrorId} ref={sendErrorRef} className={slot('error', 'ck-error')} tabIndex={-1}>
            {sendError}
          </p>
        )}
      </>
    );
  }
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
