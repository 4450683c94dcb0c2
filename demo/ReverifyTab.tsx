import { useId, useRef, useState, type FormEvent } from 'react';
import { AttributeVerification } from '../src/index';
import { DemoApiError, signIn } from './cognitoApi';
import type { DemoEnv } from './env';
import { useDemoText, type DemoError } from './i18n';
import { tabStorage } from './route';
import type { TransportChoice } from './settings';

interface Session {
  username: string;
  accessToken: string;
}

/** Where this tab keeps the signed-in person (also set by the sign-up tab after signing in there). */
export const REVERIFY_SESSION_KEY = 'session';

/**
 * "Re-verify email": sign in (InitiateAuth, USER_PASSWORD_AUTH), then the kit's
 * AttributeVerification with the access token. The demo keeps the token in this tab's
 * sessionStorage so a reload keeps you signed in; a real app keeps it wherever its auth library does.
 */
export function ReverifyTab({
  env,
  transport,
  prefill,
  navigate,
}: {
  env: DemoEnv;
  transport: TransportChoice;
  prefill: string | null;
  navigate: (params: Record<string, string>) => void;
}) {
  const { t, parts } = useDemoText();
  const [session, setSession] = useState(() => tabStorage.get<Session>(REVERIFY_SESSION_KEY));

  if (!session) {
    return (
      <SignInForm
        env={env}
        transport={transport}
        prefill={prefill ?? ''}
        onForgotPassword={(username) => navigate(username ? { tab: 'reset', username } : { tab: 'reset' })}
        onSignedIn={(next) => {
          tabStorage.set(REVERIFY_SESSION_KEY, next);
          setSession(next);
        }}
      />
    );
  }
  return (
    <AttributeVerification
      key={session.accessToken}
      accessToken={session.accessToken}
      attributeName="email"
      header={<p className="demo-note">{parts('reverify.signedInAs', { username: <strong key="username">{session.username}</strong> })}</p>}
      footer={
        <button
          type="button"
          className="demo-link"
          onClick={() => {
            tabStorage.remove(REVERIFY_SESSION_KEY);
            setSession(undefined);
          }}
        >
          {t('reverify.signOut')}
        </button>
      }
    />
  );
}

function SignInForm({
  env,
  transport,
  prefill,
  onSignedIn,
  onForgotPassword,
}: {
  env: DemoEnv;
  transport: TransportChoice;
  prefill: string;
  onSignedIn: (session: Session) => void;
  /** With the name typed so far, if any. */
  onForgotPassword: (username: string) => void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { t, parts, explain } = useDemoText();
  const [error, setError] = useState<DemoError | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!username || !password) {
      setError({ code: 'MissingCredentials', message: '' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSignedIn({ username, accessToken: await signIn(env, transport, { username, password }) });
    } catch (caught) {
      setError(caught instanceof DemoApiError ? { code: caught.code, message: caught.message } : { code: 'UnknownError', message: '' });
      setBusy(false);
    }
  }

  return (
    <section className="demo-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signIn.title')}</h2>
      <form ref={formRef} className="demo-form" onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-username`}>{t('field.username')}</label>
        <input
          id={`${id}-username`}
          name="username"
          defaultValue={prefill}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <label htmlFor={`${id}-password`}>{t('field.password')}</label>
        <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required />
        {error && (
          <p role="alert" className="demo-error demo-alert">
            {error.code === 'MissingCredentials' ? t('signIn.missing') : explain(error)}
          </p>
        )}
        <button type="submit" className="demo-primary" aria-disabled={busy || undefined} disabled={busy}>
          {busy ? t('signIn.pending') : t('signIn.submit')}
        </button>
        <button
          type="button"
          className="demo-link"
          onClick={() => onForgotPassword(String(new FormData(formRef.current ?? undefined).get('username') ?? '').trim())}
        >
          {t('reset.forgot')}
        </button>
      </form>
      <p className="demo-note">{parts('signIn.note', { component: <code key="component">AttributeVerification</code> })}</p>
    </section>
  );
}
