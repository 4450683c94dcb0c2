'use client';
import { useRef } from 'react';
import type { ClientMetadata, CodeDeliveryDetails } from '../core/protocol/operations.js';
import { announceTexts } from '../locales/en/announceTexts.js';
import { attributeTexts } from '../locales/en/attributeTexts.js';
import { codeTexts } from '../locales/en/codeTexts.js';
import { confirmTexts } from '../locales/en/confirmTexts.js';
import { errorTexts } from '../locales/en/errorTexts.js';
import { offlineTexts } from '../locales/en/offlineTexts.js';
import { resendTexts } from '../locales/en/resendTexts.js';
import { signUpTexts } from '../locales/en/signUpTexts.js';
import { useAttributeVerification } from './useAttributeVerification.js';
import { useCodeStep, type CodeStepOptions, type CodeStepState } from './useCodeStep.js';
import { useKitMessages } from './useKitMessages.js';
import { type CodeConfirmation, withPropGetters } from './withPropGetters.js';

export interface UseAttributeCodeConfirmationOptions extends CodeStepOptions {
  /** The signed-in user's access token. */
  accessToken: string;
  /** Default `email`. */
  attributeName?: string | undefined;
  /** Details of a code the app already had sent: the step then opens on the code field. */
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  clientMetadata?: ClientMetadata | undefined;
  cooldownMs?: number | undefined;
  getHumanToken?: (() => Promise<string | undefined>) | undefined;
  /** Called once the code is accepted. */
  onVerified?: (() => void) | undefined;
}

/**
 * Re-verifying an email or phone number of a signed-in user, as `useCodeConfirmation` does for
 * sign-up: the step starts with "Send code" (`codeSent` false, `resend` sends the first code), then
 * the same field, messages, cooldown and panel. `AttributeVerification` is one rendering of it.
 */
export function useAttributeCodeConfirmation(options: UseAttributeCodeConfirmationOptions): CodeConfirmation {
  return withPropGetters(useAttributeCodeStep(options));
}

/** The same step without the prop getters, for `AttributeVerification`. */
export function useAttributeCodeStep(options: UseAttributeCodeConfirmationOptions): CodeStepState {
  const { attributeName = 'email', codeDeliveryDetails } = options;
  const text = useKitMessages(
    options,
    attributeTexts,
    signUpTexts,
    announceTexts,
    errorTexts,
    codeTexts,
    confirmTexts,
    offlineTexts,
    resendTexts,
  );
  const verification = useAttributeVerification({
    accessToken: options.accessToken,
    attributeName,
    codeDeliveryDetails,
    clientMetadata: options.clientMetadata,
    cooldownMs: options.cooldownMs,
    getHumanToken: options.getHumanToken,
  });
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
  return useCodeStep(
    {
      status: verification.status,
      error: verification.error,
      codeDeliveryDetails: verification.codeDeliveryDetails,
      endsAt: verification.endsAt,
      isCoolingDown: verification.isCoolingDown,
      reason: verification.cooldownReason,
      send: verification.sendCode,
    },
    { status: verification.verifyStatus, error: verification.verifyError, submit: verification.verify },
    text,
    {
      codeSent,
      labels: {
        submit: 'attribute.verify',
        submitting: 'attribute.verifying',
        success: 'attribute.success',
        successTitle: 'attribute.successTitle',
      },
      onConfirmed: options.onVerified,
    },
    options,
  );
}
