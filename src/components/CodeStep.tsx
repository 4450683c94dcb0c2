'use client';
import type { ReactNode } from 'react';
import type { KitText } from '../react/useKitMessages.js';
import type { CodeStepState } from '../react/useCodeStep.js';
import { useCountdown } from '../react/useCountdown.js';
import type { MessageKey } from '../locales/en.js';
import { formatCountdown } from '../ui/formatDuration.js';
import { CodeField } from './CodeField.js';
import { LiveRegion } from './LiveRegion.js';
import { MaskedDestination } from './MaskedDestination.js';
import { ResendCodeButtonView } from './ResendCodeButton.js';
import type { useKitStyles } from './useKitStyles.js';

interface CodeStepProps {
  /** The step's state and handlers, from `useCodeConfirmation` or `useAttributeCodeConfirmation`. */
  step: CodeStepState;
  text: KitText<MessageKey>;
  styles: ReturnType<typeof useKitStyles>;
  /** The next step on the success and already-confirmed panels, e.g. "Sign in". */
  action?: ReactNode | undefined;
  /** Level of the screen's title: the success heading goes one below. */
  headingLevel: number;
  sendLabel?: string | undefined;
  resendVariant: 'link' | 'button';
  /** What the destination line says when no details are known. */
  destinationFallback?: ReactNode | undefined;
  success?: ReactNode | undefined;
  children?: ReactNode | undefined;
  /** More fields of the code's form, after the code field (the new password of a reset): submitted with it. */
  fields?: ReactNode | undefined;
}

/**
 * The kit's rendering of the confirmation step both composed screens share: where the code went,
 * the code field with its submit button, the quiet resend with its timer, the one message, the one
 * live region, and the panel after confirming. All behaviour comes from `step`.
 */
export function CodeStep({
  step,
  text,
  styles,
  action,
  headingLevel,
  sendLabel,
  resendVariant,
  destinationFallback,
  success,
  children,
  fields,
}: CodeStepProps) {
  const { messages, locale } = text;
  const { slot, unstyled, classNames } = styles;
  const { message, codeSent } = step;
  const kit = (name: string) => (unstyled ? undefined : name);
  const stepMessage: ReactNode =
    message && message.refersTo !== 'code'
      ? message.kind === 'rate-limited'
        ? message.parts(<Remaining key="time" endsAt={message.endsAt} className={slot('timer', 'ck-timer')} />)
        : message.text
      : undefined;
  const notice = message?.kind === 'offline' || message?.kind === 'sent' || message?.kind === 'prefilled';

  // The live region stays the same DOM node across the switch to success, or the announcement is lost.
  return (
    <>
      {step.panel === 'form' ? renderForm() : renderPanel()}
      <LiveRegion announcement={step.announcement} />
    </>
  );

  function renderPanel() {
    const Heading = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
    return (
      <div ref={step.panelRef} tabIndex={-1} className={slot('success', 'ck-success')} data-state={step.panel}>
        {step.panel === 'confirmed' && success ? (
          success
        ) : (
          <>
            <svg className={kit('ck-success-icon')} width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <Heading className={kit('ck-success-title')}>{step.texts.panelTitle}</Heading>
            <p className={kit('ck-success-text')}>{step.texts.panelText}</p>
            {action}
          </>
        )}
      </div>
    );
  }

  function renderForm() {
    const waiting = step.isConfirming || !step.online;
    return (
      <>
        {children}
        {codeSent && (
          <MaskedDestination
            details={step.codeDeliveryDetails}
            fallback={destinationFallback}
            messages={messages}
            locale={locale}
            unstyled={unstyled}
            classNames={{ ...classNames, root: undefined }}
          />
        )}
        {codeSent && (
          <form
            className={slot('form', 'ck-form')}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              step.confirm();
            }}
          >
            {/* The field's markup only: the step submits complete codes and listens for the SMS itself. */}
            <CodeField
              value={step.code}
              onChange={step.setCode}
              length={step.codeLength}
              characters={step.characters}
              error={message?.refersTo === 'code' ? message.text : undefined}
              inputRef={step.inputRef}
              messages={messages}
              locale={locale}
              unstyled={unstyled}
              classNames={classNames}
            />
            {fields}
            <button
              ref={step.confirmRef}
              type="submit"
              className={slot('submit', 'ck-submit')}
              aria-describedby={message?.refersTo === 'confirm' ? message.id : undefined}
              aria-disabled={waiting || undefined}
              data-state={step.isConfirming ? 'pending' : step.online ? 'idle' : 'offline'}
            >
              {step.texts.confirm}
            </button>
          </form>
        )}
        {stepMessage && (
          <p id={message?.id} className={notice ? slot('message', 'ck-notice') : slot('error', 'ck-error')} data-state={message?.kind}>
            {stepMessage}
          </p>
        )}
        <ResendCodeButtonView
          status={step.resendState.status}
          endsAt={step.resendState.endsAt}
          onResend={step.resend}
          label={sendLabel}
          variant={codeSent ? resendVariant : 'button'}
          waiting={!step.online}
          messages={messages}
          locale={locale}
          unstyled={unstyled}
          classNames={{ ...classNames, root: classNames.button }}
          aria-describedby={stepMessage && message?.refersTo !== 'confirm' ? message?.id : undefined}
        />
      </>
    );
  }
}

/** The rate-limit sentence's own countdown: it ticks with the button's, but is not a second timer role. */
function Remaining({ endsAt, className }: { endsAt: number | null; className: string | undefined }) {
  return <span className={className}>{formatCountdown(useCountdown(endsAt))}</span>;
}
