'use client';
import type { ReactNode } from 'react';
import { errorTexts } from '../locales/en/errorTexts.js';
import { resendTexts } from '../locales/en/resendTexts.js';
import { resetErrorTexts } from '../locales/en/resetErrorTexts.js';
import { resetTexts } from '../locales/en/resetTexts.js';
import { signUpTexts } from '../locales/en/signUpTexts.js';
import { useConfirmationLink } from '../react/useConfirmationLink.js';
import { useCountdown, useIsBefore } from '../react/useCountdown.js';
import { useKitMessages, type KitText } from '../react/useKitMessages.js';
import { formatCountdown } from '../ui/formatDuration.js';
import { usePasswordResetStep, type PasswordResetState, type UsePasswordResetOptions } from '../react/usePasswordReset.js';
import { CodeStep } from './CodeStep.js';
import { PasswordField } from './PasswordField.js';
import { ScreenFrame, type ScreenProps } from './ScreenFrame.js';
import { useKitStyles } from './useKitStyles.js';

type ResetOptions = Pick<
  UsePasswordResetOptions,
  'passwordPolicy' | 'passwordRules' | 'rememberUsername' | 'onPasswordChanged' | 'onSignedIn' | 'onSignInChallenge' | 'onSignInError'
>;

export interface PasswordResetProps extends Omit<ScreenProps, 'autoSubmit'>, ResetOptions {
  /** Whose password to reset. Without it the screen asks for the name first. */
  username?: string | undefined;
  /** A code to prefill (e.g. from a link): it waits for the new password and Reset. */
  initialCode?: string | undefined;
  /**
   * The page a reset link opens (see `createCustomMessageHandler`'s `resetUrl`): reads the code from
   * this query parameter (`true` = `code`) and the name from `username`, takes the code out of the
   * address bar, and waits for the new password and one tap (never submits on load).
   */
  codeFromUrl?: boolean | string | undefined;
  /** With `codeFromUrl`, takes `username` out of the address too. */
  removeUsernameFromUrl?: boolean | undefined;
  /** The next step once the password is changed but not signed in: a "Sign in" button calling this… */
  onSignIn?: ((username: string) => void) | undefined;
  /** …or a "Sign in" link to this address (a function gets the username). */
  signInHref?: string | ((username: string) => string) | undefined;
  /** When the account's sign-up is not confirmed yet: a "Confirm sign-up" button calling this… */
  onConfirmSignUp?: ((username: string) => void) | undefined;
  /** …or a "Confirm sign-up" link to this address (a function gets the username). */
  confirmSignUpHref?: string | ((username: string) => string) | undefined;
  /** Replaces the "Password changed" message (not the signed-in one). */
  renderSuccess?: ((username: string) => ReactNode) | undefined;
}

/**
 * Password reset, done as well as sign-up: the name (skipped when given) → "We sent a code to
 * j***@e***.com" → the code and the new password (shown rules, Show password) with one Reset button
 * → "Password changed" → signed in with it (or "Password changed — Sign in"). Resend under its own
 * cooldown, a reload returns to the code step (the name only, in this tab's sessionStorage). Needs
 * `CognitoConfirmProvider`.
 */
export function PasswordReset(props: PasswordResetProps) {
  const { username: givenUsername, codeFromUrl, removeUsernameFromUrl, messages, locale, headingLevel = 2 } = props;
  const text = useKitMessages({ messages, locale }, resetTexts, signUpTexts, errorTexts, resetErrorTexts, resendTexts);
  const styles = useKitStyles('reset', props);
  const link = useConfirmationLink(codeFromUrl, { removeUsername: removeUsernameFromUrl });
  const username = givenUsername?.trim() || link.username;
  const code = props.initialCode ?? (!link.username || link.username === username ? link.code : undefined);

  return (
    <ScreenFrame
      styles={styles}
      step={link.read ? 'reset' : 'link'}
      title={props.title}
      defaultTitle={text.t('reset.title')}
      headingLevel={headingLevel}
      header={props.header}
      footer={props.footer}
    >
      {/* Nothing until a link is read: the step would open without its code. */}
      {link.read && (
        <ResetFlow
          key={`${username ?? ''}\n${code ?? ''}`}
          {...props}
          username={username}
          initialCode={code}
          headingLevel={headingLevel}
          text={text}
          styles={styles}
        />
      )}
    </ScreenFrame>
  );
}

interface FlowProps extends Omit<PasswordResetProps, 'headingLevel'> {
  headingLevel: number;
  text: KitText<
    keyof typeof resetTexts | keyof typeof signUpTexts | keyof typeof errorTexts | keyof typeof resetErrorTexts | keyof typeof resendTexts
  >;
  styles: ReturnType<typeof useKitStyles>;
}

function ResetFlow({
  onSignIn,
  signInHref,
  onConfirmSignUp,
  confirmSignUpHref,
  resendVariant = 'link',
  headingLevel,
  renderSuccess,
  text,
  styles,
  ...options
}: FlowProps) {
  const reset = usePasswordResetStep({ ...options, messages: text.messages, locale: text.locale });
  const { step, username = '' } = reset;
  const { slot } = styles;
  const to = (href: string | ((name: string) => string)) => (typeof href === 'function' ? href(username) : href);
  const action = (label: string, href: typeof signInHref, onClick: ((name: string) => void) | undefined) =>
    href ? (
      <a href={to(href)} className={slot('action', 'ck-submit')}>
        {label}
      </a>
    ) : onClick ? (
      <button type="button" className={slot('action', 'ck-submit')} onClick={() => onClick(username)}>
        {label}
      </button>
    ) : undefined;

  if (!reset.ready) return null;
  if (reset.stage === 'username') {
    return (
      <UsernameForm reset={reset} styles={styles} text={text}>
        {/* An unconfirmed account has no verified address yet: both answers lead to the sign-up confirmation. */}
        {(reset.usernameMessage?.kind === 'not-confirmed' || reset.usernameMessage?.kind === 'no-contact') &&
          action(text.t('reset.confirmSignUp'), confirmSignUpHref, onConfirmSignUp)}
      </UsernameForm>
    );
  }
  return (
    <CodeStep
      step={step}
      text={text}
      styles={styles}
      action={step.panel === 'signed-in' ? undefined : action(text.t('signUp.signIn'), signInHref, onSignIn)}
      headingLevel={headingLevel}
      resendVariant={resendVariant}
      destinationFallback={reset.texts.destinationFallback}
      success={renderSuccess?.(username)}
      fields={
        <PasswordField
          value={reset.password}
          onChange={reset.setPassword}
          label={reset.texts.passwordLabel}
          rules={reset.rules}
          error={reset.passwordMessage?.text}
          errorId={reset.passwordMessage?.id}
          id={reset.passwordInputId}
          rulesId={reset.rulesId}
          inputRef={reset.passwordInputRef}
          visible={reset.passwordVisible}
          onVisibleChange={reset.togglePasswordVisible}
          messages={text.messages}
          locale={text.locale}
          unstyled={styles.unstyled}
          classNames={{ ...styles.classNames, root: undefined }}
        />
      }
    >
      {reset.changeUsername && (
        <button type="button" className={slot('button', 'ck-link')} onClick={reset.changeUsername}>
          {reset.texts.changeUsername}
        </button>
      )}
    </CodeStep>
  );
}

/** The first step: the name (or, when the app gave it, only what is about to happen) and Send code. */
function UsernameForm({
  reset,
  styles,
  text,
  children,
}: Pick<FlowProps, 'styles' | 'text'> & { reset: PasswordResetState; children: ReactNode }) {
  const { slot } = styles;
  const message = reset.usernameMessage;
  // Inert while Cognito's limit runs, like Resend, and saying why (the message, with its countdown).
  const waiting = useIsBefore(message?.kind === 'rate-limited' ? message.endsAt : null) || message?.kind === 'offline';
  return (
    <form
      className={slot('form', 'ck-form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reset.isSending) reset.sendCode();
      }}
    >
      <p className={slot('hint', 'ck-hint')}>{reset.texts.intro}</p>
      {!reset.usernameGiven && (
        <>
          <label htmlFor={reset.usernameInputId} className={slot('label', 'ck-label')}>
            {reset.texts.usernameLabel}
          </label>
          <input
            ref={reset.usernameInputRef}
            id={reset.usernameInputId}
            className={slot('input', 'ck-input')}
            type="text"
            autoComplete="username"
            autoCapitalize="off"
            spellCheck={false}
            value={reset.usernameValue}
            onChange={(event) => reset.setUsernameValue(event.target.value)}
            aria-invalid={(message && message.kind !== 'rate-limited' && message.kind !== 'offline') || undefined}
            aria-describedby={message?.id}
          />
        </>
      )}
      {message && (
        <p id={message.id} className={slot('error', 'ck-error')} data-state={message.kind}>
          {message.kind === 'rate-limited'
            ? text.parts('resend.rateLimited', {
                time: <Remaining key="time" endsAt={message.endsAt} className={slot('timer', 'ck-timer')} />,
              })
            : message.text}
        </p>
      )}
      {children}
      <button
        type="submit"
        className={slot('submit', 'ck-submit')}
        aria-disabled={reset.isSending || waiting || undefined}
        aria-describedby={reset.usernameGiven || waiting ? message?.id : undefined}
        data-state={reset.isSending ? 'pending' : message?.kind === 'offline' ? 'offline' : waiting ? 'cooldown' : 'idle'}
      >
        {reset.texts.send}
      </button>
    </form>
  );
}

/** The wait's own countdown, ticking inside the rate-limit sentence. */
function Remaining({ endsAt, className }: { endsAt: number | null; className: string | undefined }) {
  return <span className={className}>{formatCountdown(useCountdown(endsAt))}</span>;
}
