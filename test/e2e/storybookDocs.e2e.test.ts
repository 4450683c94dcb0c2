// Storybook's docs pages (autodocs: every story of a component on one page; and the written MDX
// pages in stories/docs, some embedding stories) in chromium: nothing on them may move the page by itself. A story that focuses its code field on mount scrolled the
// SignUpConfirmation page ~14,000 px down within seconds. Builds Storybook into a temp dir first.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/demo';
import { mapWithConcurrency } from './support/mapWithConcurrency';

const out = mkdtempSync(path.join(os.tmpdir(), 'ck-storybook-'));
let server: PreviewServer;
let browser: Browser;
let docsIds: string[] = [];
/** Docs pages that render stories: every autodocs page, and the MDX pages that embed some. */
const withStories = new Set<string>();

beforeAll(async () => {
  await promisify(execFile)(path.resolve('node_modules/.bin/storybook'), ['build', '-o', out, '--quiet'], {
    env: { ...process.env, CI: '1' },
  });
  const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as {
    entries: Record<string, { type: string; importPath: string; storiesImports?: string[] }>;
  };
  const docs = Object.entries(index.entries).filter(([, entry]) => entry.type === 'docs');
  docsIds = docs.map(([id]) => id);
  for (const [id, entry] of docs) {
    if (!entry.importPath.endsWith('.mdx') || (entry.storiesImports ?? []).length > 0) withStories.add(id);
  }
  server = await preview({
    configFile: false,
    root: out,
    build: { outDir: out },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('Storybook docs pages', () => {
  // Pages one after another (two at a time) take longer than the e2e project's 60 s default.
  it('stay at the top while their stories render, with no code field focused on its own', { timeout: 300_000 }, async () => {
    expect(docsIds).toContain('screens-signupconfirmation--docs');
    // The written pages, the theming one with the playground in it.
    expect(docsIds).toEqual(
      expect.arrayContaining([
        'docs-introduction--docs',
        'docs-theming--docs',
        'docs-headless-use--docs',
        'docs-server-and-quotas--docs',
        'docs-accessibility--docs',
      ]),
    );
    expect(withStories).toContain('docs-theming--docs');
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const base = server.resolvedUrls!.local[0]!;
    // Two pages at a time: every docs page at once (each renders all of a component's stories) made a
    // loaded 2-core machine so slow that single waits timed out.
    const seen = await mapWithConcurrency(docsIds, 2, async (id) => {
      const page = await context.newPage();
      await page.goto(`${base}iframe.html?viewMode=docs&id=${id}`);
      await page
        .locator(withStories.has(id) ? '.docs-story' : '.sbdocs-content h1')
        .first()
        .waitFor({ timeout: 60_000 });
      // Measuring that nothing moves needs some time to pass: stories mount, load their cooldowns, settle.
      await page.waitForTimeout(3_000);
      const state = await page.evaluate(() => ({
        scrollY: window.scrollY,
        // A page that failed to render shows Storybook's error instead of its heading.
        heading: document.querySelector('.sbdocs-content h1')?.textContent ?? null,
        height: document.documentElement.scrollHeight,
        // A code field focused on its own: autoFocus is for the canvas, not a page of twenty stories.
        focusedField: document.activeElement instanceof HTMLInputElement ? document.activeElement.outerHTML.slice(0, 80) : null,
        // The props table: each row's cells (name; description with the type; default; control).
        props: [...document.querySelectorAll('.docblock-argstable tbody tr')]
          .map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent?.trim() ?? ''))
          .filter((cells) => cells.length >= 3),
      }));
      await page.close();
      return { id, ...state };
    });
    await context.close();
    // The pages are long enough to scroll, or staying at the top would prove nothing.
    expect(seen.find(({ id }) => id === 'screens-signupconfirmation--docs')!.height).toBeGreaterThan(5_000);
    for (const { id, heading } of seen) expect(heading, `${id} rendered its title`).toBeTruthy();
    // The props table lists what react-docgen cannot see (imported types), with types, not "union".
    const props = seen.find(({ id }) => id === 'screens-signupconfirmation--docs')!.props;
    const rows = new Map(props.map(([name, ...rest]) => [name!.replace(/\*$/, ''), rest.join(' ')]));
    // A union's members show as separate badges, one after another in the text.
    for (const [name, type] of [
      ['signUpSession', 'string'],
      ['onSignedIn', '(result: AuthenticationResult, username: string) => void'],
      ['onSignInError', '(error: CognitoConfirmError, username: string) => void'],
      ['onSignInChallenge', '(challenge: InitiateAuthResponse, username: string) => void'],
      ['headingLevel', '1 | 2 | 3 | 4 | 5 | 6'],
    ] as const)
      expect(rows.get(name), `the ${name} row`).toContain(type.replaceAll(' | ', ''));
    expect(props.filter((cells) => cells.some((cell) => /^union\b/.test(cell)))).toEqual([]);
    expect(seen.map(({ id, scrollY, focusedField }) => ({ id, scrollY, focusedField }))).toEqual(
      docsIds.map((id) => ({ id, scrollY: 0, focusedField: null })),
    );
  });
});
