// npm run test:consumers: packs the kit and installs the tarball into fresh apps in a temp dir
// (no workspace links), then checks what users will do with it:
//   (a) a Vite + React 19 app that renders SignUpConfirmation with the kit's styles.css builds for
//       production, with Vite's CSS minifier (Lightning CSS) and with esbuild's, and both builds keep
//       the default look in Chromium, light and dark, with and without a colorScheme (kitStyleCheck.mjs);
//   (b) the same with React 18.3;
//   (c) every exported component renders with react-dom/server in Node and hydrates in jsdom without mismatch (19 and 18);
//   (d) a Node-only script computes a SecretHash through cognito-confirm-kit/server;
//   (e) TypeScript consumers compile against the shipped types with moduleResolution bundler and node16,
//       and with exactOptionalPropertyTypes (ts/exactOptional.tsx passes undefined to every optional prop);
//   (f) examples/next, a Next.js App Router app, builds, keeps server code out of its client chunks,
//       server-renders the screen, keeps the default look and confirms a user in Chromium against the
//       emulator (testNextExample.mjs).
// CONSUMERS=next (or react19,react18) runs only those.
// `npm pack` builds the kit through the prepack script. Exits non-zero on the first failure.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { checkKitStylesInBrowser } from './kitStyleCheck.mjs';
import { serveStatic } from './serveStatic.mjs';
import { prepareNextExample, testNextExample } from './testNextExample.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(repo, 'test/consumers');
const work = mkdtempSync(path.join(os.tmpdir(), 'ck-consumers-'));
const run = (cmd, args, cwd, env = process.env) => {
  console.log(`$ (${path.relative(work, cwd) || '.'}) ${cmd} ${args.join(' ')}`);
  const start = Date.now();
  const result = execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`  (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return result;
};
const only = process.env.CONSUMERS?.split(',');
const wanted = (name) => !only || only.includes(name);
const started = Date.now();

// esbuild: Vite's other CSS minifier (build.cssMinify: 'esbuild'), an optional peer it does not install.
const COMMON = {
  '@tanstack/react-query': '5.108.0',
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  esbuild: '0.28.2',
  jsdom: '29.0.1',
  typescript: '7.0.2',
};
const APPS = {
  react19: { react: '19.3.1', 'react-dom': '19.3.1', '@types/react': '19.3.0', '@types/react-dom': '19.3.0' },
  react18: { react: '18.3.1', 'react-dom': '18.3.1', '@types/react': '18.3.31', '@types/react-dom': '18.3.7' },
};

/** The built Vite app (both CSS minifiers) in Chromium: every variant of test/consumers/app keeps the kit's look. */
async function checkStyles(app) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const [out, minifier] of [
      ['out', 'Lightning CSS'],
      ['out-esbuild', 'esbuild'],
    ]) {
      const server = await serveStatic(path.join(app, out));
      try {
        const screens = await checkKitStylesInBrowser(browser, server.url, {
          label: `vite build (${minifier})`,
          queries: ['', '?page=light-dark', '?page=dark'],
          screens: 6,
        });
        console.log(`vite build (${minifier}): the default look holds in light and dark (${screens} screens checked)`);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
}

try {
  execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = path.join(
    work,
    readdirSync(work).find((name) => name.endsWith('.tgz')),
  );
  console.log(`packed ${path.basename(tarball)}`);
  const nextInstalled = wanted('next') ? prepareNextExample({ tarball, work }) : undefined;

  for (const [name, reactVersions] of Object.entries(APPS)) {
    if (!wanted(name)) continue;
    const app = path.join(work, name);
    cpSync(fixtures, app, { recursive: true });
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify(
        {
          name: `consumer-${name}`,
          private: true,
          type: 'module',
          dependencies: { 'cognito-confirm-kit': `file:${tarball}`, ...COMMON, ...reactVersions },
        },
        null,
        2,
      ),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);

    // (a) / (b): a production build of a real app; (a) also with esbuild as the CSS minifier.
    writeFileSync(
      path.join(app, 'vite.config.mjs'),
      "import react from '@vitejs/plugin-react';\nconst esbuild = process.env.CONSUMER_CSS_MINIFY === 'esbuild';\nexport default { root: 'app', plugins: [react()], build: { outDir: esbuild ? '../out-esbuild' : '../out', emptyOutDir: true, ...(esbuild ? { cssMinify: 'esbuild' } : {}) }, logLevel: 'warn' };\n",
    );
    run('npx', ['vite', 'build'], app);
    if (name === 'react19') {
      run('npx', ['vite', 'build'], app, { ...process.env, CONSUMER_CSS_MINIFY: 'esbuild' });
      await checkStyles(app);
    }
    // (c): server render and hydration.
    run('node', ['ssr/render.mjs'], app);
    // (d): the Node-only entry.
    run('node', ['node/secretHash.mjs'], app);
    // (e): the shipped types under both resolutions, and as apps with exactOptionalPropertyTypes compile them.
    for (const [name, resolution, moduleKind, exact] of [
      ['bundler', 'bundler', 'esnext', false],
      ['node16', 'node16', 'node16', false],
      ['exact', 'bundler', 'esnext', true],
    ]) {
      writeFileSync(
        path.join(app, `tsconfig.${name}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            jsx: 'react-jsx',
            module: moduleKind,
            moduleResolution: resolution,
            target: 'es2022',
            lib: ['es2022', 'dom'],
            skipLibCheck: false,
            types: [],
            exactOptionalPropertyTypes: exact,
          },
          files: exact ? ['ts/consumer.tsx', 'ts/exactOptional.tsx'] : ['ts/consumer.tsx'],
        }),
      );
      // node16 resolves .tsx as a CommonJS file unless the package is ESM: it is ("type": "module").
      run('npx', ['tsc', '-p', `tsconfig.${name}.json`], app);
    }
    console.log(`consumer ${name}: build, SSR + hydration, server entry and types ok`);
  }
  if (nextInstalled) await testNextExample({ installed: nextInstalled, run });
  console.log(`consumers ok (${Math.round((Date.now() - started) / 1000)} s)`);
} finally {
  if (!process.env.KEEP_CONSUMERS) rmSync(work, { recursive: true, force: true });
}
