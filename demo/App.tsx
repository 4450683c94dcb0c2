import { useEffect } from 'react';
import { CognitoConfirmProvider, CognitoConfirmTheme } from '../src/index';
import { CodesPanel } from './CodesPanel';
import { demoEnv, type DemoEnv } from './env';
import { DemoTextProvider, useDemoText } from './i18n';
import { useKitConfig } from './kitConfig';
import { ResetTab } from './ResetTab';
import { ReverifyTab } from './ReverifyTab';
import { useRoute } from './route';
import { SettingsPanel } from './SettingsPanel';
import { SignUpTab } from './SignUpTab';
import { LOCALES, THEMES, useDemoSettings } from './settings';

export function App({ env = demoEnv }: { env?: DemoEnv }) {
  const [stored, update] = useDemoSettings();
  // A backend choice saved earlier is meaningless without a secret client.
  const settings = stored.transport === 'backend' && !env.secretClientId ? { ...stored, transport: 'fetch' as const } : stored;
  const config = useKitConfig(env, settings);
  const [params, navigate] = useRoute();
  const tab = params.get('tab') === 'reverify' ? 'reverify' : params.get('tab') === 'reset' ? 'reset' : 'signup';

  useEffect(() => {
    document.documentElement.dataset['theme'] = settings.theme;
    document.documentElement.lang = settings.locale;
    // The whole page turns, as an app's would: the kit (and the demo around it) inherit the direction.
    document.documentElement.dir = LOCALES[settings.locale].dir ?? 'ltr';
  }, [settings.theme, settings.locale]);

  return (
    <DemoTextProvider locale={settings.locale}>
      {env.mode === 'unconfigured' ? (
        <Unconfigured />
      ) : (
        <div className="demo-layout">
          <Header env={env} tab={tab} navigate={navigate} />
          <CognitoConfirmProvider config={config}>
            <main className="demo-main">
              <CognitoConfirmTheme theme={THEMES[settings.theme].theme} className="demo-stage">
                {tab === 'reverify' ? (
                  <ReverifyTab env={env} transport={settings.transport} prefill={params.get('username')} navigate={navigate} />
                ) : tab === 'reset' ? (
                  <ResetTab params={params} navigate={navigate} />
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
      )}
    </DemoTextProvider>
  );
}

function Header({
  env,
  tab,
  navigate,
}: {
  env: DemoEnv;
  tab: 'signup' | 'reverify' | 'reset';
  navigate: (params: Record<string, string>) => void;
}) {
  const { t, parts } = useDemoText();
  const pool = <code key="pool">{env.userPoolId}</code>;
  return (
    <header className="demo-header">
      <h1>{t('app.title')}</h1>
      <p className="demo-note" data-testid="mode">
        {env.mode === 'emulator'
          ? parts('app.emulator', { endpoint: <code key="endpoint">{env.endpoint}</code>, pool })
          : parts('app.aws', { region: <code key="region">{env.region}</code>, pool })}
      </p>
      <nav aria-label={t('app.flows')} className="demo-tabs">
        <a
          href="?"
          aria-current={tab === 'signup' ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate({});
          }}
        >
          {t('app.tab.signUp')}
        </a>
        <a
          href="?tab=reverify"
          aria-current={tab === 'reverify' ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate({ tab: 'reverify' });
          }}
        >
          {t('app.tab.reverify')}
        </a>
        <a
          href="?tab=reset"
          aria-current={tab === 'reset' ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate({ tab: 'reset' });
          }}
        >
          {t('app.tab.reset')}
        </a>
      </nav>
    </header>
  );
}

function Unconfigured() {
  const { t, parts } = useDemoText();
  return (
    <main className="demo-main demo-unconfigured">
      <h1>{t('app.title')}</h1>
      <p>
        {parts('app.unconfigured', {
          start: <code key="start">npm start</code>,
          pool: <code key="pool">VITE_USER_POOL_ID</code>,
          client: <code key="client">VITE_CLIENT_ID</code>,
          region: <code key="region">VITE_REGION</code>,
        })}
      </p>
    </main>
  );
}
