import { useEffect } from 'react';
import { CognitoConfirmProvider, CognitoConfirmTheme } from '../src/index';
import { CodesPanel } from './CodesPanel';
import { demoEnv, type DemoEnv } from './env';
import { useKitConfig } from './kitConfig';
import { ReverifyTab } from './ReverifyTab';
import { useRoute } from './route';
import { SettingsPanel } from './SettingsPanel';
import { SignUpTab } from './SignUpTab';
import { THEMES, useDemoSettings } from './settings';

export function App({ env = demoEnv }: { env?: DemoEnv }) {
  const [stored, update] = useDemoSettings();
  // A backend choice saved earlier is meaningless without a secret client.
  const settings = stored.transport === 'backend' && !env.secretClientId ? { ...stored, transport: 'fetch' as const } : stored;
  const config = useKitConfig(env, settings);
  const [params, navigate] = useRoute();
  const tab = params.get('tab') === 'reverify' ? 'reverify' : 'signup';

  useEffect(() => {
    document.documentElement.dataset['theme'] = settings.theme;
    document.documentElement.lang = settings.locale;
  }, [settings.theme, settings.locale]);

  if (env.mode === 'unconfigured') return <Unconfigured />;

  return (
    <div className="demo-layout">
      <header className="demo-header">
        <h1>cognito-confirm-kit demo</h1>
        <p className="demo-note" data-testid="mode">
          {env.mode === 'emulator' ? (
            <>
              Local Cognito emulator at <code>{env.endpoint}</code> — pool <code>{env.userPoolId}</code>
            </>
          ) : (
            <>
              Amazon Cognito in <code>{env.region}</code> — pool <code>{env.userPoolId}</code>: real emails are sent
            </>
          )}
        </p>
        <nav aria-label="Flows" className="demo-tabs">
          <a
            href="?"
            aria-current={tab === 'signup' ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate({});
            }}
          >
            Sign up
          </a>
          <a
            href="?tab=reverify"
            aria-current={tab === 'reverify' ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate({ tab: 'reverify' });
            }}
          >
            Re-verify email
          </a>
        </nav>
      </header>
      <CognitoConfirmProvider config={config}>
        <main className="demo-main">
          <CognitoConfirmTheme theme={THEMES[settings.theme].theme} className="demo-stage">
            {tab === 'reverify' ? (
              <ReverifyTab env={env} transport={settings.transport} prefill={params.get('username')} />
            ) : (
              <SignUpTab env={env} transport={settings.transport} params={params} navigate={navigate} />
            )}
          </CognitoConfirmTheme>
        </main>
      </CognitoConfirmProvider>
      <aside className="demo-aside">
        <SettingsPanel env={env} settings={settings} update={update} />
        {env.showCodes && env.endpoint && <CodesPanel endpoint={env.endpoint} />}
      </aside>
    </div>
  );
}

function Unconfigured() {
  return (
    <main className="demo-main">
      <h1>cognito-confirm-kit demo</h1>
      <p>
        No user pool configured. Run <code>npm start</code> (local emulator), or set <code>VITE_USER_POOL_ID</code>,{' '}
        <code>VITE_CLIENT_ID</code> and <code>VITE_REGION</code> for a real user pool.
      </p>
    </main>
  );
}
