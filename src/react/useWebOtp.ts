'use client';
import { useEffect, useRef } from 'react';

interface OtpCredentialRequest {
  otp: { transport: string[] };
  signal: AbortSignal;
}

/**
 * WebOTP: where the browser has `OTPCredential` (Chrome on Android), ask it for the code of an SMS
 * that ends with `@<your domain> #<code>`, and hand it over once. A request answers (or is refused,
 * or times out) only once, so a new `armKey` (a new code was sent) aborts the old request and asks
 * again: otherwise the SMS of a resend arrives with nobody listening. The old request is aborted
 * before the new one starts, so at most one is in flight; aborted on unmount, so none outlives the
 * field; refused, timed out or absent, the field simply waits for typing.
 */
export function useWebOtp(enabled: boolean, onCode: (code: string) => void, armKey?: string | number): void {
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  // biome-ignore lint/correctness/useExhaustiveDependencies: armKey is the trigger: each new value asks the browser again.
  useEffect(() => {
    // globalThis: effects never run on a server, but a renderer without a DOM has no `window`.
    if (!enabled || !('OTPCredential' in globalThis)) return;
    const credentials = navigator.credentials as { get?: ((options: OtpCredentialRequest) => Promise<unknown>) | undefined } | undefined;
    if (typeof credentials?.get !== 'function') return;
    const controller = new AbortController();
    credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal })
      .then((credential) => {
        const code = (credential as { code?: unknown } | null)?.code;
        if (!controller.signal.aborted && typeof code === 'string' && code) onCodeRef.current(code);
      })
      // AbortError on unmount or re-arm, NotAllowedError when the person dismissed the prompt: typing still works.
      .catch(() => {});
    return () => controller.abort();
  }, [enabled, armKey]);
}
