import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { describeError, formatMessage, formatMessageToParts } from '../src/index';
import { en as kitEn } from '../src/locales/en';
import { DEMO_MESSAGES, type DemoMessageKey } from './messages';
import { LOCALES, type LocaleChoice } from './settings';

/** An error from the demo's own calls, kept as its code so it is worded anew in every language. */
export interface DemoError {
  code: string;
  message: string;
}

function createDemoText(locale: LocaleChoice) {
  const messages = DEMO_MESSAGES[locale];
  const kitMessages = { ...kitEn, ...LOCALES[locale].messages };
  return {
    locale,
    t: (key: DemoMessageKey, values?: Record<string, string | number>) => formatMessage(messages[key], values, locale),
    /** A sentence with elements inside (code, strong). */
    parts: (key: DemoMessageKey, values: Record<string, ReactNode>) =>
      formatMessageToParts<ReactNode>(messages[key], values as Record<string, ReactNode | string | number>, locale),
    list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
    /** Never the exception's name: the demo's sentence for sign-up errors, else the kit's catalogue. */
    explain: (error: DemoError) => {
      const key = `error.${error.code}`;
      return key in messages ? messages[key as DemoMessageKey] : describeError(error, { messages: kitMessages, locale });
    },
  };
}

export type DemoText = ReturnType<typeof createDemoText>;

const DemoTextContext = createContext<DemoText>(createDemoText('en'));

export function DemoTextProvider({ locale, children }: { locale: LocaleChoice; children: ReactNode }) {
  const value = useMemo(() => createDemoText(locale), [locale]);
  return <DemoTextContext.Provider value={value}>{children}</DemoTextContext.Provider>;
}

export const useDemoText = () => useContext(DemoTextContext);
