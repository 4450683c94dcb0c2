import { useCallback, useEffect, useState } from 'react';
import type { PartialKitMessages, Theme } from '../src/index';
import { enMessages } from '../src/index';
import { ar } from '../src/locales/ar';
import { de } from '../src/locales/de';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { he } from '../src/locales/he';
import { ja } from '../src/locales/ja';
import { isServerQuotaChoice, type ServerQuotaChoice } from './serverQuotas';
import type { DemoMessageKey } from './messages';
import type { PasswordPolicy } from './passwordPolicy';

export type ThemeChoice = 'system' | 'light' | 'dark' | 'custom';
export type LocaleChoice = 'en' | 'es' | 'fr' | 'de' | 'ja' | 'ar' | 'he';
export type TransportChoice = 'fetch' | 'identity-js' | 'backend';

export interface DemoSettings {
  theme: ThemeChoice;
  locale: LocaleChoice;
  transport: TransportChoice;
  /** The dev server's quota preset (backend transport only). */
  serverQuota: ServerQuotaChoice;
}

/**
 * `dir` is the page's, set on <html> with `lang` (App.tsx): the kit inherits it, as it would in an app,
 * rather than reading it from the catalogue.
 */
export const LOCALES: Record<LocaleChoice, { label: string; messages: PartialKitMessages; dir?: 'rtl' }> = {
  en: { label: 'English', messages: enMessages },
  es: { label: 'Español', messages: es },
  fr: { label: 'Français', messages: fr },
  de: { label: 'Deutsch', messages: de },
  ja: { label: '日本語', messages: ja },
  ar: { label: 'العربية', messages: ar, dir: 'rtl' },
  he: { label: 'עברית', messages: he, dir: 'rtl' },
};

/**
 * The pool's password policy, checked before SignUp is sent (the local emulator enforces none).
 * These are Cognito's defaults; set them to your pool's (DescribeUserPool → Policies.PasswordPolicy).
 */
export const PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

export const THEMES: Record<ThemeChoice, { label: DemoMessageKey; theme: Theme }> = {
  // Follows the operating system's light or dark setting, live.
  system: { label: 'settings.theme.system', theme: { colorScheme: 'auto' } },
  light: { label: 'settings.theme.light', theme: { colorScheme: 'light' } },
  dark: { label: 'settings.theme.dark', theme: { colorScheme: 'dark' } },
  // Custom tokens, light and dark (following the system): every pair still meets 4.5:1.
  custom: {
    label: 'settings.theme.custom',
    theme: {
      colorScheme: 'auto',
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
      dark: {
        colorPrimary: '#c4b5fd',
        colorFocus: '#c4b5fd',
        colorOnPrimary: '#1e1b4b',
        colorText: '#ede9fe',
        colorMuted: '#b8b0d0',
        colorBackground: '#1e1530',
        colorBorder: '#8b7fa8',
      },
    },
  },
};

export const TRANSPORTS: Record<TransportChoice, { label: string; api: string; description: DemoMessageKey }> = {
  fetch: { label: 'fetch', api: 'createFetchTransport', description: 'settings.transport.fetch' },
  'identity-js': {
    label: 'amazon-cognito-identity-js',
    api: 'createIdentityJsTransport(new CognitoUserPool(…))',
    description: 'settings.transport.identity-js',
  },
  backend: { label: 'backend (/api/cognito)', api: 'createBackendTransport', description: 'settings.transport.backend' },
};

const DEFAULTS: DemoSettings = { theme: 'system', locale: 'en', transport: 'fetch', serverQuota: 'default' };
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
