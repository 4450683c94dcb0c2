import { createReadStream, existsSync, statSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '/work/wt/look/scripts/chromium.mjs';
const root = path.resolve('/work/wt/look/storybook-static');
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname); if (p.endsWith('/')) p += 'index.html'; const file = path.join(root, p);
  if (!existsSync(file) || statSync(file).isDirectory()) { console.log('404 for', req.url); res.writeHead(404).end(); return; }
  const t = {'.html':'text/html','.js':'text/javascript','.css':'text/css','.json':'application/json','.svg':'image/svg+xml'}[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {'content-type': t}); createReadStream(file).pipe(res);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
const ids = Object.values(index.entries).filter(e => e.type === 'story').map(e => e.id);
const browser = await chromium.launch(chromiumLaunchOptions());
const width = Number(process.argv[2] ?? 320);
const scheme = process.argv[3] ?? 'light';
const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('  console', m.type(), m.text().slice(0, 200)); });
page.on('response', r => { if (r.status() >= 400) console.log('  HTTP', r.status(), r.url()); });
for (const id of ids) {
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
  await page.waitForFunction(() => { const p = window.__STORYBOOK_PREVIEW__; const r = p?.currentRender; return r && ['completed','finished','errored','aborted'].includes(r.phase); }, null, { timeout: 15000 }).catch(() => console.log('  timeout phase'));
  await page.waitForTimeout(100);
  const m = await page.evaluate(() => {
    const d = document.documentElement; const out = [];
    for (const el of document.querySelectorAll('#storybook-root *')) { const r = el.getBoundingClientRect(); if (r.width === 0) continue; if (r.left < -0.5 || r.right > d.clientWidth + 0.5) out.push(`${el.tagName}.${el.className?.baseVal ?? el.className} ${Math.round(r.left)}..${Math.round(r.right)}`); }
    return { sw: d.scrollWidth, cw: d.clientWidth, phase: window.__STORYBOOK_PREVIEW__.currentRender.phase, out: out.slice(0, 3) };
  });
  const bad = m.sw > m.cw || m.out.length;
  console.log(bad ? 'BAD ' : 'ok  ', id, m.phase, m.sw, m.cw, m.out.join(' | '));
}
await browser.close(); server.close();
