'use client';
import type { ReactNode } from 'react';
import type { CodeDeliveryDetails } from '../core/protocol/operations.js';
import { attributeTexts } from '../locales/en/attributeTexts.js';
import { destinationTexts } from '../locales/en/destinationTexts.js';
import { unknownAttributeTexts } from '../locales/en/unknownAttributeTexts.js';
import { resendTexts } from '../locales/en/resendTexts.js';
import { useAttributeCodeStep } from '../react/useAttributeCodeConfirmation.js';
import { CodeStep } from './CodeStep.js';
import { ScreenFrame, type ScreenProps } from './ScreenFrame.js';
import { useKitMessages } from '../react/useKitMessages.js';
import { useKitStyles } from './useKitStyles.js';

export interface AttributeVerificationProps extends ScreenProps {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Default `email`. */
  attributeName?: string | undefined;
  /** Where a code already went (GetUserAttributeVerificationCode's answer, when the app sent it); without it the screen offers to send one. */
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  /** Called once the attribute is verified. */
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
  // The code step's own texts come with useAttributeCodeConfirmation and the parts it renders.
  const text = useKitMessages({ messages, locale }, attributeTexts, resendTexts, destinationTexts, unknownAttributeTexts);
  const styles = useKitStyles('attribute', styleProps);
  const step = useAttributeCodeStep({
    accessToken,
    attributeName,
    codeDeliveryDetails,
    clientMetadata,
    cooldownMs,
    getHumanToken,
    codeLength,
    characters,
    autoSubmit,
    autoFocus,
    webOtp,
    messages: text.messages,
    locale: text.locale,
    onVerified,
  });
  const { codeSent } = step;
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
        step={step}
        text={text}
        styles={styles}
        headingLevel={headingLevel}
        {...(codeSent ? {} : { sendLabel: text.t('resend.send') })}
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
