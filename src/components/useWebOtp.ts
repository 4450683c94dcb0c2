'use client';
import { useEffect, useRef } from 'react';

interface OtpCredentialRequest {
  otp: { transport: string[] };
  signal: AbortSignal;
}

/**
 * WebOTP: where the browser has `OTPCredential` (Chrome on Android), ask it for the code of an SMS
 * that ends with `@<your domain> #<code>`, and hand it over once. Aborted on unmount, so no request
 * outlives the field; refused, timed out or absent, the field simply waits for typing.
 */
export function useWebOtp(enabled: boolean, onCode: (code: string) => void): void {
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const credentials = navigator.credentials as { get?: (options: OtpCredentialRequest) => Promise<unknown> } | undefined;
    if (typeof credentials?.get !== 'function') return;
    const controller = new AbortController();
    credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal })
      .then((credential) => {
        const code = (credential as { code?: unknown } | null)?.code;
        if (!controller.signal.aborted && typeof code === 'string' && code) onCodeRef.current(code);
      })
      // AbortError on unmount, NotAllowedError when the person dismissed the prompt: typing still works.
      .catch(() => {});
    return () => controller.abort();
  }, [enabled]);
}
