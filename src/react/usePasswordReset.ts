'use client';
import { useEffect, useId, useReducer, useRef, useState, type RefObject } from 'react';
import { cooldownKey } from '../core/cooldown/createCooldownStore.js';
import type { CognitoConfirmError } from '../core/protocol/CognitoConfirmError.js';
import { confirmForgotPassword } from '../core/protocol/confirmForgotPassword.js';
import { forgotPassword } from '../core/protocol/forgotPassword.js';
import type { AuthenticationResult, ClientMetadata, InitiateAuthResponse } from '../core/protocol/operations.js';
import type { PasswordPolicy } from '../core/protocol/passwordPolicyRules.js';
import { passwordRuleFromError } from '../core/protocol/passwordRuleFromError.js';
import { signInWithPassword } from '../core/protocol/signInWithPassword.js';
import { toCognitoConfirmError } from '../core/protocol/toCognitoConfirmError.js';
import { dropResetInProgress, keepResetInProgress, readResetInProgress, RESET_IN_PROGRESS_MS } from '../core/session/resetInProgress.js';
import { announceTexts } from '../locales/en/announceTexts.js';
import { codeTexts } from '../locales/en/codeTexts.js';
import { confirmTexts } from '../locales/en/confirmTexts.js';
import { errorTexts } from '../locales/en/errorTexts.js';
import { offlineTexts } from '../locales/en/offlineTexts.js';
import { resendTexts } from '../locales/en/resendTexts.js';
import { resetErrorTexts } from '../locales/en/resetErrorTexts.js';
import { resetTexts } from '../locales/en/resetTexts.js';
import { signUpTexts } from '../locales/en/signUpTexts.js';
import { describeError } from '../ui/describeError.js';
import { formatDuration } from '../ui/formatDuration.js';
import { useCodeSender } from './useCodeSender.js';
import { useCodeStep, type CodeStepOptions, type CodeStepState } from './useCodeStep.js';
import { useCodeSubmission } from './useCodeSubmission.js';
import { useCognitoConfirm } from './useCognitoConfirm.js';
import type { SignInOutcome } from './useConfirmSignUp.js';
import { useKitMessages } from './useKitMessages.js';
import { useOnChange } from './useOnChange.js';
import { type PasswordRule, type PasswordRuleState, usePasswordField } from './usePasswordField.js';
import { type CodeConfirmation, withPropGetters } from './withPropGetters.js';

export interface UsePasswordResetOptions extends Omit<CodeStepOptions, 'autoSubmit'> {
  /** Whose password to reset. Without it the flow starts by asking for the name (`stage` `username`). */
  username?: string | undefined;
  clientMetadata?: ClientMetadata | undefined;
  /** Overrides the provider's base cooldown between sends. */
  cooldownMs?: number | undefined;
  /** Called before each send for a human-check token (Turnstile, reCAPTCHA…), as in `useResendConfirmationCode`. */
  getHumanToken?: (() => Promise<string | undefined>) | undefined;
  /** The pool's password policy (Cognito's PasswordPolicyType names): shown as live rules, checked before sending. */
  passwordPolicy?: PasswordPolicy | undefined;
  /** The app's own rules, after the policy's: shown live, checked before sending. */
  passwordRules?: PasswordRule[] | undefined;
  /**
   * Remember the name a code went out for in this tab (sessionStorage, never the code or the
   * password) until done or an hour passed, so a reload returns to the code step. Default true.
   */
  rememberUsername?: boolean | undefined;
  /** The new password is set. Called before the sign-in callbacks. */
  onPasswordChanged?: ((username: string) => void) | undefined;
  /** Signed in with the new password: Cognito's tokens. */
  onSignedIn?: ((result: AuthenticationResult, username: string) => void) | undefined;
  /** The password is changed and Cognito asks for more to sign in (MFA…): its `ChallengeName`, `Session` and parameters. */
  onSignInChallenge?: ((challenge: InitiateAuthResponse, username: string) => void) | undefined;
  /** The password is changed but signing in failed: the panel offers Sign in. */
  onSignInError?: ((error: CognitoConfirmError, username: string) => void) | undefined;
}

/**
 * - `missing`: Send with an empty name.
 * - `error`: the send failed (`error` says how).
 * - `rate-limited`: too many sends; `endsAt` is when sending works again.
 * - `not-confirmed`: the account's sign-up is not confirmed: offer the way there.
 * - `no-contact`: the account has no verified email or phone to send a code to.
 * - `offline`: the browser is offline; Send code sends nothing until it is back.
 */
export type ResetUsernameMessageKind = 'missing' | 'error' | 'rate-limited' | 'not-confirmed' | 'no-contact' | 'offline';

/**
 * - `missing`, `weak`: refused before any request (empty; a rule not met).
 * - `rule`: Cognito refused it for the rule `ruleId` names; `invalid`: for a rule it did not name.
 * - `reused`: the pool's password history refuses it; `format`: spaces at either end, or too long.
 */
export type ResetPasswordMessageKind = 'missing' | 'weak' | 'rule' | 'invalid' | 'reused' | 'format';

export interface ResetMessage<K extends string> {
  kind: K;
  text: string;
  /** The id to give the message's element: its field is described by it. */
  id: string;
  error: CognitoConfirmError | undefined;
  /** For `rate-limited`: when the wait ends. Else null. */
  endsAt: number | null;
  /** For `rule`: the rule Cognito named. */
  ruleId?: string | undefined;
}

/** The whole reset as state and handlers; `usePasswordReset` adds the prop getters. */
export interface PasswordResetState {
  /** `username` until a code went out for a name, then `code` (the code, the new password, Reset). */
  stage: 'username' | 'code';
  /** False until this tab's remembered name was read (after mount: server and client render the same first). */
  ready: boolean;
  /** The name the code goes (or went) to. */
  username: string | undefined;
  /** True when the app gave the name: no name field, no "Use a different name". */
  usernameGiven: boolean;
  /** The name field's text. */
  usernameValue: string;
  setUsernameValue: (value: string) => void;
  /** The first ForgotPassword (the username step's "Send code"): a missing name is refused with a message. */
  sendCode: () => void;
  /** Back to the username step, forgetting the name; undefined when the app gave the name. */
  changeUsername: (() => void) | undefined;
  isSending: boolean;
  usernameMessage: ResetMessage<ResetUsernameMessageKind> | null;
  usernameInputRef: RefObject<HTMLInputElement | null>;
  usernameInputId: string;
  /** The new password as typed: kept in memory only, never stored. */
  password: string;
  setPassword: (value: string) => void;
  passwordVisible: boolean;
  togglePasswordVisible: () => void;
  /** Every rule with `met` for the password as typed. */
  rules: PasswordRuleState[];
  passwordMessage: ResetMessage<ResetPasswordMessageKind> | null;
  passwordInputRef: RefObject<HTMLInputElement | null>;
  passwordInputId: string;
  /** The id of the rules list, which the password field is described by. */
  rulesId: string;
  /** How signing in went after the reset, once done. */
  signIn: SignInOutcome | undefined;
  /** The code step (the engine every code flow shares): code, Reset, resend, messages, panel. */
  step: CodeStepState;
  texts: {
    title: string;
    intro: string;
    usernameLabel: string;
    send: string;
    changeUsername: string;
    passwordLabel: string;
    showPassword: string;
    rules: string;
    /** What the destination line says when Cognito did not say where the code went. */
    destinationFallback: string | undefined;
  };
}

/** The headless reset: `PasswordResetState` plus prop getters for any markup. */
export interface UsePasswordResetResult extends Omit<PasswordResetState, 'step'> {
  step: CodeConfirmation;
  getUsernameInputProps: () => {
    ref: RefObject<HTMLInputElement | null>;
    id: string;
    value: string;
    type: 'text';
    autoComplete: 'username';
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
    onChange: (event: { target: { value: string } }) => void;
  };
  getPasswordInputProps: () => {
    ref: RefObject<HTMLInputElement | null>;
    id: string;
    value: string;
    type: 'password' | 'text';
    autoComplete: 'new-password';
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
    onChange: (event: { target: { value: string } }) => void;
  };
  getPasswordToggleProps: () => { type: 'button'; 'aria-pressed': boolean; 'aria-controls': string; onClick: () => void };
}

const RATE_LIMITED = new Set(['LimitExceededException', 'TooManyRequestsException']);
const PASSWORD_ERRORS = new Set(['InvalidPasswordException', 'PasswordHistoryPolicyViolationException']);
const isPasswordError = (error: CognitoConfirmError | null) =>
  !!error && (PASSWORD_ERRORS.has(error.code) || (error.code === 'ValidationError' && error.field === 'Password'));

/**
 * Password reset (ForgotPassword, then ConfirmForgotPassword with the new password, then signed in
 * with it) as state and prop getters, for any markup. The code step is the kit's one engine: the
 * sender is ForgotPassword under the reset's own cooldown (separate from sign-up's for the same
 * person), the submission sends the code and the password together. `PasswordReset` is one
 * rendering of it. Needs `CognitoConfirmProvider`.
 */
export function usePasswordReset(options: UsePasswordResetOptions): UsePasswordResetResult {
  const state = usePasswordResetStep(options);
  const { passwordMessage: pm, usernameMessage: um } = state;
  return {
    ...state,
    step: withPropGetters(state.step),
    getUsernameInputProps: () => ({
      ref: state.usernameInputRef,
      id: state.usernameInputId,
      value: state.usernameValue,
      type: 'text',
      autoComplete: 'username',
      'aria-invalid': (um && um.kind !== 'rate-limited') || undefined,
      'aria-describedby': um?.id,
      onChange: (event) => state.setUsernameValue(event.target.value),
    }),
    getPasswordInputProps: () => ({
      ref: state.passwordInputRef,
      id: state.passwordInputId,
      value: state.password,
      type: state.passwordVisible ? 'text' : 'password',
      autoComplete: 'new-password',
      'aria-invalid': !!pm || undefined,
      'aria-describedby': [pm?.id, state.rules.length ? state.rulesId : ''].join(' ').trim() || undefined,
      onChange: (event) => state.setPassword(event.target.value),
    }),
    getPasswordToggleProps: () => ({
      type: 'button',
      'aria-pressed': state.passwordVisible,
      'aria-controls': state.passwordInputId,
      onClick: state.togglePasswordVisible,
    }),
  };
}

/** The same reset without the prop getters, for `PasswordReset`, which renders it with the kit's parts. */
export function usePasswordResetStep(options: UsePasswordResetOptions): PasswordResetState {
  const { clientMetadata, getHumanToken, rememberUsername = true } = options;
  const { client, cooldowns, config } = useCognitoConfirm();
  const text = useKitMessages(
    options,
    resetTexts,
    signUpTexts,
    announceTexts,
    errorTexts,
    resetErrorTexts,
    codeTexts,
    confirmTexts,
    offlineTexts,
    resendTexts,
  );
  const { t, locale, messages } = text;
  const given = options.username?.trim() || undefined;
  const scope = `${client.userPoolId}:${client.clientId}`;
  // The name a code went (or is going) to when the app gave none: typed, or remembered by this tab.
  const [named, setNamed] = useState<{ name: string; restored?: boolean | undefined } | undefined>(undefined);
  const typed = named?.name;
  const [ready, setReady] = useState(false);
  const [usernameValue, setValue] = useState('');
  const [usernameMissing, setUsernameMissing] = useState(false);
  const [sendRequests, requestSend] = useReducer((count: number) => count + 1, 0);
  const username = given ?? typed;
  const key = username ? cooldownKey(client.userPoolId, client.clientId, username, 'reset') : undefined;
  const id = useId();
  const usernameInputRef = useRef<HTMLInputElement>(null);
  // The password the submission sends: the one typed when Reset was pressed.
  const passwordNow = useRef('');

  // Rules first, in render: a hostile policy or rule fails here, naming it, before anything is sent.
  const field = usePasswordField(options.passwordPolicy, options.passwordRules, t);
  const { rules, inputRef: passwordInputRef } = field;

  const { send, state: sender } = useCodeSender({
    mutationKey: ['cognito-confirm-kit', 'forgotPassword', client.userPoolId, client.clientId, username],
    cooldownKey: key,
    send: async () => {
      const humanToken = await getHumanToken?.();
      return forgotPassword(client, { username: username ?? '', clientMetadata: clientMetadata || undefined }, { humanToken });
    },
    initialDetails: undefined,
    cooldownMs: options.cooldownMs,
  });

  const submission = useCodeSubmission({
    mutationKey: ['cognito-confirm-kit', 'confirmForgotPassword', client.userPoolId, client.clientId, username],
    submit: async (code): Promise<SignInOutcome> => {
      const input = { username: username ?? '', password: passwordNow.current, clientMetadata: clientMetadata || undefined };
      const answer = await confirmForgotPassword(client, { ...input, code });
      // The kit's server handler signs in within the same request (a secret client's only way): its
      // answer is used as it is, without a second request. Signing in never fails the reset.
      try {
        const signedIn = answer?.SignIn ?? (await signInWithPassword(client, input));
        if ('__type' in signedIn) throw signedIn;
        return signedIn.AuthenticationResult ? { result: signedIn.AuthenticationResult } : { challenge: signedIn };
      } catch (error) {
        return { error: toCognitoConfirmError(error) };
      }
    },
    onSuccess: () => {
      if (key) cooldowns.clear(key);
      dropResetInProgress(scope);
    },
  });
  const passwordError = isPasswordError(submission.error) ? submission.error : null;

  // Once a code went out for this name (now, before a reload, in another tab) the code step stays.
  const sentFor = useRef<string>(undefined);
  const codeSent =
    !!username &&
    (sentFor.current === username ||
      sender.status === 'success' ||
      // A code sent for this name within the hour (the store keeps a deadline a while after it passed).
      (sender.cooldownReason === 'sent' && (sender.endsAt ?? 0) + RESET_IN_PROGRESS_MS > Date.now() && sender.status !== 'pending') ||
      (!given && !!named?.restored) ||
      !!options.initialCode);
  if (codeSent) sentFor.current = username;

  const signIn = submission.status === 'success' ? submission.data : undefined;
  const step = useCodeStep(
    {
      status: sender.status,
      error: sender.error,
      codeDeliveryDetails: sender.codeDeliveryDetails,
      endsAt: sender.endsAt,
      isCoolingDown: sender.isCoolingDown,
      reason: sender.cooldownReason,
      send,
    },
    {
      // Password errors belong to the password field: the code step sees none of them.
      status: passwordError ? 'idle' : submission.status,
      error: passwordError ? null : submission.error,
      submit: (code) => {
        const password = field.take();
        if (password === null) return;
        passwordNow.current = password;
        submission.submit(code);
      },
      signedIn: !!signIn?.result,
    },
    text,
    {
      codeSent,
      labels: { submit: 'reset.submit', submitting: 'reset.submitting', success: 'reset.success', successTitle: 'reset.successTitle' },
      onConfirmed: () => {
        if (!username) return;
        options.onPasswordChanged?.(username);
        if (signIn?.result) options.onSignedIn?.(signIn.result, username);
        else if (signIn?.challenge) options.onSignInChallenge?.(signIn.challenge, username);
        else if (signIn?.error) options.onSignInError?.(signIn.error, username);
      },
      username,
    },
    // The code is complete before the password is typed: the two go together, with one button.
    { ...options, autoSubmit: false },
  );

  // This tab's remembered name, read after mount.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount.
  useEffect(() => {
    const kept = !given && rememberUsername ? readResetInProgress(scope) : undefined;
    if (kept) setNamed({ name: kept, restored: true });
    setReady(true);
  }, []);
  // Remembered from each code sent for a typed name: a code lives an hour.
  useEffect(() => {
    if (sender.status === 'success' && typed && rememberUsername) keepResetInProgress(scope, typed, Date.now() + RESET_IN_PROGRESS_MS);
  }, [sender.status, typed, rememberUsername, scope]);
  // The username step's "Send code" for a typed name goes out once the sender is keyed to it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each request only.
  useEffect(() => {
    if (sendRequests > 0) step.resend();
  }, [sendRequests]);
  // A refused password, locally or by Cognito: the field to fix it in.
  useOnChange(passwordError, () => {
    if (passwordError) passwordInputRef.current?.focus();
  });
  const usernameFailed = !codeSent && sender.status === 'error' ? sender.error : null;
  useOnChange(usernameFailed, () => {
    if (usernameFailed) usernameInputRef.current?.focus();
  });
  // A code from a link waits for the new password: focus goes there, not to Reset.
  // biome-ignore lint/correctness/useExhaustiveDependencies: when the code step opens.
  useEffect(() => {
    if (codeSent && options.initialCode && options.autoFocus !== false) passwordInputRef.current?.focus();
  }, [codeSent]);

  const remainingMs = () => (sender.endsAt ? Math.max(0, sender.endsAt - Date.now()) : 0);
  const make = <K extends string>(
    kind: K,
    field: 'username' | 'password',
    worded: string,
    error?: CognitoConfirmError,
    ruleId?: string,
  ): ResetMessage<K> => ({
    kind,
    text: worded,
    id: `${id}-${field}-message`,
    error,
    endsAt: kind === 'rate-limited' ? sender.endsAt : null,
    ruleId,
  });
  const usernameMessage = ((): ResetMessage<ResetUsernameMessageKind> | null => {
    if (codeSent) return null;
    // Said before anything is sent (Send code sends nothing offline), as the code step says it.
    if (!step.online) return make('offline', 'username', t('offline.notice'));
    if (usernameMissing) return make('missing', 'username', t('error.ValidationError.username'));
    const error = usernameFailed;
    if (
      (error && RATE_LIMITED.has(error.code)) ||
      (!error && sender.isCoolingDown && sender.endsAt !== null && sender.cooldownReason === 'rateLimited')
    ) {
      return make('rate-limited', 'username', t('resend.rateLimited', { time: formatDuration(remainingMs(), locale) }), error ?? undefined);
    }
    if (!error) return null;
    if (error.code === 'UserNotConfirmedException') return make('not-confirmed', 'username', t('reset.notConfirmed'), error);
    if (error.code === 'InvalidParameterException' && /no registered\/verified email or phone_number/i.test(error.message)) {
      return make('no-contact', 'username', t('reset.noVerifiedContact'), error);
    }
    return make('error', 'username', describeError(error, { messages, locale, remainingMs: remainingMs() }), error);
  })();

  const passwordMessage = ((): ResetMessage<ResetPasswordMessageKind> | null => {
    const m = (kind: ResetPasswordMessageKind, worded: string, error?: CognitoConfirmError, ruleId?: string) =>
      make(kind, 'password', worded, error, ruleId);
    const { refusal } = field;
    if (refusal) return m(refusal, t(refusal === 'missing' ? 'reset.passwordMissing' : 'reset.passwordWeak'));
    if (!passwordError || submission.status !== 'error') return null;
    if (passwordError.code === 'PasswordHistoryPolicyViolationException') return m('reused', t('reset.passwordReused'), passwordError);
    if (passwordError.code === 'ValidationError') return m('format', t('reset.passwordFormat'), passwordError);
    const named = passwordRuleFromError(passwordError);
    const rule = rules.find((candidate) => candidate.id === named);
    const label = rule?.label ?? (named && t(`reset.rule.${named}`, { count: options.passwordPolicy?.MinimumLength ?? 8 }));
    return label
      ? m('rule', t('reset.passwordRule', { rule: label }), passwordError, named)
      : m('invalid', t('reset.passwordInvalid'), passwordError);
  })();

  const enumerationSafe = !!config.enumerationSafe;
  return {
    stage: codeSent ? 'code' : 'username',
    // A name the app gives needs no reading: the step renders (and takes focus) at once.
    ready: ready || !!given,
    username,
    usernameGiven: !!given,
    usernameValue,
    setUsernameValue: (value) => {
      setValue(value);
      setUsernameMissing(false);
      if (sender.status === 'error') sender.reset();
    },
    sendCode: () => {
      if (given) {
        step.resend();
        return;
      }
      const trimmed = usernameValue.trim();
      setUsernameMissing(!trimmed);
      if (!trimmed) {
        usernameInputRef.current?.focus();
        return;
      }
      setNamed({ name: trimmed });
      requestSend();
    },
    changeUsername: given
      ? undefined
      : () => {
          dropResetInProgress(scope);
          sentFor.current = undefined;
          setNamed(undefined);
          setValue(typed ?? '');
          sender.reset();
          submission.reset();
          field.clearRefusal();
        },
    isSending: sender.status === 'pending',
    usernameMessage,
    usernameInputRef,
    usernameInputId: `${id}-username`,
    password: field.password,
    setPassword: (value) => {
      field.setPassword(value);
      if (passwordError) submission.reset();
    },
    passwordVisible: field.visible,
    togglePasswordVisible: field.toggleVisible,
    rules,
    passwordMessage,
    passwordInputRef,
    passwordInputId: `${id}-password`,
    rulesId: `${id}-rules`,
    signIn,
    step,
    texts: {
      title: t('reset.title'),
      intro: given ? t('reset.introFor', { username: given }) : t('reset.intro'),
      usernameLabel: t('reset.usernameLabel'),
      send: t(sender.status === 'pending' ? 'reset.sending' : 'reset.send'),
      changeUsername: t('reset.changeUsername'),
      passwordLabel: t('reset.passwordLabel'),
      showPassword: t('reset.showPassword'),
      rules: t('reset.rules'),
      destinationFallback: enumerationSafe && username ? t('reset.enumerationSafe', { username }) : undefined,
    },
  };
}
