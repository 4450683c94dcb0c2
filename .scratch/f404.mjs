import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
const root = path.resolve('storybook-static');
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname); if (p.endsWith('/')) p += 'index.html'; const file = path.join(root, p);
  if (!existsSync(file) || statSync(file).isDirectory()) { console.log('404 for', req.url); res.writeHead(404).end(); return; }
  const t = {'.html':'text/html','.js':'text/javascript','.css':'text/css','.json':'application/json','.svg':'image/svg+xml'}[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {'content-type': t}); createReadStream(file).pipe(res);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', m => console.log('  console', m.type(), m.text().slice(0, 300)));
await page.goto(`${base}/?path=/story/screens-signupconfirmation--just-signed-up`);
await page.waitForTimeout(5000);
await browser.close(); server.close();
