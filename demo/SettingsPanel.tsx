import { useEffect, useId, useRef } from 'react';
import type { DemoEnv } from './env';
import { SERVER_QUOTAS, type ServerQuotaChoice } from './serverQuotas';
import { useDemoText } from './i18n';
import { LOCALES, THEMES, TRANSPORTS, type DemoSettings, type LocaleChoice, type ThemeChoice, type TransportChoice } from './settings';

export function SettingsPanel({
  env,
  settings,
  update,
}: {
  env: DemoEnv;
  settings: DemoSettings;
  update: (change: Partial<DemoSettings>) => void;
}) {
  const id = useId();
  const { t, parts } = useDemoText();
  const backendAvailable = env.secretClientId !== undefined;
  // The dev server holds the quota (it starts at the kit's defaults): tell it a stored or new choice.
  const told = useRef<ServerQuotaChoice>('default');
  useEffect(() => {
    if (!backendAvailable || told.current === settings.serverQuota) return;
    told.current = settings.serverQuota;
    void fetch('/api/limits', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quota: settings.serverQuota }),
    }).catch(() => {});
  }, [backendAvailable, settings.serverQuota]);
  const transport = TRANSPORTS[settings.transport];
  return (
    <section className="demo-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      <div className="demo-form">
        <label htmlFor={`${id}-theme`}>{t('settings.theme')}</label>
        <select id={`${id}-theme`} value={settings.theme} onChange={(event) => update({ theme: event.target.value as ThemeChoice })}>
          {Object.entries(THEMES).map(([value, { label }]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-locale`}>{t('settings.language')}</label>
        <select id={`${id}-locale`} value={settings.locale} onChange={(event) => update({ locale: event.target.value as LocaleChoice })}>
          {Object.entries(LOCALES).map(([value, { label }]) => (
            // Each language's name in that language, marked so screen readers pronounce it right.
            <option key={value} value={value} lang={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-transport`}>{t('settings.transport')}</label>
        <select
          id={`${id}-transport`}
          value={settings.transport}
          aria-describedby={`${id}-transport-hint`}
          onChange={(event) => update({ transport: event.target.value as TransportChoice })}
        >
          {Object.entries(TRANSPORTS).map(([value, { label }]) => (
            <option key={value} value={value} disabled={value === 'backend' && !backendAvailable}>
              {label}
            </option>
          ))}
        </select>
        <p id={`${id}-transport-hint`} className="demo-note">
          {parts(transport.description, { api: <code key="api">{transport.api}</code> })}
          {!backendAvailable && (
            <>
              {' '}
              {parts('settings.transport.noBackend', {
                client: <code key="client">VITE_SECRET_CLIENT_ID</code>,
                secret: <code key="secret">COGNITO_CLIENT_SECRET</code>,
              })}
            </>
          )}
        </p>
        {backendAvailable && (
          <>
            <label htmlFor={`${id}-quota`}>{t('settings.quota')}</label>
            <select
              id={`${id}-quota`}
              value={settings.serverQuota}
              aria-describedby={`${id}-quota-hint`}
              onChange={(event) => {
                const serverQuota = event.target.value as ServerQuotaChoice;
                // Only the backend transport goes through the dev server's handler: a lowered quota
                // switches to it, so the 429 it leads to is what the person sees next.
                update(serverQuota === 'default' ? { serverQuota } : { serverQuota, transport: 'backend' });
              }}
            >
              {Object.keys(SERVER_QUOTAS).map((value) => (
                <option key={value} value={value}>
                  {t(`settings.quota.${value as ServerQuotaChoice}`)}
                </option>
              ))}
            </select>
            <p id={`${id}-quota-hint`} className="demo-note">
              {t('settings.quota.hint')}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
