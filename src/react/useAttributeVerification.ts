'use client';
import type { MutationStatus } from '@tanstack/react-query';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { cooldownKey } from '../core/cooldown/createCooldownStore.js';
import type { ClientMetadata, CodeDeliveryDetails } from '../core/protocol/operations.js';
import { readTokenSubject } from '../core/protocol/readTokenSubject.js';
import { useCodeSender, type CodeSenderState } from './useCodeSender.js';
import { useCodeSubmission } from './useCodeSubmission.js';
import { useCognitoConfirm } from './useCognitoConfirm.js';
import { mergeTracked } from './mergeTracked.js';

export interface UseAttributeVerificationOptions {
  /** The signed-in user's access token. */
  accessToken: string | undefined;
  /** `email` or `phone_number` (any verifiable attribute). */
  attributeName: string;
  clientMetadata?: ClientMetadata | undefined;
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  cooldownMs?: number | undefined;
  /** Called before each send for a human-check token, as in `useResendConfirmationCode`. */
  getHumanToken?: (() => Promise<string | undefined>) | undefined;
}

export interface UseAttributeVerificationResult extends CodeSenderState {
  /** GetUserAttributeVerificationCode; does nothing while pending or cooling down. */
  sendCode: () => void;
  /** VerifyUserAttribute with the code; ignored while a verification is in flight. */
  verify: (code: string) => void;
  verifyStatus: MutationStatus;
  verifyError: CognitoConfirmError | null;
  isVerified: boolean;
  submittedCode: string | undefined;
}

/**
 * Re-verifying an email or phone of a signed-in user: the same cooldown and status shape as the
 * sign-up resend. The cooldown is keyed to the token's subject, so it survives token refreshes.
 */
export function useAttributeVerification(options: UseAttributeVerificationOptions): UseAttributeVerificationResult {
  const { client, cooldowns } = useCognitoConfirm();
  const { accessToken, attributeName, clientMetadata, getHumanToken } = options;
  const person = accessToken ? (readTokenSubject(accessToken) ?? accessToken) : undefined;
  const key = person ? cooldownKey(client.userPoolId, client.clientId, person, `attr:${attributeName}`) : undefined;

  const { send, state } = useCodeSender({
    mutationKey: ['cognito-confirm-kit', 'getUserAttributeVerificationCode', client.userPoolId, person, attributeName],
    cooldownKey: key,
    send: async () => {
      const humanToken = await getHumanToken?.();
      return client.getUserAttributeVerificationCode(
        { accessToken: accessToken ?? '', attributeName, clientMetadata: clientMetadata || undefined },
        { humanToken },
      );
    },
    initialDetails: options.codeDeliveryDetails,
    cooldownMs: options.cooldownMs,
  });

  const verification = useCodeSubmission({
    mutationKey: ['cognito-confirm-kit', 'verifyUserAttribute', client.userPoolId, person, attributeName],
    submit: (code) => client.verifyUserAttribute({ accessToken: accessToken ?? '', attributeName, code }),
    onSuccess: () => {
      if (key) cooldowns.clear(key);
    },
  });

  return mergeTracked(state, {
    sendCode: send,
    verify: verification.submit,
    verifyStatus: verification.status,
    verifyError: verification.error,
    isVerified: verification.isSuccess,
    submittedCode: verification.submittedCode,
  });
}
