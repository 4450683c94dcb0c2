'use client';
import type { MutationStatus } from '@tanstack/react-query';
import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { formatCountdown } from '../ui/formatDuration.js';
import type { ClientMetadata } from '../core/protocol/operations.js';
import { resendTexts } from '../locales/en/resendTexts.js';
import { useIsBefore } from '../react/useCountdown.js';
import { useOnChange } from '../react/useOnChange.js';
import { useResendConfirmationCode } from '../react/useResendConfirmationCode.js';
import { CooldownTimer } from './CooldownTimer.js';
import { useKitMessages, type KitMessageProps } from '../react/useKitMessages.js';
import { useKitStyles, visuallyHidden, type KitStyleProps } from './useKitStyles.js';

export type ResendButtonState = 'idle' | 'pending' | 'cooldown' | 'error';

interface ButtonBase
  extends KitStyleProps,
    KitMessageProps,
    Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'children' | 'style' | 'className'> {
  /** Replaces the idle text (e.g. "Send code" before the first send). */
  label?: ReactNode | undefined;
  /**
   * `link` (default): a quiet text button after a prompt, "Didn't get a code? Resend", with the
   * countdown inline ("Resend in 0:27"), so Confirm stays the one primary action. `button`: the
   * bordered button ("Resend code").
   */
  variant?: 'link' | 'button' | undefined;
  /** The sentence before the link variant; `false` for none. Default "Didn't get a code?". */
  prompt?: ReactNode | false | undefined;
  /** Inert without a state of its own, e.g. while the browser is offline (the screen says why). */
  waiting?: boolean | undefined;
  /** Called when the cooldown ends, e.g. to announce that a new code can be requested. */
  onCooldownEnd?: (() => void) | undefined;
}

export interface ResendCodeButtonViewProps extends ButtonBase {
  /** The resend mutation's status (`useResendConfirmationCode().status`): `pending` shows "Sending…". */
  status?: MutationStatus | undefined;
  /** Epoch ms the cooldown ends. Preferred: only the timer inside re-renders each second. */
  endsAt?: number | null | undefined;
  /** Alternative to `endsAt` for apps with their own timer. */
  remainingSeconds?: number | undefined;
  /** Called on click when the button is not inert. */
  onResend?: (() => void) | undefined;
  username?: undefined;
}

export interface ConnectedResendCodeButtonProps extends ButtonBase {
  /** Wires the button to `useResendConfirmationCode` (needs `CognitoConfirmProvider`). */
  username: string;
  /** Cognito's ClientMetadata, passed to your Lambda triggers with each send. */
  clientMetadata?: ClientMetadata | undefined;
  /** Overrides the provider's base cooldown between sends. */
  cooldownMs?: number | undefined;
}

export type ResendCodeButtonProps = ResendCodeButtonViewProps | ConnectedResendCodeButtonProps;

/**
 * The resend button: "Resend code" → "Sending…" → "Resend in 0:27" → "Try again" after an error.
 * While sending or cooling down it stays focusable but inert (`aria-disabled`, with the reason as
 * its description), so keyboard and screen-reader users learn why. Presentational with `status` /
 * `endsAt` / `onResend`; connected with `username`.
 */
export function ResendCodeButton(props: ResendCodeButtonProps) {
  if (props.username !== undefined) return <ConnectedResendCodeButton {...props} />;
  return <ResendCodeButtonView {...props} />;
}

function ConnectedResendCodeButton({ username, clientMetadata, cooldownMs, ...rest }: ConnectedResendCodeButtonProps) {
  const resend = useResendConfirmationCode({ username, clientMetadata, cooldownMs });
  return (
    <ResendCodeButtonView {...rest} status={resend.status} endsAt={resend.isCoolingDown ? resend.endsAt : null} onResend={resend.resend} />
  );
}

/** The button without a connection: what the composed screens render, their step hook holding the state. */
export function ResendCodeButtonView({
  status = 'idle',
  endsAt,
  remainingSeconds,
  onResend,
  label,
  onCooldownEnd,
  variant = 'link',
  prompt,
  waiting = false,
  messages,
  locale,
  className,
  classNames,
  unstyled,
  theme,
  style,
  ...buttonProps
}: ResendCodeButtonViewProps) {
  const { t, parts } = useKitMessages({ messages, locale }, resendTexts);
  const { root, slot } = useKitStyles('button', { className, classNames, unstyled, theme, style });
  const reasonId = useId();
  const timerRunning = useIsBefore(endsAt);
  const coolingDown = timerRunning || (remainingSeconds ?? 0) > 0;
  // When the cooldown ends (the timer living inside unmounts at that moment).
  useOnChange(coolingDown, () => {
    if (!coolingDown) onCooldownEnd?.();
  });
  const state: ResendButtonState = status === 'pending' ? 'pending' : coolingDown ? 'cooldown' : status === 'error' ? 'error' : 'idle';
  const inert = state === 'pending' || state === 'cooldown' || waiting || buttonProps.disabled === true;

  let content: ReactNode;
  if (state === 'pending') content = t('resend.pending');
  else if (state === 'cooldown') {
    const time = timerRunning ? (
      <CooldownTimer key="timer" endsAt={endsAt} unstyled={unstyled} classNames={{ root: classNames?.timer }} />
    ) : (
      formatCountdown((remainingSeconds ?? 0) * 1000)
    );
    content = parts('resend.cooldown', { time });
  } else if (state === 'error') content = t('resend.retry');
  else content = label ?? t(variant === 'link' ? 'resend.link' : 'resend.idle');

  const reason = state === 'pending' ? t('resend.reason.pending') : state === 'cooldown' ? t('resend.reason.cooldown') : undefined;

  const button = (
    <>
      <button
        type="button"
        {...buttonProps}
        {...root}
        disabled={buttonProps.disabled}
        aria-disabled={inert || undefined}
        aria-describedby={[reason ? reasonId : undefined, buttonProps['aria-describedby']].filter(Boolean).join(' ') || undefined}
        data-state={state}
        data-variant={variant}
        data-disabled={inert ? '' : undefined}
        onClick={inert ? undefined : onResend}
      >
        {content}
      </button>
      {reason && (
        <span id={reasonId} style={visuallyHidden} className={slot('reason', 'ck-reason')}>
          {reason}
        </span>
      )}
    </>
  );
  if (variant === 'button' || prompt === false) return button;
  return (
    <p className={slot('resend', 'ck-resend')}>
      {prompt ?? t('resend.prompt')} {button}
    </p>
  );
}
