import { useId, useRef, useState, type FormEvent } from 'react';
import { maskDestination, SignUpConfirmation, type AuthenticationResult, type CodeDeliveryDetails } from '../src/index';
import { DemoApiError, signUp } from './cognitoApi';
import type { DemoEnv } from './env';
import { useDemoText, type DemoError, type DemoText } from './i18n';
import { looksLikeEmail, passwordRules } from './passwordPolicy';
import { SignedIn } from './SignedIn';
import { tabStorage } from './route';
import { PASSWORD_POLICY, type TransportChoice } from './settings';

interface Props {
  env: DemoEnv;
  transport: TransportChoice;
  params: URLSearchParams;
  navigate: (params: Record<string, string>, options?: { replace?: boolean }) => void;
}

const deliveryKey = (username: string) => `delivery:${username}`;
const sentAtKey = (username: string) => `sentAt:${username}`;

/** Sign up → the kit's SignUpConfirmation → signed in (the ID token's claims), or its "Sign in" panel. */
export function SignUpTab({ env, transport, params, navigate }: Props) {
  const { t } = useDemoText();
  const pending = params.get('confirm');
  // SignUp's Session, in this page's memory only: the kit keeps it (under a hash of the name, at most
  // 15 minutes) so a reload or a second tab still signs in, and drops it once used.
  const [signUpSession, setSignUpSession] = useState<{ username: string; session: string }>();
  // The tokens, in memory: shown below, handed to the re-verify tab when the person goes there.
  const [signedIn, setSignedIn] = useState<{ username: string; result: AuthenticationResult }>();

  if (params.get('tab') === 'link') {
    // The page the emailed link opens (`?tab=link&username=…&code=…`): the kit reads both, takes the code
    // out of the address bar (the name stays, for a reload) and waits for one tap. In the browser that
    // signed up, the Session the kit kept signs the person in; anywhere else the account is confirmed
    // and the panel says sign in.
    return (
      <>
        <SignUpConfirmation
          codeFromUrl
          onSignedIn={(result, username) => setSignedIn({ username, result })}
          onSignIn={(username) => navigate({ tab: 'reverify', username })}
          footer={
            <p className="demo-note demo-footer">
              <button type="button" className="demo-link" onClick={() => navigate({})}>
                {t('confirm.startOver')}
              </button>
            </p>
          }
        />
        {signedIn && <SignedIn username={signedIn.username} result={signedIn.result} navigate={navigate} />}
      </>
    );
  }
  if (pending) {
    // Where SignUp said the code went; kept per tab (masked), so a reload still shows it. A second
    // tab has no details and the kit says so neutrally; the cooldown comes from the kit's localStorage.
    const details = readDelivery(pending);
    // When SignUp sent the first code: Resend waits its cooldown from then, like after any send.
    const sentAt = tabStorage.get<number>(sentAtKey(pending));
    return (
      <>
        <SignUpConfirmation
          username={pending}
          {...(details ? { codeDeliveryDetails: details } : {})}
          {...(typeof sentAt === 'number' ? { codeSentAt: sentAt } : {})}
          signUpSession={signUpSession?.username === pending ? signUpSession.session : undefined}
          onConfirmed={(username) => {
            tabStorage.remove(deliveryKey(username));
            tabStorage.remove(sentAtKey(username));
            setSignUpSession(undefined);
          }}
          onSignedIn={(result, username) => setSignedIn({ username, result })}
          // Confirmed but not signed in (no or an expired Session, MFA…), or confirmed already
          // (e.g. in another tab): the kit says so and offers this.
          onSignIn={(username) => navigate({ tab: 'reverify', username })}
          footer={
            <p className="demo-note demo-footer">
              {t('confirm.notYou', { username: pending })}{' '}
              <button type="button" className="demo-link" onClick={() => navigate({})}>
                {t('confirm.startOver')}
              </button>
            </p>
          }
        />
        {signedIn?.username === pending && <SignedIn username={pending} result={signedIn.result} navigate={navigate} />}
      </>
    );
  }
  return (
    <SignUpForm
      env={env}
      transport={transport}
      onForgotPassword={() => navigate({ tab: 'reset' })}
      onSignedUp={(username, details, session) => {
        tabStorage.set(sentAtKey(username), Date.now());
        if (details) {
          tabStorage.set(deliveryKey(username), { ...details, Destination: maskDestination(details.Destination, details.DeliveryMedium) });
        }
        setSignUpSession(session ? { username, session } : undefined);
        navigate({ confirm: username });
      }}
    />
  );
}

function readDelivery(username: string): CodeDeliveryDetails | undefined {
  return tabStorage.get<CodeDeliveryDetails>(deliveryKey(username));
}

type Field = 'username' | 'email' | 'password';

/** What is wrong with each field, worded at render time so a language switch rewords it. */
function checkFields(values: Record<Field, string>, text: DemoText): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!values.username) problems.username = text.t('check.username');
  if (!looksLikeEmail(values.email)) problems.email = text.t('check.email');
  const missing = passwordRules(PASSWORD_POLICY).filter((rule) => !rule.met(values.password));
  if (missing.length > 0) {
    problems.password = text.t('check.passwordMissing', {
      rules: text.list(missing.map((rule) => text.t(rule.key, { count: rule.count ?? 0 }))),
    });
  }
  return problems;
}

function SignUpForm({
  env,
  transport,
  onSignedUp,
  onForgotPassword,
}: {
  env: DemoEnv;
  transport: TransportChoice;
  onForgotPassword: () => void;
  onSignedUp: (username: string, details: CodeDeliveryDetails | undefined, session: string | undefined) => void;
}) {
  const id = useId();
  const text = useDemoText();
  const { t, parts, explain } = text;
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string> | null>(null);
  const [error, setError] = useState<DemoError | null>(null);
  const [busy, setBusy] = useState(false);
  // Checked on submit, then live while the person fixes the fields.
  const problems = values ? checkFields(values, text) : {};
  const rules = passwordRules(PASSWORD_POLICY).map((rule) => t(rule.key, { count: rule.count ?? 0 }));

  const read = (form: HTMLFormElement): Record<Field, string> => {
    const data = new FormData(form);
    return {
      username: String(data.get('username') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const next = read(form);
    setValues(next);
    const invalid = (Object.keys(checkFields(next, text)) as Field[])[0];
    if (invalid) {
      // Nothing is sent; the first field to fix gets focus and reads out its message.
      form.querySelector<HTMLInputElement>(`[name="${invalid}"]`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await signUp(env, transport, next);
      onSignedUp(next.username, answer.CodeDeliveryDetails, answer.Session);
    } catch (caught) {
      setError(caught instanceof DemoApiError ? { code: caught.code, message: caught.message } : { code: 'UnknownError', message: '' });
      setBusy(false);
    }
  }

  const field = (name: Field, label: string, input: Record<string, string | boolean>, hint?: string) => {
    const problem = problems[name];
    const describedBy = [hint ? `${id}-${name}-hint` : '', problem ? `${id}-${name}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className="demo-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {hint && (
          <span id={`${id}-${name}-hint`} className="demo-hint">
            {hint}
          </span>
        )}
        <input
          id={`${id}-${name}`}
          name={name}
          {...input}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={values ? () => formRef.current && setValues(read(formRef.current)) : undefined}
        />
        {problem && (
          <p id={`${id}-${name}-error`} className="demo-error">
            {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="demo-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signUp.title')}</h2>
      <form ref={formRef} className="demo-form" onSubmit={onSubmit} noValidate>
        {field('username', t('field.username'), { autoComplete: 'username', autoCapitalize: 'off', spellCheck: false, required: true })}
        {field('email', t('field.email'), { type: 'email', autoComplete: 'email', required: true })}
        {field(
          'password',
          t('field.password'),
          { type: 'password', autoComplete: 'new-password', required: true },
          t('check.passwordHint', { rules: text.list(rules) }),
        )}
        {error && (
          <p role="alert" className="demo-error demo-alert">
            {explain(error)}
          </p>
        )}
        <button type="submit" className="demo-primary" aria-disabled={busy || undefined} disabled={busy}>
          {busy ? t('signUp.pending') : t('signUp.submit')}
        </button>
      </form>
      <p className="demo-note">
        {t('reset.haveAccount')}{' '}
        <a
          href="?tab=reset"
          onClick={(event) => {
            event.preventDefault();
            onForgotPassword();
          }}
        >
          {t('reset.forgot')}
        </a>
      </p>
      <p className="demo-note">
        {parts('signUp.note', { component: <code key="component">SignUpConfirmation</code> })}
        {transport === 'backend' ? ` ${t('signUp.noteBackend')}` : ''}
      </p>
    </section>
  );
}

/** Signed in right after confirming: the ID token's claims, decoded here for display only. */
