'use client';
import type { MutationStatus } from '@tanstack/react-query';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { cooldownKey } from '../core/cooldown/createCooldownStore.js';
import type { ConfirmSignUpInput } from '../core/protocol/inputs.js';
import type { ConfirmSignUpResponse } from '../core/protocol/operations.js';
import { useCodeSubmission } from './useCodeSubmission.js';
import { useCognitoConfirm } from './useCognitoConfirm.js';

export interface UseConfirmSignUpOptions extends Omit<ConfirmSignUpInput, 'username' | 'code'> {
  username: string | undefined;
}

export interface UseConfirmSignUpResult {
  /** Ignored while a confirmation is in flight. */
  confirm: (code: string) => void;
  status: MutationStatus;
  isPending: boolean;
  isConfirmed: boolean;
  error: CognitoConfirmError | null;
  /** The code last submitted: still here after CodeMismatch / ExpiredCode, so nothing typed is lost. */
  submittedCode: string | undefined;
  data: ConfirmSignUpResponse | undefined;
  reset: () => void;
}

/** ConfirmSignUp as a mutation; on success the person's resend cooldown is cleared. */
export function useConfirmSignUp({ username, ...rest }: UseConfirmSignUpOptions): UseConfirmSignUpResult {
  const { client, cooldowns } = useCognitoConfirm();
  const { submit, isSuccess, ...state } = useCodeSubmission({
    mutationKey: ['cognito-confirm-kit', 'confirmSignUp', client.userPoolId, client.clientId, username],
    submit: (code) => client.confirmSignUp({ ...rest, username: username ?? '', code }),
    onSuccess: () => {
      if (username) cooldowns.clear(cooldownKey(client.userPoolId, client.clientId, username));
    },
  });
  return { ...state, confirm: submit, isConfirmed: isSuccess };
}
