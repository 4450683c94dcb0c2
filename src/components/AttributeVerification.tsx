'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import type { CodeDeliveryDetails } from '../core/protocol/operations.js';
import { announceTexts } from '../locales/en/announceTexts.js';
import { attributeTexts } from '../locales/en/attributeTexts.js';
import { codeTexts } from '../locales/en/codeTexts.js';
import { confirmTexts } from '../locales/en/confirmTexts.js';
import { destinationTexts } from '../locales/en/destinationTexts.js';
import { offlineTexts } from '../locales/en/offlineTexts.js';
import { signUpTexts } from '../locales/en/signUpTexts.js';
import { resendTexts } from '../locales/en/resendTexts.js';
import { useAttributeVerification } from '../react/useAttributeVerification.js';
import { CodeStep } from './CodeStep.js';
import { ScreenFrame, type ScreenProps } from './ScreenFrame.js';
import { useKitMessages } from './useKitMessages.js';
import { useKitStyles } from './useKitStyles.js';

export interface AttributeVerificationProps extends ScreenProps {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Default `email`. */
  attributeName?: string | undefined;
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  onVerified?: (() => void) | undefined;
  /** Replaces the success message. */
  renderSuccess?: (() => ReactNode) | undefined;
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
  getHumanToken,
  codeLength = 6,
  characters = 'digits',
  autoSubmit = true,
  resendVariant = 'link',
  webOtp = true,
  autoFocus = true,
  title,
  headingLevel = 2,
  header,
  footer,
  renderSuccess,
  messages,
  locale,
  ...styleProps
}: AttributeVerificationProps) {
  const text = useKitMessages(
    { messages, locale },
    attributeTexts,
    resendTexts,
    announceTexts,
    destinationTexts,
    // What CodeStep says: keep in step with its t() keys.
    codeTexts,
    confirmTexts,
    offlineTexts,
    signUpTexts,
  );
  const styles = useKitStyles('attribute', styleProps);
  const verification = useAttributeVerification({
    accessToken,
    attributeName,
    ...(codeDeliveryDetails ? { codeDeliveryDetails } : {}),
    ...(clientMetadata ? { clientMetadata } : {}),
    ...(cooldownMs !== undefined ? { cooldownMs } : {}),
    ...(getHumanToken ? { getHumanToken } : {}),
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
    <ScreenFrame
      styles={styles}
      step={codeSent ? 'code' : 'send'}
      title={title}
      defaultTitle={text.t(titleKey, { attribute: attributeName })}
      headingLevel={headingLevel}
      header={header}
      footer={footer}
    >
      <CodeStep
        sender={{
          status: verification.status,
          error: verification.error,
          codeDeliveryDetails: verification.codeDeliveryDetails,
          endsAt: verification.endsAt,
          isCoolingDown: verification.isCoolingDown,
          reason: verification.cooldownReason,
          send: verification.sendCode,
        }}
        submission={{ status: verification.verifyStatus, error: verification.verifyError, submit: verification.verify }}
        text={text}
        styles={styles}
        submitLabel="attribute.verify"
        submittingLabel="attribute.verifying"
        successLabel="attribute.success"
        successTitle="attribute.successTitle"
        headingLevel={headingLevel}
        codeSent={codeSent}
        {...(codeSent ? {} : { sendLabel: text.t('resend.send') })}
        codeLength={codeLength}
        characters={characters}
        autoSubmit={autoSubmit}
        autoFocus={autoFocus}
        webOtp={webOtp}
        resendVariant={resendVariant}
        // Cognito may answer without delivery details: say where re-verification codes go, not the
        // sign-up "If an account exists…".
        destinationFallback={
          attributeName === 'email' || attributeName === 'phone_number'
            ? text.t(`destination.unknownAttribute.${attributeName}`)
            : text.t('destination.unknownAttribute.other', { attribute: attributeName })
        }
        success={renderSuccess?.()}
      >
        {!codeSent && <p className={styles.slot('hint', 'ck-hint')}>{text.t('attribute.intro')}</p>}
      </CodeStep>
    </ScreenFrame>
  );
}
