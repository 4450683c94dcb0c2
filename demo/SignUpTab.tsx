import { useId, useState, type FormEvent } from 'react';
import { maskDestination, SignUpConfirmation, type CodeDeliveryDetails } from '../src/index';
import { DemoApiError, signUp } from './cognitoApi';
import type { DemoEnv } from './env';
import { tabStorage } from './route';
import type { TransportChoice } from './settings';

interface Props {
  env: DemoEnv;
  transport: TransportChoice;
  params: URLSearchParams;
  navigate: (params: Record<string, string>, options?: { replace?: boolean }) => void;
}

const deliveryKey = (username: string) => `delivery:${username}`;
const sentAtKey = (username: string) => `sentAt:${username}`;

/** Sign up → the kit's SignUpConfirmation → a "confirmed" page. */
export function SignUpTab({ env, transport, params, navigate }: Props) {
  const confirmed = params.get('confirmed');
  const pending = params.get('confirm');

  if (confirmed) return <Confirmed username={confirmed} navigate={navigate} />;
  if (pending) {
    // Where SignUp said the code went; kept per tab (masked), so a reload still shows it. A second
    // tab has no details and the kit says so neutrally; the cooldown comes from the kit's localStorage.
    const details = readDelivery(pending);
    // When SignUp sent the first code: Resend waits its cooldown from then, like after any send.
    const sentAt = tabStorage.get<number>(sentAtKey(pending));
    return (
      <SignUpConfirmation
        username={pending}
        {...(details ? { codeDeliveryDetails: details } : {})}
        {...(typeof sentAt === 'number' ? { codeSentAt: sentAt } : {})}
        onConfirmed={(username) => {
          tabStorage.remove(deliveryKey(username));
          tabStorage.remove(sentAtKey(username));
          navigate({ confirmed: username }, { replace: true });
        }}
        // Already confirmed (e.g. in another tab): the kit says so and offers this.
        onSignIn={(username) => navigate({ tab: 'reverify', username })}
        footer={
          <p className="demo-note">
            Not {pending}?{' '}
            <button type="button" className="demo-link" onClick={() => navigate({})}>
              Start over
            </button>
          </p>
        }
      />
    );
  }
  return (
    <SignUpForm
      env={env}
      transport={transport}
      onSignedUp={(username, details) => {
        tabStorage.set(sentAtKey(username), Date.now());
        if (details) {
          tabStorage.set(deliveryKey(username), { ...details, Destination: maskDestination(details.Destination, details.DeliveryMedium) });
        }
        navigate({ confirm: username });
      }}
    />
  );
}

function readDelivery(username: string): CodeDeliveryDetails | undefined {
  return tabStorage.get<CodeDeliveryDetails>(deliveryKey(username));
}

function SignUpForm({
  env,
  transport,
  onSignedUp,
}: {
  env: DemoEnv;
  transport: TransportChoice;
  onSignedUp: (username: string, details: CodeDeliveryDetails | undefined) => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!username || !email || !password) {
      setError('Fill in all three fields.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await signUp(env, transport, { username, email, password });
      onSignedUp(username, answer.CodeDeliveryDetails);
    } catch (caught) {
      setError(caught instanceof DemoApiError ? `${caught.code}: ${caught.message}` : String(caught));
      setBusy(false);
    }
  }

  return (
    <section className="demo-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Create an account</h2>
      <form className="demo-form" onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-username`}>Username</label>
        <input id={`${id}-username`} name="username" autoComplete="username" autoCapitalize="off" spellCheck={false} required />
        <label htmlFor={`${id}-email`}>Email</label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="email" required />
        <label htmlFor={`${id}-password`}>Password</label>
        <input id={`${id}-password`} name="password" type="password" autoComplete="new-password" required />
        {error && (
          <p role="alert" className="demo-error">
            {error}
          </p>
        )}
        <button type="submit" className="demo-primary" aria-disabled={busy || undefined} disabled={busy}>
          {busy ? 'Signing up…' : 'Sign up'}
        </button>
      </form>
      <p className="demo-note">
        SignUp is the app's own call (not the kit's); its CodeDeliveryDetails go to <code>SignUpConfirmation</code>.
        {transport === 'backend' ? ' With the backend transport it goes through the dev server, which adds the SecretHash.' : ''}
      </p>
    </section>
  );
}

function Confirmed({ username, navigate }: { username: string; navigate: Props['navigate'] }) {
  const id = useId();
  return (
    <section className="demo-card" aria-labelledby={`${id}-title`} data-testid="confirmed">
      <h2 id={`${id}-title`}>Account confirmed</h2>
      <p>
        <strong>{username}</strong> is confirmed and can sign in now.
      </p>
      <div className="demo-actions">
        <button type="button" className="demo-primary" onClick={() => navigate({ tab: 'reverify', username })}>
          Sign in and re-verify the email
        </button>
        <button type="button" className="demo-secondary" onClick={() => navigate({})}>
          Sign up someone else
        </button>
      </div>
    </section>
  );
}
