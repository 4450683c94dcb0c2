'use client';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import type { AuthenticationResult, ClientMetadata, CodeDeliveryDetails, InitiateAuthResponse } from '../core/protocol/operations.js';
import { announceTexts } from '../locales/en/announceTexts.js';
import { codeTexts } from '../locales/en/codeTexts.js';
import { confirmTexts } from '../locales/en/confirmTexts.js';
import { errorTexts } from '../locales/en/errorTexts.js';
import { offlineTexts } from '../locales/en/offlineTexts.js';
import { resendTexts } from '../locales/en/resendTexts.js';
import { signUpTexts } from '../locales/en/signUpTexts.js';
import { useCodeStep, type CodeStepOptions, type CodeStepState } from './useCodeStep.js';
import { useConfirmSignUp } from './useConfirmSignUp.js';
import { useKitMessages } from './useKitMessages.js';
import { useResendConfirmationCode } from './useResendConfirmationCode.js';
import { type CodeConfirmation, withPropGetters } from './withPropGetters.js';

export interface UseCodeConfirmationOptions extends CodeStepOptions {
  /** Who signed up (or an alias). */
  username: string;
  /** SignUp's CodeDeliveryDetails, to say where the first code went. */
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  /** When SignUp sent that code (epoch ms): Resend waits the cooldown from then. */
  codeSentAt?: number | undefined;
  clientMetadata?: ClientMetadata | undefined;
  /** Overrides the provider's base cooldown. */
  cooldownMs?: number | undefined;
  /** Called before each resend for a human-check token (Turnstile, reCAPTCHA…). */
  getHumanToken?: (() => Promise<string | undefined>) | undefined;
  /** Called once the code is accepted (not when the account turns out to be confirmed already). */
  onConfirmed?: ((username: string) => void) | undefined;
  /**
   * SignUp's `Session`: with it, the accepted code also signs the person in, without a password
   * (panel `signed-in`, then `onSignedIn`). Kept per username for its lifetime (at most 15 min), so a
   * reload or another tab of this browser still signs in. See `useConfirmSignUp`.
   */
  signUpSession?: string | undefined;
  /**
   * SignUp's `UserSub`, with `signUpSession`: on a pool that signs in with an email address the
   * emailed link names the person by their sub, and the Session kept under it too is found there.
   */
  userSub?: string | undefined;
  /** Signed in after confirming: Cognito's tokens. Called after `onConfirmed`. */
  onSignedIn?: ((result: AuthenticationResult, username: string) => void) | undefined;
  /** Confirmed, and Cognito asks for more to sign in (MFA…): its `ChallengeName`, `Session` and parameters, to continue. */
  onSignInChallenge?: ((challenge: InitiateAuthResponse, username: string) => void) | undefined;
  /** Confirmed but not signed in (expired or refused Session, no ALLOW_USER_AUTH, network): the panel offers Sign in. */
  onSignInError?: ((error: CognitoConfirmError, username: string) => void) | undefined;
}

/**
 * The whole sign-up confirmation step as state and prop getters, for any markup: the code and its
 * checks, one worded message at a time, resend with its cooldown, the panel after confirming, what
 * to announce and where focus goes. `SignUpConfirmation` is one rendering of it. Needs `CognitoConfirmProvider`.
 */
export function useCodeConfirmation(options: UseCodeConfirmationOptions): CodeConfirmation {
  return withPropGetters(useSignUpCodeStep(options));
}

/** The same step without the prop getters, for `SignUpConfirmation`, which renders it with the kit's parts. */
export function useSignUpCodeStep(options: UseCodeConfirmationOptions): CodeStepState {
  const { username, clientMetadata, onConfirmed, onSignedIn, onSignInChallenge, onSignInError } = options;
  const text = useKitMessages(options, signUpTexts, announceTexts, errorTexts, codeTexts, confirmTexts, offlineTexts, resendTexts);
  const resend = useResendConfirmationCode({
    username,
    codeDeliveryDetails: options.codeDeliveryDetails,
    codeSentAt: options.codeSentAt,
    clientMetadata,
    cooldownMs: options.cooldownMs,
    getHumanToken: options.getHumanToken,
  });
  const confirm = useConfirmSignUp({ username, clientMetadata, signUpSession: options.signUpSession, userSub: options.userSub });
  const { signIn } = confirm;
  return useCodeStep(
    {
      status: resend.status,
      error: resend.error,
      codeDeliveryDetails: resend.codeDeliveryDetails,
      endsAt: resend.endsAt,
      isCoolingDown: resend.isCoolingDown,
      reason: resend.cooldownReason,
      send: resend.resend,
    },
    { status: confirm.status, error: confirm.error, submit: confirm.confirm, signedIn: !!signIn?.result },
    text,
    {
      codeSent: true,
      labels: { submit: 'signUp.confirm', submitting: 'signUp.confirming', success: 'signUp.success', successTitle: 'signUp.successTitle' },
      onConfirmed: () => {
        onConfirmed?.(username);
        if (signIn?.result) onSignedIn?.(signIn.result, username);
        else if (signIn?.challenge) onSignInChallenge?.(signIn.challenge, username);
        else if (signIn?.error) onSignInError?.(signIn.error, username);
      },
      username,
    },
    options,
  );
}
