// The README's images, from the real screen: `npm run screenshots` (builds Storybook first).
// - docs/images/demo-<width>-<scheme>.png: the demo app (kit from source) against the local
//   emulator, signed up and on the confirmation step, at 375 and 1280 px, light and dark (the
//   demo's "System" theme with the browser's color scheme emulated).
// - docs/images/state-<state>-<scheme>.png: key stories from storybook-static at 375 px, after their
//   play functions finished, in both color schemes (Storybook's `scheme` global).
// - docs/images/state-<state>-rtl.png: the same states in Arabic, right to left (the stories of
//   Screens/SignUpConfirmation/Right to left set the `locale` and `direction` globals), light.
// Usage: node scripts/screenshot-stories.mjs [--only demo|stories]
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startDemo } from './demoServer.mjs';

const OUT = 'docs/images';
const SCHEMES = ['light', 'dark'];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const STATES = [
  // [story id, state name, what shows the play function finished]
  ['screens-signupconfirmation--idle', 'idle', '[data-state="idle"]'],
  ['screens-signupconfirmation--resend-then-cooldown', 'cooldown', '[role="timer"]'],
  ['screens-signupconfirmation--code-mismatch-then-retry', 'success', '.ck-success'],
  ['screens-signupconfirmation--rate-limited', 'error', '.ck-error'],
];
const RTL_STATES = [
  ['screens-signupconfirmation-right-to-left--arabic', 'idle', '[data-state="idle"]'],
  ['screens-signupconfirmation-right-to-left--arabic-cooldown', 'cooldown', '[role="timer"]'],
  ['screens-signupconfirmation-right-to-left--arabic-confirmed', 'success', '.ck-success'],
  ['screens-signupconfirmation-right-to-left--arabic-rate-limited', 'error', '.ck-error'],
];

/** A static server for storybook-static on a free port. */
async function serveStorybook() {
  const root = path.resolve('storybook-static');
  if (!existsSync(root)) throw new Error('Run npm run build-storybook first.');
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

async function shootStories(browser) {
  const storybook = await serveStorybook();
  try {
    for (const [scheme, states, suffix] of [...SCHEMES.map((scheme) => [scheme, STATES, scheme]), ['light', RTL_STATES, 'rtl']]) {
      const page = await browser.newPage({ viewport: { width: 375, height: 640 }, deviceScaleFactor: 2, colorScheme: scheme });
      for (const [id, state, ready] of states) {
        await page.goto(`${storybook.url}/iframe.html?id=${id}&viewMode=story&globals=scheme:${scheme}`);
        await page.locator(ready).first().waitFor({ timeout: 15_000 });
        // Let the play function's last step (focus, live region) settle before the picture.
        await page.waitForFunction(() => ['completed', 'finished'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), null, {
          timeout: 15_000,
        });
        const file = path.join(OUT, `state-${state}-${suffix}.png`);
        // The screen with a margin of its page around it (the canvas itself fills the viewport).
        const box = await page.locator('#storybook-root section').first().boundingBox();
        const clip = { x: 0, y: 0, width: 375, height: Math.ceil(box.y + box.height + 16) };
        await page.screenshot({ path: file, clip, animations: 'disabled', caret: 'hide' });
        console.log(file);
      }
      await page.close();
    }
  } finally {
    storybook.close();
  }
}

async function shootDemo(browser) {
  const demo = await startDemo();
  try {
    for (const scheme of SCHEMES) {
      for (const width of [375, 1280]) {
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 760 : 820 },
          deviceScaleFactor: width < 600 ? 2 : 1,
          colorScheme: scheme,
          locale: 'en-US',
          timezoneId: 'UTC',
        });
        // A fixed clock: the countdown reads the same in every picture.
        await context.clock.install({ time: new Date('2026-11-25T12:00:00Z') });
        const page = await context.newPage();
        await page.goto(demo.url);
        const username = `jane${scheme}${width}`;
        await page.getByLabel('Username').fill(username);
        await page.getByLabel('Email').fill(`${username}@example.com`);
        await page.getByLabel('Password').fill('Correct-Horse-9');
        await page.getByRole('button', { name: 'Sign up' }).click();
        await page.getByLabel('Confirmation code').waitFor();
        await page.getByRole('timer').waitFor();
        await page.getByLabel('Confirmation code').focus();
        await page.keyboard.type('12');
        const file = path.join(OUT, `demo-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: width >= 600, animations: 'disabled', caret: 'hide' });
        console.log(file);
        await context.close();
      }
    }
  } finally {
    await demo.stop();
  }
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  if (only !== 'stories') await shootDemo(browser);
  if (only !== 'demo') await shootStories(browser);
} finally {
  await browser.close();
}
