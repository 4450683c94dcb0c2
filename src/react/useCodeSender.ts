'use client';
import { useMutation, type MutationStatus } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { checkCodeSenderOptions } from '../core/protocol/checkCodeSenderOptions.js';
import type { CooldownDelivery } from '../core/cooldown/cooldownDelivery.js';
import type { CooldownReason } from '../core/cooldown/cooldownPolicy.js';
import type { StartCooldownOptions } from '../core/cooldown/createCooldownStore.js';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import type { CodeDeliveryDetails } from '../core/protocol/operations.js';
import { toCognitoConfirmError } from '../core/protocol/toCognitoConfirmError.js';
import { useCognitoConfirm } from './useCognitoConfirm.js';
import { useCooldown } from './useCooldown.js';
import { withoutUndefined } from '../core/shared/withoutUndefined.js';

export interface CodeSenderState {
  status: MutationStatus;
  isPending: boolean;
  error: CognitoConfirmError | null;
  /**
   * The latest send's details, else the ones passed in (e.g. from SignUp), else the masked ones
   * stored with the cooldown (a reload, a second tab). Undefined when unknown.
   */
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  /** The masked destination stored with the cooldown (shared by every tab), or null. */
  delivery: CooldownDelivery | null;
  /** Why the stored cooldown started (`rateLimited` survives a reload and a second tab), or null. */
  cooldownReason: CooldownReason | null;
  remainingSeconds: number;
  isCoolingDown: boolean;
  endsAt: number | null;
  /** Cooldowns started in the current series (1 after the first send). */
  attempt: number;
  /** Clears status and error (not the cooldown). */
  reset: () => void;
}

const RATE_LIMITED = new Set(['LimitExceededException', 'TooManyRequestsException']);

interface Variables {
  key: string | undefined;
}

interface CodeSenderOptions {
  mutationKey: readonly unknown[];
  cooldownKey: string | undefined;
  send: () => Promise<{ CodeDeliveryDetails?: CodeDeliveryDetails | undefined }>;
  initialDetails: CodeDeliveryDetails | undefined;
  cooldownMs: number | undefined;
  /** When the first code went out without this hook (SignUp): starts that cooldown if none is stored. */
  sentAt?: number | undefined;
}

/**
 * The request + cooldown logic shared by resending a sign-up code and sending an attribute
 * verification code. Which outcomes start a cooldown: a send (the base), a rate limit (escalated,
 * or the server's hint); a network failure, timeout or any other error starts none, since the code
 * probably did not go out and trying again at once is right.
 */
export function useCodeSender(options: CodeSenderOptions): { send: () => void; state: CodeSenderState } {
  // A bad prop throws here, in render, naming it (RangeError/TypeError), before any store sees it.
  checkCodeSenderOptions({ cooldownMs: options.cooldownMs, codeSentAt: options.sentAt });
  const { cooldowns, config } = useCognitoConfirm();
  const cooldown = useCooldown(options.cooldownKey);
  const { send: sendRequest, cooldownMs } = options;

  const mutation = useMutation<{ CodeDeliveryDetails?: CodeDeliveryDetails | undefined } | undefined, CognitoConfirmError, Variables>({
    mutationKey: options.mutationKey,
    // Sent even when the browser says it is offline: the transport then reports a NetworkError the
    // person can act on, instead of a request parked until the connection returns. And never
    // retried behind the person's back, whatever the app's QueryClient defaults: a retried resend is
    // a second code and counts against Cognito's limits.
    networkMode: 'always',
    retry: false,
    mutationFn: async () => {
      try {
        return await sendRequest();
      } catch (error) {
        const mapped = toCognitoConfirmError(error);
        // Enumeration-safe: answer as if a code went out to an address we do not show.
        if (config.enumerationSafe && mapped.code === 'UserNotFoundException') return undefined;
        throw mapped;
      }
    },
    onSuccess: (data, { key }) => {
      if (key) cooldowns.start(key, 'sent', sentOptions(cooldownMs, data?.CodeDeliveryDetails));
    },
    onError: (error, { key }) => {
      if (key && RATE_LIMITED.has(error.code)) {
        cooldowns.start(key, 'rateLimited', { hintMs: error.retryAfterMs });
      }
    },
    onSettled: (_data, _error, { key }) => {
      if (key) cooldowns.end(key);
    },
  });

  const { sentAt, cooldownKey: key, initialDetails } = options;
  // After sign-up Cognito has just sent a code: Resend waits its cooldown like any other send. Only
  // when nothing is stored for this person, so a reload or a later visit does not start it again.
  useEffect(() => {
    if (key && sentAt !== undefined && cooldowns.get(key).endsAt === null) {
      cooldowns.start(key, 'sent', { at: sentAt, ...sentOptions(cooldownMs, initialDetails) });
    }
  }, [cooldowns, key, sentAt, cooldownMs, initialDetails]);

  const { delivery } = cooldown;
  const storedDetails = useMemo(() => (delivery ? toDetails(delivery) : undefined), [delivery]);

  const { mutate } = mutation;
  const send = useCallback(() => {
    // The store's guard is synchronous and shared by every hook on this key: fifty clicks in one
    // frame, or two buttons for the same person, still send one request.
    if (key && !cooldowns.tryBegin(key)) return;
    mutate({ key });
  }, [cooldowns, key, mutate]);

  const state: CodeSenderState = {
    status: mutation.status,
    isPending: mutation.isPending,
    error: mutation.error,
    codeDeliveryDetails: mutation.data?.CodeDeliveryDetails ?? initialDetails ?? storedDetails,
    delivery,
    cooldownReason: cooldown.reason,
    // A getter, so only components that read the seconds re-render every second (see useCooldown).
    get remainingSeconds() {
      return cooldown.remainingSeconds;
    },
    // react-query runs onSuccess (which starts the cooldown) before the mutation leaves `pending`;
    // hiding the cooldown until then keeps "sending" and "cooling down" from showing at once.
    isCoolingDown: cooldown.isCoolingDown && !mutation.isPending,
    endsAt: cooldown.endsAt,
    attempt: cooldown.attempt,
    reset: mutation.reset,
  };
  return { send, state };
}

/** The cooldown of a send: the hook's duration, and where Cognito says the code went (the store masks and checks it). */
function sentOptions(cooldownMs: number | undefined, details: CodeDeliveryDetails | undefined): StartCooldownOptions {
  // Undefined options are not given: the store keeps its base duration and the delivery it has.
  return {
    durationMs: cooldownMs,
    destination: details?.Destination
      ? ({ destination: details.Destination, medium: details.DeliveryMedium, attributeName: details.AttributeName } as CooldownDelivery)
      : undefined,
  };
}

function toDetails(delivery: CooldownDelivery): CodeDeliveryDetails {
  // A stored delivery has no empty medium or attribute name (toCooldownDelivery checks both).
  return withoutUndefined({ Destination: delivery.destination, DeliveryMedium: delivery.medium, AttributeName: delivery.attributeName });
}
