import { useCallback, useEffect, useState } from 'react';
import type { PartialKitMessages, Theme } from '../src/index';
import { enMessages } from '../src/index';
import { de } from '../src/locales/de';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { ja } from '../src/locales/ja';
import { isServerQuotaChoice, type ServerQuotaChoice } from './serverQuotas';

export type ThemeChoice = 'light' | 'dark' | 'custom';
export type LocaleChoice = 'en' | 'es' | 'fr' | 'de' | 'ja';
export type TransportChoice = 'fetch' | 'identity-js' | 'backend';

export interface DemoSettings {
  theme: ThemeChoice;
  locale: LocaleChoice;
  transport: TransportChoice;
  /** The dev server's quota preset (backend transport only). */
  serverQuota: ServerQuotaChoice;
}

export const LOCALES: Record<LocaleChoice, { label: string; messages: PartialKitMessages }> = {
  en: { label: 'English', messages: enMessages },
  es: { label: 'Español', messages: es },
  fr: { label: 'Français', messages: fr },
  de: { label: 'Deutsch', messages: de },
  ja: { label: '日本語', messages: ja },
};

export const THEMES: Record<ThemeChoice, { label: string; theme: Theme }> = {
  light: { label: 'Light', theme: { colorScheme: 'light' } },
  dark: { label: 'Dark', theme: { colorScheme: 'dark' } },
  // Custom tokens: every pair still meets 4.5:1.
  custom: {
    label: 'Custom tokens',
    theme: {
      colorScheme: 'light',
      colorPrimary: '#5b21b6',
      colorFocus: '#5b21b6',
      colorText: '#2e1065',
      colorMuted: '#5b5570',
      colorBackground: '#faf5ff',
      colorBorder: '#8b7fa8',
      radius: '16px',
      fontFamily: 'Georgia, "Times New Roman", serif',
      fontSize: '17px',
      spacing: '10px',
    },
  },
};

export const TRANSPORTS: Record<TransportChoice, { label: string; description: string }> = {
  fetch: { label: 'fetch', description: 'createFetchTransport: the browser calls Cognito directly (app client without a secret).' },
  'identity-js': {
    label: 'amazon-cognito-identity-js',
    description: 'createIdentityJsTransport(new CognitoUserPool(…)): through the SDK’s client.request (app client without a secret).',
  },
  backend: {
    label: 'backend (/api/cognito)',
    description: 'createBackendTransport: the dev server’s createConfirmationHandler adds the SecretHash (app client with a secret).',
  },
};

const DEFAULTS: DemoSettings = { theme: 'light', locale: 'en', transport: 'fetch', serverQuota: 'default' };
const STORAGE_KEY = 'cognito-confirm-kit-demo:settings';

function parse(raw: string | null): DemoSettings {
  if (!raw) return DEFAULTS;
  try {
    const value = JSON.parse(raw) as Partial<DemoSettings>;
    return {
      theme: value.theme && value.theme in THEMES ? value.theme : DEFAULTS.theme,
      locale: value.locale && value.locale in LOCALES ? value.locale : DEFAULTS.locale,
      transport: value.transport && value.transport in TRANSPORTS ? value.transport : DEFAULTS.transport,
      serverQuota: isServerQuotaChoice(value.serverQuota) ? value.serverQuota : DEFAULTS.serverQuota,
    };
  } catch {
    return DEFAULTS;
  }
}

function readStored(): DemoSettings {
  try {
    return parse(localStorage.getItem(STORAGE_KEY));
  } catch {
    return DEFAULTS;
  }
}

/** Settings kept in localStorage, so a reload or a second tab uses the same transport and client. */
export function useDemoSettings(): [DemoSettings, (change: Partial<DemoSettings>) => void] {
  const [settings, setSettings] = useState(readStored);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setSettings(parse(event.newValue));
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  const update = useCallback((change: Partial<DemoSettings>) => {
    setSettings((previous) => {
      const next = { ...previous, ...change };
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Private mode: the settings just do not persist.
      }
      return next;
    });
  }, []);
  return [settings, update];
}
