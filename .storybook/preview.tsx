import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { CognitoConfirmTheme } from '../src/components/CognitoConfirmTheme';
import { createMemoryStorage } from '../src/core/cooldown/cooldownStorage';
import type { Theme } from '../src/ui/themeToCssVariables';
import { de } from '../src/locales/de';
import { en, type KitMessages } from '../src/locales/en';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { ja } from '../src/locales/ja';
import { CognitoConfirmProvider } from '../src/react/CognitoConfirmProvider';
import '../src/styles.css';
import { createScenarioTransport, type Scenario } from '../stories/support/createScenarioTransport';

const THEMES: Record<string, Theme> = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  custom: { colorScheme: 'light', colorPrimary: '#7a2e8e', colorFocus: '#7a2e8e', radius: '2px', fontFamily: 'Georgia, serif' },
};
const LOCALES: Record<string, KitMessages> = { en, es, fr, de, ja };

/**
 * Every story gets a fresh QueryClient and the kit's provider over an in-browser scenario
 * transport (parameters.cognito), with memory storage so no cooldown leaks between stories.
 */
const withKit: Decorator = (Story, context) => {
  const scenario = (context.parameters['cognito'] ?? {}) as Scenario;
  const { theme = 'light', locale = 'en', unstyled = false } = context.globals as { theme?: string; locale?: string; unstyled?: boolean };
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false } } }));
  const [transport] = useState(() => createScenarioTransport(scenario));
  const [storage] = useState(() => createMemoryStorage());
  return (
    <QueryClientProvider client={queryClient}>
      <CognitoConfirmProvider
        config={{
          userPoolId: 'eu-west-1_Story123',
          clientId: 'storyclient',
          transport,
          cooldownStorage: storage,
          messages: LOCALES[locale] ?? en,
          locale,
          enumerationSafe: scenario.resend === 'enumerationSafe',
        }}
      >
        <CognitoConfirmTheme theme={THEMES[theme]} unstyled={unstyled}>
          <div style={{ padding: 16 }}>
            <Story />
          </div>
        </CognitoConfirmTheme>
      </CognitoConfirmProvider>
    </QueryClientProvider>
  );
};

const preview: Preview = {
  decorators: [withKit],
  tags: ['autodocs'],
  parameters: {
    // An axe violation fails the story's test in `npm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: 'Theme tokens',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'custom'], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'es', 'fr', 'de', 'ja'], dynamicTitle: true },
    },
    unstyled: {
      description: 'Render without the kit classes',
      toolbar: {
        title: 'Unstyled',
        icon: 'eraser',
        items: [
          { value: false, title: 'Styled' },
          { value: true, title: 'Unstyled' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', unstyled: false },
};
export default preview;
