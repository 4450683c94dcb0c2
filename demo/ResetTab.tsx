import { useState } from 'react';
import { PasswordReset, type AuthenticationResult } from '../src/index';
import { useDemoText } from './i18n';
import { SignedIn } from './SignedIn';
import { PASSWORD_POLICY } from './settings';

interface Props {
  params: URLSearchParams;
  navigate: (params: Record<string, string>, options?: { replace?: boolean }) => void;
}

/**
 * "Forgot password": the kit's PasswordReset with the pool's password policy. The emailed link opens
 * this tab with the code (`?tab=reset&username=…&code=…`): the kit reads it, takes the code out of the
 * address and waits for the new password. Signed in at the end (the ID token's claims), or "Password
 * changed — Sign in" when signing in was not possible. The kit keeps only the name, in this tab's
 * sessionStorage, so a reload returns to the code step.
 */
export function ResetTab({ params, navigate }: Props) {
  const { t } = useDemoText();
  const [signedIn, setSignedIn] = useState<{ username: string; result: AuthenticationResult }>();
  return (
    <>
      <PasswordReset
        // The name the sign-in form had, if it came from there.
        username={params.get('username') && !params.has('code') ? (params.get('username') ?? undefined) : undefined}
        codeFromUrl
        passwordPolicy={PASSWORD_POLICY}
        onSignedIn={(result, username) => setSignedIn({ username, result })}
        onSignIn={(username) => navigate({ tab: 'reverify', username })}
        onConfirmSignUp={(username) => navigate({ confirm: username })}
        footer={
          <p className="demo-note demo-footer">
            <button type="button" className="demo-link" onClick={() => navigate({ tab: 'reverify' })}>
              {t('reset.backToSignIn')}
            </button>
          </p>
        }
      />
      {signedIn && <SignedIn username={signedIn.username} result={signedIn.result} navigate={navigate} />}
    </>
  );
}
