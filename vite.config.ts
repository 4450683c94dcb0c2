import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// Peers (and their subpaths such as react/jsx-runtime) must stay imports in the built files,
// or the consumer ends up with two Reacts; the server's quota libraries stay imports of the server
// entry only (scripts/check-bundle.mjs fails if the browser entry reaches them).
const peers = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'amazon-cognito-identity-js',
  'rate-limiter-flexible',
  'ioredis',
  '@aws-sdk/client-dynamodb',
  '@opentelemetry/api',
];
const isExternal = (id: string) => id.startsWith('node:') || peers.some((peer) => id === peer || id.startsWith(`${peer}/`));

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/coreEntry.ts',
        server: 'src/server/index.ts',
        // Lambda triggers on their own entry: a trigger's bundle carries none of the handler's quota code.
        triggers: 'src/server/triggers.ts',
        'locales/en': 'src/locales/en.ts',
        'locales/es': 'src/locales/es.ts',
        'locales/fr': 'src/locales/fr.ts',
        'locales/de': 'src/locales/de.ts',
        'locales/ja': 'src/locales/ja.ts',
        'locales/ar': 'src/locales/ar.ts',
        'locales/he': 'src/locales/he.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        // The browser entry holds hooks and components: React Server Components apps need the
        // directive on the built file (bundling drops the per-module ones).
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
  test: {
    globals: true,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
    projects: [
      {
        extends: true,
        // The examples import the kit by its package name; in the unit run that is the source (the example's
        // own type-check against dist is scripts/check-lambda-example.mjs). tsconfig.json maps it alike.
        resolve: {
          alias: {
            'cognito-confirm-kit/server': fileURLToPath(new URL('./src/server/index.ts', import.meta.url)),
            'cognito-confirm-kit/triggers': fileURLToPath(new URL('./src/server/triggers.ts', import.meta.url)),
          },
        },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/support/globalSetup.mjs', 'test/support/redisGlobalSetup.mjs', 'test/support/dynaliteGlobalSetup.mjs'],
          setupFiles: ['test/support/failOnActWarning.ts'],
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          // The demo app in Debian's chromium via Playwright, against the emulator (scripts/demoServer.mjs).
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own demo + emulator + browser; one at a time keeps the timing honest.
          fileParallelism: false,
          provide: { e2eChromium: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } },
        },
      },
      // Every story (play function, axe, .storybook/storyChecks.ts) at 320 px, once per color scheme.
      ...(['light', 'dark'] as const).map((scheme) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { scheme, viewport: { value: 'narrow', isRotated: false } } })],
        test: {
          name: scheme === 'light' ? 'storybook' : 'storybook-dark',
          testTimeout: 30_000,
          setupFiles: ['.storybook/storyChecks.ts'],
          // Read by storyChecks.ts, which checks the stories really rendered in this scheme.
          env: { STORY_COLOR_SCHEME: scheme },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
    ],
  },
});
