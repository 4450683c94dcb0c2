'use client';
import { cooldownKey } from '../core/cooldown/createCooldownStore.js';
import type { ClientMetadata, CodeDeliveryDetails } from '../core/protocol/operations.js';
import { useCodeSender, type CodeSenderState } from './useCodeSender.js';
import { useCognitoConfirm } from './useCognitoConfirm.js';
import { mergeTracked } from './mergeTracked.js';

export interface UseResendConfirmationCodeOptions {
  /** The name signed up with (or an alias). Until it is known, `resend()` fails with a ValidationError and sends nothing. */
  username: string | undefined;
  clientMetadata?: ClientMetadata | undefined;
  /** From the SignUp answer, so the screen can say where the first code went. */
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  /** Overrides the provider's base cooldown for this form. */
  cooldownMs?: number | undefined;
  /**
   * When SignUp sent the first code (epoch ms, e.g. `Date.now()` after SignUp answered): Resend then
   * waits out the cooldown from that moment, as after any send. Ignored when a cooldown is already stored.
   */
  codeSentAt?: number | undefined;
  /**
   * Called before each resend for a human-check token (Turnstile, reCAPTCHA…), which the backend
   * transport sends to the server's `verifyHuman`.
   */
  getHumanToken?: (() => Promise<string | undefined>) | undefined;
}

export interface UseResendConfirmationCodeResult extends CodeSenderState {
  /** Does nothing while a request is in flight or the cooldown runs. */
  resend: () => void;
}

/** Resends the sign-up confirmation code with react-query mutation state and a persistent cooldown. */
export function useResendConfirmationCode(options: UseResendConfirmationCodeOptions): UseResendConfirmationCodeResult {
  const { client } = useCognitoConfirm();
  const { username, clientMetadata, getHumanToken } = options;
  const { send, state } = useCodeSender({
    mutationKey: ['cognito-confirm-kit', 'resendConfirmationCode', client.userPoolId, client.clientId, username],
    cooldownKey: username ? cooldownKey(client.userPoolId, client.clientId, username) : undefined,
    send: async () => {
      const humanToken = await getHumanToken?.();
      // Undefined inputs and options count as not given.
      return client.resendConfirmationCode({ username: username ?? '', clientMetadata: clientMetadata || undefined }, { humanToken });
    },
    initialDetails: options.codeDeliveryDetails,
    cooldownMs: options.cooldownMs,
    sentAt: options.codeSentAt,
  });
  return mergeTracked(state, { resend: send });
}
