// The demo app: `npm start` runs it through scripts/demoServer.mjs (with the emulator); it also
// works as `npx vite --config demo/vite.config.ts` against a real pool (VITE_* env, see README).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cognitoDevApi } from './devApi';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Its own cache, so the demo and Storybook never re-optimize each other's dependencies.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/demo', import.meta.url)),
  plugins: [react(), cognitoDevApi()],
  // Everything the page imports, known up front: a dependency discovered mid-load would make Vite
  // reload the page (and flake the e2e tests).
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom/client',
      '@tanstack/react-query',
      'amazon-cognito-identity-js',
    ],
  },
  server: {
    warmup: { clientFiles: ['./main.tsx'] },
  },
});
