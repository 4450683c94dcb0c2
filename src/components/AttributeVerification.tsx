'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { ClientMetadata, CodeDeliveryDetails } from '../core/operations.js';
import { useAttributeVerification } from '../react/useAttributeVerification.js';
import { CodeStep } from './CodeStep.js';
import type { CodeCharacters } from './sanitizeCode.js';
import { useKitMessages, type KitMessageProps } from './useKitMessages.js';
import { useKitStyles, type KitStyleProps } from './useKitStyles.js';

export interface AttributeVerificationProps extends KitStyleProps, KitMessageProps {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Default `email`. */
  attributeName?: string;
  codeDeliveryDetails?: CodeDeliveryDetails;
  onVerified?: () => void;
  clientMetadata?: ClientMetadata;
  cooldownMs?: number;
  codeLength?: number;
  characters?: CodeCharacters;
  autoSubmit?: boolean;
  title?: ReactNode | false;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  header?: ReactNode;
  footer?: ReactNode;
  renderSuccess?: () => ReactNode;
}

/**
 * Re-verifying an email or phone number of a signed-in user: "Send code", then the same
 * destination, code field, resend timer and errors as the sign-up screen. Needs `CognitoConfirmProvider`.
 */
export function AttributeVerification({
  accessToken,
  attributeName = 'email',
  codeDeliveryDetails,
  onVerified,
  clientMetadata,
  cooldownMs,
  codeLength = 6,
  characters = 'digits',
  autoSubmit = true,
  title,
  headingLevel = 2,
  header,
  footer,
  renderSuccess,
  messages,
  locale,
  ...styleProps
}: AttributeVerificationProps) {
  const text = useKitMessages({ messages, locale });
  const styles = useKitStyles('attribute', styleProps);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const verification = useAttributeVerification({
    accessToken,
    attributeName,
    ...(codeDeliveryDetails ? { codeDeliveryDetails } : {}),
    ...(clientMetadata ? { clientMetadata } : {}),
    ...(cooldownMs !== undefined ? { cooldownMs } : {}),
  });
  const onVerifiedRef = useRef(onVerified);
  onVerifiedRef.current = onVerified;
  useEffect(() => {
    if (verification.isVerified) onVerifiedRef.current?.();
  }, [verification.isVerified]);

  // Once a code went out (now, before a reload, or from the app) the field stays: the stored deadline
  // outlives the cooldown, so it does not vanish when the timer runs out after a reload, nor while a
  // resend is pending. (While the first send is pending, react-query has already run onSuccess and
  // stored the deadline, hence the pending check.)
  const everSent = useRef(false);
  const codeSent =
    everSent.current ||
    verification.status === 'success' ||
    (verification.endsAt !== null && verification.status !== 'pending') ||
    codeDeliveryDetails !== undefined;
  everSent.current = codeSent;
  const titleKey =
    attributeName === 'email'
      ? 'attribute.title.email'
      : attributeName === 'phone_number'
        ? 'attribute.title.phone_number'
        : 'attribute.title.other';

  return (
    <section {...styles.root} data-step={codeSent ? 'code' : 'send'} aria-labelledby={title === false ? undefined : headingId}>
      {title !== false && (
        <Heading id={headingId} className={styles.slot('title', 'ck-title')}>
          {title ?? text.t(titleKey, { attribute: attributeName })}
        </Heading>
      )}
      {header}
      <CodeStep
        sender={{
          status: verification.status,
          error: verification.error,
          codeDeliveryDetails: verification.codeDeliveryDetails,
          endsAt: verification.endsAt,
          isCoolingDown: verification.isCoolingDown,
          send: verification.sendCode,
        }}
        submission={{ status: verification.verifyStatus, error: verification.verifyError, submit: verification.verify }}
        text={text}
        styles={styles}
        submitLabel="attribute.verify"
        submittingLabel="attribute.verifying"
        successLabel="attribute.success"
        codeSent={codeSent}
        {...(codeSent ? {} : { sendLabel: text.t('resend.send') })}
        codeLength={codeLength}
        characters={characters}
        autoSubmit={autoSubmit}
        success={renderSuccess?.()}
      >
        {!codeSent && <p className={styles.slot('hint', 'ck-hint')}>{text.t('attribute.intro')}</p>}
      </CodeStep>
      {footer}
    </section>
  );
}
