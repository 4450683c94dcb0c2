import { useEffect, useId, useRef } from 'react';
import type { DemoEnv } from './env';
import { SERVER_QUOTAS, type ServerQuotaChoice } from './serverQuotas';
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
  return (
    <section className="demo-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Settings</h2>
      <div className="demo-form">
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select id={`${id}-theme`} value={settings.theme} onChange={(event) => update({ theme: event.target.value as ThemeChoice })}>
          {Object.entries(THEMES).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-locale`}>Language</label>
        <select id={`${id}-locale`} value={settings.locale} onChange={(event) => update({ locale: event.target.value as LocaleChoice })}>
          {Object.entries(LOCALES).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-transport`}>Transport</label>
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
          {TRANSPORTS[settings.transport].description}
          {!backendAvailable && ' The backend transport needs VITE_SECRET_CLIENT_ID (and COGNITO_CLIENT_SECRET for the dev server).'}
        </p>
        {backendAvailable && (
          <>
            <label htmlFor={`${id}-quota`}>Server quota</label>
            <select
              id={`${id}-quota`}
              value={settings.serverQuota}
              aria-describedby={`${id}-quota-hint`}
              onChange={(event) => update({ serverQuota: event.target.value as ServerQuotaChoice })}
            >
              {Object.entries(SERVER_QUOTAS).map(([value, { label }]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <p id={`${id}-quota-hint`} className="demo-note">
              The dev server's createConfirmationHandler limits resends (backend transport). Lower it to see a 429 become the button's
              countdown.
            </p>
          </>
        )}
      </div>
    </section>
  );
}
