import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { CognitoConfirmTheme } from '../src/components/CognitoConfirmTheme';
import { createMemoryStorage } from '../src/core/cooldown/cooldownStorage';
import type { Theme } from '../src/ui/themeToCssVariables';
import { ar } from '../src/locales/ar';
import { de } from '../src/locales/de';
import { en, type KitMessages } from '../src/locales/en';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { he } from '../src/locales/he';
import { ja } from '../src/locales/ja';
import { CognitoConfirmProvider } from '../src/react/CognitoConfirmProvider';
import '../src/styles.css';
import { createScenarioTransport, type Scenario } from '../stories/support/createScenarioTransport';
import { stayPutInDocs } from './stayPutInDocs';
import { VIEWPORTS } from './viewports';
import { withPropDocs } from './withPropDocs';

const THEMES: Record<string, Theme> = {
  default: {},
  custom: {
    colorPrimary: '#7a2e8e',
    colorFocus: '#7a2e8e',
    radius: '2px',
    fontFamily: 'Georgia, serif',
    dark: { colorPrimary: '#d8a4e6', colorFocus: '#d8a4e6' },
  },
};
const LOCALES: Record<string, KitMessages> = { en, es, fr, de, ja, ar, he };

/**
 * Every story gets a fresh QueryClient and the kit's provider over an in-browser scenario
 * transport (parameters.cognito), with memory storage so no cooldown leaks between stories.
 */
const withKit: Decorator = (Story, context) => {
  const scenario = (context.parameters['cognito'] ?? {}) as Scenario;
  const {
    theme = 'default',
    scheme = 'light',
    locale = 'en',
    direction = 'ltr',
    unstyled = false,
  } = context.globals as { theme?: string; scheme?: 'light' | 'dark'; locale?: string; direction?: 'ltr' | 'rtl'; unstyled?: boolean };
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
        <CognitoConfirmTheme theme={{ ...THEMES[theme], colorScheme: scheme }} unstyled={unstyled}>
          {/* The whole canvas takes the scheme (the styled wrapper paints the kit's background), and the
              direction and language, as a page's <html dir lang> would: the kit inherits both. */}
          <div
            dir={direction}
            lang={locale}
            style={{
              padding: 16,
              ...(context.viewMode === 'story' ? { minHeight: '100vh', boxSizing: 'border-box' } : {}),
              ...(unstyled ? { colorScheme: scheme, background: 'Canvas', color: 'CanvasText' } : {}),
            }}
          >
            <Story />
          </div>
        </CognitoConfirmTheme>
      </CognitoConfirmProvider>
    </QueryClientProvider>
  );
};

const preview: Preview = {
  decorators: [stayPutInDocs, withKit],
  // Props tables from the kit's types (react-docgen alone misses imported ones and prints "union").
  argTypesEnhancers: [withPropDocs],
  tags: ['autodocs'],
  parameters: {
    // An axe violation fails the story's test in `npm test`.
    a11y: { test: 'error' },
    // The decorator pads and paints the canvas, so the color scheme reaches the edges.
    layout: 'fullscreen',
    controls: { expanded: true },
    viewport: { options: VIEWPORTS },
    // The written pages first, in reading order; then the screens, components and hooks.
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Theming', 'Headless use', 'Password reset', 'Server and quotas', 'Accessibility'],
          'Screens',
          'Components',
          'Hooks',
          'Theming',
        ],
      },
    },
  },
  globalTypes: {
    scheme: {
      description: 'Color scheme (test:stories runs every story in both)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme tokens',
      toolbar: { title: 'Tokens', icon: 'paintbrush', items: ['default', 'custom'], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'es', 'fr', 'de', 'ja', 'ar', 'he'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction of the canvas (the kit inherits it, as from <html dir>); pair rtl with ar or he',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    unstyled: {
      description: 'Render without the kit classes',
      toolbar: {
        title: 'Unstyled',
        icon: 'markup',
        items: [
          { value: false, title: 'Styled' },
          { value: true, title: 'Unstyled' },
        ],
      },
    },
  },
  initialGlobals: { scheme: 'light', theme: 'default', locale: 'en', direction: 'ltr', unstyled: false },
};
export default preview;
