import { useId } from 'react';
import { readTokenClaims, type AuthenticationResult } from '../src/index';
import { useDemoText } from './i18n';
import { REVERIFY_SESSION_KEY } from './ReverifyTab';
import { tabStorage } from './route';

interface Props {
  username: string;
  result: AuthenticationResult;
  navigate: (params: Record<string, string>) => void;
}

/** Signed in: the ID token's claims, and where to go next (re-verify with this access token, or start again). */
export function SignedIn({ username, result, navigate }: Props) {
  const id = useId();
  const { t } = useDemoText();
  const claims = result.IdToken ? readTokenClaims(result.IdToken) : undefined;
  const onReverify = () => {
    // The demo's re-verify tab keeps its session in this tab's sessionStorage (the app's choice, not the kit's).
    if (result.AccessToken) tabStorage.set(REVERIFY_SESSION_KEY, { username, accessToken: result.AccessToken });
    navigate({ tab: 'reverify', username });
  };
  const onAgain = () => navigate({});
  return (
    <section className="demo-card demo-signed-in" aria-labelledby={`${id}-title`} data-testid="signed-in">
      <h2 id={`${id}-title`}>{t('signedIn.claims')}</h2>
      {claims && (
        <dl className="demo-claims">
          {Object.entries(claims).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="demo-note">{t('signedIn.note')}</p>
      <div className="demo-actions">
        <button type="button" className="demo-primary" onClick={onReverify}>
          {t('signedIn.reverify')}
        </button>
        <button type="button" className="demo-secondary" onClick={onAgain}>
          {t('signedIn.again')}
        </button>
      </div>
    </section>
  );
}
