// Screenshots of key stories for the README: builds nothing itself; run `npm run build-storybook`
// first. Serves storybook-static on a free port, lets each story's play function finish, and
// writes docs/images/story-*.png. Usage: node scripts/screenshot-stories.mjs
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = path.resolve('storybook-static');
if (!existsSync(root)) {
  console.error('Run npm run build-storybook first.');
  process.exit(1);
}
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
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
const base = `http://127.0.0.1:${server.address().port}`;

const shots = [
  // [story id, file, selector or text that shows the play function finished]
  ['screens-signupconfirmation--idle', 'story-idle.png', 'text=Resend code'],
  ['screens-signupconfirmation--resend-then-cooldown', 'story-cooldown.png', '[data-state="cooldown"]'],
  ['screens-signupconfirmation--rate-limited', 'story-error.png', 'text=Too many attempts'],
];

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 520, height: 560 }, deviceScaleFactor: 1 });
  for (const [id, file, ready] of shots) {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    await page.locator(ready).first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300); // let focus rings and the live region settle before the picture
    const target = page.locator('#storybook-root');
    await target.screenshot({ path: path.join('docs/images', file) });
    console.log(`docs/images/${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
