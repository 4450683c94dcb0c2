import { useId } from 'react';
import { readTokenClaims } from '../src/index';
import { useDemoText } from './i18n';

/** Signed in: the ID token's claims, and where to go next. */
export function SignedIn({ idToken, onReverify, onAgain }: { idToken: string | undefined; onReverify: () => void; onAgain: () => void }) {
  const id = useId();
  const { t } = useDemoText();
  const claims = idToken ? readTokenClaims(idToken) : undefined;
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
