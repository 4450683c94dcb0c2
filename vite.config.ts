import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Peers (and their subpaths such as react/jsx-runtime) must stay imports in the built files,
// or the consumer ends up with two Reacts.
const peers = ['react', 'react-dom', '@tanstack/react-query', 'amazon-cognito-identity-js'];
const isExternal = (id: string) =>
  id.startsWith('node:') || peers.some((peer) => id === peer || id.startsWith(`${peer}/`));

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        server: 'src/server/index.ts',
        'locales/en': 'src/locales/en.ts',
        'locales/es': 'src/locales/es.ts',
        'locales/fr': 'src/locales/fr.ts',
        'locales/de': 'src/locales/de.ts',
        'locales/ja': 'src/locales/ja.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/globalSetup.mjs'],
    testTimeout: 15_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
