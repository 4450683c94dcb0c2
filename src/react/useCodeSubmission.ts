'use client';
import { useMutation, type MutationStatus } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';

export interface CodeSubmissionState<TData> {
  status: MutationStatus;
  isPending: boolean;
  isSuccess: boolean;
  error: CognitoConfirmError | null;
  /** The code last submitted: still here after CodeMismatch / ExpiredCode, so nothing typed is lost. */
  submittedCode: string | undefined;
  data: TData | undefined;
  reset: () => void;
}

interface CodeSubmissionOptions<TData> {
  mutationKey: readonly unknown[];
  submit: (code: string) => Promise<TData>;
  onSuccess: () => void;
}

/**
 * Submitting a typed code (ConfirmSignUp, VerifyUserAttribute) as a mutation that ignores
 * submissions while one is in flight: auto-submit plus an Enter key must not send two.
 */
export function useCodeSubmission<TData>(
  options: CodeSubmissionOptions<TData>,
): CodeSubmissionState<TData> & { submit: (code: string) => void } {
  const inFlight = useRef(false);
  const mutation = useMutation<TData, CognitoConfirmError, string>({
    mutationKey: options.mutationKey,
    // Sent even when the browser says it is offline: the transport then reports a NetworkError the
    // person can act on, instead of a request parked until the connection returns. And never
    // retried behind the person's back, whatever the app's QueryClient defaults: a retried resend is
    // a second code and counts against Cognito's limits.
    networkMode: 'always',
    retry: false,
    mutationFn: options.submit,
    onSuccess: options.onSuccess,
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const { mutate } = mutation;
  const submit = useCallback(
    (code: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutate(code);
    },
    [mutate],
  );
  return {
    submit,
    status: mutation.status,
    isPending: mutation.isPending,
    isSuccess: mutation.isSuccess,
    error: mutation.error,
    submittedCode: mutation.variables,
    data: mutation.data,
    reset: mutation.reset,
  };
}
