'use client';
import { useId, useState, type ReactNode } from 'react';
import type { CodeDeliveryDetails } from '../core/protocol/operations.js';
import type { UseCodeConfirmationOptions } from '../react/useCodeConfirmation.js';
import { errorTexts } from '../locales/en/errorTexts.js';
import { signUpTexts } from '../locales/en/signUpTexts.js';
import { useSignUpCodeStep } from '../react/useCodeConfirmation.js';
import { useConfirmationLink } from '../react/useConfirmationLink.js';
import { CodeStep } from './CodeStep.js';
import { ScreenFrame, type ScreenProps } from './ScreenFrame.js';
import { useKitMessages } from '../react/useKitMessages.js';
import { useKitStyles } from './useKitStyles.js';

type SignInOptions = Pick<UseCodeConfirmationOptions, 'signUpSession' | 'userSub' | 'onSignedIn' | 'onSignInChallenge' | 'onSignInError'>;

export interface SignUpConfirmationProps extends ScreenProps, SignInOptions {
  /** Who signed up. Without it the screen asks for it first (e.g. after a reload or from an email link). */
  username?: string | undefined;
  /** SignUp's CodeDeliveryDetails, to say where the first code went. */
  codeDeliveryDetails?: CodeDeliveryDetails | undefined;
  /** When SignUp sent that code (epoch ms): Resend waits the cooldown from then. See `useResendConfirmationCode`. */
  codeSentAt?: number | undefined;
  /** A code to prefill; it waits for Confirm (link-style flows). */
  initialCode?: string | undefined;
  /**
   * The page a confirmation link opens (see `createCustomMessageHandler`): reads the code from this
   * query parameter (`true` = `code`) and the username from `username`, takes the code out of the
   * address bar (the username stays, so a reload keeps the step), and waits for one tap on Confirm
   * (never confirms on load: mail scanners open links). Turned on later (a router ready after the
   * first render), the link is read then.
   */
  codeFromUrl?: boolean | string | undefined;
  /** With `codeFromUrl`, takes `username` out of the address too (a reload then asks for the name). */
  removeUsernameFromUrl?: boolean | undefined;
  /** Called once the code is accepted (not when the account turns out to be confirmed already). */
  onConfirmed?: ((username: string) => void) | undefined;
  /**
   * The next step on the success panel and when the account is confirmed already (e.g. a tab left
   * open after confirming in another): a "Sign in" button calling this…
   */
  onSignIn?: ((username: string) => void) | undefined;
  /** …or a "Sign in" link to this address (a function gets the username). Without either, the panels only say to sign in. */
  signInHref?: string | ((username: string) => string) | undefined;
  /** Replaces the success message. */
  renderSuccess?: ((username: string) => ReactNode) | undefined;
}

/**
 * The whole confirmation step: where the code went, the code field, confirm, resend with its
 * cooldown, errors and success. Needs `CognitoConfirmProvider`.
 */
export function SignUpConfirmation(props: SignUpConfirmationProps) {
  const { username: givenUsername, codeFromUrl, removeUsernameFromUrl, messages, locale, headingLevel = 2 } = props;
  // The code step's own texts come with useCodeConfirmation and the parts it renders.
  const text = useKitMessages({ messages, locale }, signUpTexts, errorTexts);
  // It reads only the styling props.
  const styles = useKitStyles('signup', props);
  // A name the app gives wins; otherwise the one typed on the username step.
  const [typedUsername, setUsername] = useState<string | undefined>(undefined);
  const link = useConfirmationLink(codeFromUrl, { removeUsername: removeUsernameFromUrl });
  // "Change username" leaves the link's name (and its code) behind.
  const [leftLink, leaveLink] = useState(false);
  const username = givenUsername?.trim() || typedUsername || (leftLink ? undefined : link.username);
  const given = username === givenUsername?.trim();
  // The link's code belongs to the link's name (or to any, when it named none).
  const urlCode = !leftLink && (!link.username || link.username === username) ? link.code : undefined;

  return (
    <ScreenFrame
      styles={styles}
      step={!link.read ? 'link' : username ? 'code' : 'username'}
      title={props.title}
      defaultTitle={text.t('signUp.title')}
      headingLevel={headingLevel}
      header={props.header}
      footer={props.footer}
    >
      {/* Nothing of the step until a link is read: it would open (and focus) without the link's code. */}
      {!link.read ? null : username ? (
        <ConfirmStep
          // A code read from the URL after mount starts the step afresh with it.
          key={`${username}\n${urlCode ?? ''}`}
          // The rest passes through to the step's hook, which takes the options it knows.
          {...props}
          username={username}
          // What SignUp answered (where the code went, when, its Session) only for the name it answered for.
          codeDeliveryDetails={given ? props.codeDeliveryDetails : undefined}
          codeSentAt={given ? props.codeSentAt : undefined}
          signUpSession={given ? props.signUpSession : undefined}
          userSub={given ? props.userSub : undefined}
          initialCode={props.initialCode ?? urlCode}
          headingLevel={headingLevel}
          text={text}
          styles={styles}
          onChangeUsername={
            givenUsername
              ? undefined
              : () => {
                  setUsername(undefined);
                  leaveLink(true);
                }
          }
        />
      ) : (
        <UsernameStep text={text} styles={styles} onSubmit={setUsername} />
      )}
    </ScreenFrame>
  );
}

interface StepProps {
  text: ReturnType<typeof useKitMessages>;
  styles: ReturnType<typeof useKitStyles>;
}

function ConfirmStep({
  onSignIn,
  signInHref,
  resendVariant = 'link',
  headingLevel,
  renderSuccess,
  text,
  styles,
  onChangeUsername,
  ...options
}: StepProps &
  SignUpConfirmationProps & {
    username: string;
    headingLevel: number;
    onChangeUsername: (() => void) | undefined;
  }) {
  const { username } = options;
  const step = useSignUpCodeStep({ ...options, messages: text.messages, locale: text.locale });

  return (
    <CodeStep
      step={step}
      text={text}
      styles={styles}
      action={
        // Signed in: nothing left to do here; the app moves on from onSignedIn.
        step.panel === 'signed-in' ? undefined : signInHref ? (
          <a href={typeof signInHref === 'function' ? signInHref(username) : signInHref} className={styles.slot('action', 'ck-submit')}>
            {text.t('signUp.signIn')}
          </a>
        ) : onSignIn ? (
          <button type="button" className={styles.slot('action', 'ck-submit')} onClick={() => onSignIn(username)}>
            {text.t('signUp.signIn')}
          </button>
        ) : undefined
      }
      headingLevel={headingLevel}
      resendVariant={resendVariant}
      success={renderSuccess?.(username)}
    >
      {onChangeUsername && (
        <button type="button" className={styles.slot('button', 'ck-link')} onClick={onChangeUsername}>
          {text.t('signUp.changeUsername')}
        </button>
      )}
    </CodeStep>
  );
}

function UsernameStep({ text, styles, onSubmit }: StepProps & { onSubmit: (username: string) => void }) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  return (
    <form
      className={styles.slot('form', 'ck-form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = value.trim();
        if (trimmed) onSubmit(trimmed);
        else setInvalid(true);
      }}
    >
      <label htmlFor={`${id}-username`} className={styles.slot('label', 'ck-label')}>
        {text.t('signUp.usernameLabel')}
      </label>
      <input
        id={`${id}-username`}
        className={styles.slot('input', 'ck-input')}
        type="text"
        autoComplete="username"
        autoCapitalize="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      {invalid && (
        <p id={`${id}-error`} className={styles.slot('error', 'ck-error')}>
          {text.t('error.ValidationError.username')}
        </p>
      )}
      <button type="submit" className={styles.slot('submit', 'ck-submit')}>
        {text.t('signUp.usernameSubmit')}
      </button>
    </form>
  );
}
