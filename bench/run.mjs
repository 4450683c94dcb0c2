// npm run bench: bundle cost of the kit next to React alone, a hand-rolled baseline and Amplify,
// and runtime cost of the countdowns in Chromium, the server quotas' cost (bench/quotas.mjs) and the
// sign-in journey's own time in Chromium (bench/journey.mjs).
// Writes BENCHMARKS.md at the repository root.
// Expects `npm run build` (the kit's dist) and `npm ci --prefix bench` to have run (the npm script does both).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { build } from 'vite';
import budgets, { targets } from '../.size-limit.js';
import { journeyBenchmarks, journeyMarkdown, writeJourneySection } from './journey.mjs';
import { quotaBenchmarks, writeQuotaSection } from './quotas.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const out = path.join(here, '.out');
const DEDUPE = ['react', 'react-dom', '@tanstack/react-query', 'amazon-cognito-identity-js'];

const FIXTURES = [
  ['a', 'a-floor', 'React + ReactDOM only (the floor)'],
  ['b', 'b-handrolled', 'react-query useMutation + amazon-cognito-identity-js resendConfirmationCode button (hand-rolled)'],
  ['c', 'c-kit-fetch', 'cognito-confirm-kit SignUpConfirmation, fetch transport, styles.css'],
  ['d', 'd-kit-identityjs', 'cognito-confirm-kit SignUpConfirmation, amazon-cognito-identity-js transport, styles.css'],
  ['e', 'e-amplify-authenticator', 'Amplify UI <Authenticator initialState="signUp"> + styles.css'],
  ['f', 'f-amplify-headless', 'Amplify headless resendSignUpCode button'],
];

async function buildApp(root, outDir, { profiling = false } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    // React's production build ignores <Profiler>; its profiling build keeps the timings.
    resolve: { dedupe: DEDUPE, alias: profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true, minify: true, sourcemap: false, reportCompressedSize: false },
  });
}

function measure(dir) {
  let raw = 0,
    gzip = 0,
    brotli = 0;
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const file = path.join(current, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(js|css)$/.test(name)) {
        const bytes = readFileSync(file);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
        brotli += brotliCompressSync(bytes).length;
      }
    }
  };
  walk(dir);
  return { raw, gzip, brotli };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const version = (name) => JSON.parse(readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version;

async function bundles() {
  const results = {};
  for (const [letter, dir, label] of FIXTURES) {
    const started = Date.now();
    await buildApp(path.join(here, 'fixtures', dir), path.join(out, dir));
    results[letter] = { label, ...measure(path.join(out, dir)), buildMs: Date.now() - started };
    console.log(`bundle ${letter} ${dir}: ${kb(results[letter].gzip)} gzip`);
  }
  return results;
}

// The budgets per use case in .size-limit.js, measured the way `npm test` checks them (esbuild,
// peers external, production define, gzip), so the table and the check cannot drift apart.
function measureUseCases() {
  let output;
  try {
    output = execFileSync(process.execPath, [path.join(repo, 'node_modules/size-limit/bin.js'), '--json'], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    // Over budget exits non-zero with the same JSON: the table still shows by how much.
    output = error.stdout;
  }
  const results = new Map(JSON.parse(output).map((check) => [check.name, check]));
  // The use cases are the checks that import from the entry (not the stylesheet or a locale file).
  return budgets.filter((check) => check.import).map((check) => results.get(check.name));
}

async function runtime() {
  const dir = path.join(out, 'runtime');
  await buildApp(path.join(here, 'runtime'), dir, { profiling: true });
  const server = http.createServer((req, res) => {
    const file = path.join(dir, new URL(req.url, 'http://x').pathname === '/' ? 'index.html' : new URL(req.url, 'http://x').pathname);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.title === 'ready');
    const chromiumVersion = browser.version();
    // First, on a fresh page, so nothing from the other measurements is pending.
    const idle = await page.evaluate(() => window.bench.idleTimers());
    const timers = [];
    for (const count of [1, 100, 1000]) {
      for (const kind of ['kit', 'naive']) {
        const result = await page.evaluate(([c, k]) => window.bench.runTimers(c, k, 5), [count, kind]);
        console.log(
          `timers ${count} ${kind}: ${result.commitsPerTick.toFixed(1)} commits/s, ${result.renderMsPerTick.toFixed(2)} ms render/s`,
        );
        timers.push(result);
      }
    }
    const clicks = await page.evaluate(() => window.bench.rapidClicks(50));
    const pending = await page.evaluate(() => window.bench.clickToPending(20));
    return { chromiumVersion, timers, clicks, pending, idle };
  } finally {
    await browser.close();
    server.close();
  }
}

function report(b, r, u, startedAt, seconds) {
  const a = b.a.gzip;
  const ratio = (b.e.gzip - a) / (b.c.gzip - a);
  const useCaseRows = u
    .map((c) => {
      // Entries that no use case imports whole (the core entry) have a limit but no budget of their own.
      const target = targets[c.name] === undefined ? undefined : Number.parseFloat(targets[c.name]) * 1000;
      const status =
        target === undefined
          ? 'no budget'
          : c.size <= target
            ? 'within budget'
            : `**${((c.size - target) / 1000).toFixed(2)} kB over budget**`;
      const shown = target === undefined ? '—' : `${(target / 1000).toFixed(2)} kB`;
      return `| ${c.name} | ${(c.size / 1000).toFixed(2)} kB | ${shown} | ${(c.sizeLimit / 1000).toFixed(2)} kB | ${status} |`;
    })
    .join('\n');
  const rows = Object.entries(b)
    .map(
      ([letter, x]) =>
        `| (${letter}) ${x.label} | ${kb(x.raw)} | ${kb(x.gzip)} | ${kb(x.brotli)} | ${letter === 'a' ? '—' : `+${kb(x.gzip - a)}`} |`,
    )
    .join('\n');
  const timerRows = r.timers
    .map(
      (t) =>
        `| ${t.count} | ${t.kind === 'kit' ? 'kit `CooldownTimer` (one shared clock)' : 'naive `setInterval` per component'} | ${t.commitsPerTick.toFixed(1)} | ${t.renderMsPerTick.toFixed(2)} ms | ${t.liveTimersWhileRunning} |`,
    )
    .join('\n');
  const cpu = os.cpus();
  return `# Benchmarks

Generated by \`npm run bench\` on ${startedAt.toISOString().slice(0, 10)} (${startedAt.toISOString()}), in ${seconds} s.

- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}
- Node ${process.version}; Chromium ${r.chromiumVersion} (Debian package, headless)
- cognito-confirm-kit ${JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version} (built \`dist/\`), react ${version('react')}, @tanstack/react-query ${version('@tanstack/react-query')}, amazon-cognito-identity-js ${version('amazon-cognito-identity-js')}, aws-amplify ${version('aws-amplify')}, @aws-amplify/ui-react ${version('@aws-amplify/ui-react')}, vite ${version('vite')}

## Size per use case

Method: \`size-limit\` with the budgets in \`.size-limit.js\` (the same check \`npm test\` runs): esbuild bundles the named
imports from the built \`dist/index.js\`, minified, with the peers (react, react-dom, @tanstack/react-query,
amazon-cognito-identity-js) external and \`process.env.NODE_ENV\` defined as \`"production"\`; sizes are gzip, 1 kB = 1000 bytes.

| use case | gzip | budget (issue 21) | enforced now | |
|---|---|---|---|---|
${useCaseRows}

## Bundle cost

Method: each fixture app in \`bench/fixtures/\` is built with Vite (production, minified, one React via \`resolve.dedupe\`);
the table sums every emitted \`.js\` and \`.css\` file, raw, gzip (level 9) and brotli (default quality).
The increment is over (a), i.e. what the feature itself costs.

| app | raw | gzip | brotli | gzip over (a) |
|---|---|---|---|---|
${rows}

**Amplify UI Authenticator ÷ kit screen = (e − a) / (c − a) = ${ratio.toFixed(1)}×** (issue 21: keep ≥ 6.5×): Amplify UI's Authenticator adds
${ratio.toFixed(1)}× what the kit's complete confirmation screen adds, with @tanstack/react-query counted on the kit's side
(the kit's hooks use it, so (c) ships it).
Against the hand-rolled baseline (b), the kit's whole screen (c) is ${kb(Math.abs(b.c.gzip - b.b.gzip))} gzip ${b.c.gzip <= b.b.gzip ? 'smaller' : 'larger'} —
it brings the cooldown, persistence, validation, error texts, accessibility, the code input and a stylesheet, but no SDK.
With amazon-cognito-identity-js as the transport (d) the SDK's weight comes back: ${kb(b.d.gzip - b.c.gzip)} more than (c).

## Runtime cost

Method: \`bench/runtime/\` built with Vite and opened in headless Chromium by Playwright. N countdowns to the same deadline are
mounted inside one React \`<Profiler>\` (React's profiling build, production otherwise); after a 1.1 s warm-up, commits and the Profiler's \`actualDuration\` are summed over 5 s
(real time) and divided by 5. "Live timers" counts the page's pending \`setTimeout\`/\`setInterval\` handles (patched in
\`index.html\`) while they run.

| timers | implementation | React commits per second | render time per second | live timers |
|---|---|---|---|---|
${timerRows}

- Timers alive when idle (screen mounted, its 1 s cooldown over): the kit's clock holds **${r.idle.kitClockTimersWhenIdle}** (${r.idle.kitClockWhileCooling} while cooling down), **${r.idle.intervalsWhenIdle}** intervals run; other timeouts pending on the page: ${r.idle.otherTimeoutsWhenIdle}
- Requests sent for ${r.clicks.clicks} clicks on Resend in one task: **${r.clicks.requests}**
- Click to the button's pending state in the DOM (\`data-state="pending"\`), ${r.pending.runs} runs: median **${r.pending.medianMs.toFixed(1)} ms**, max ${r.pending.maxMs.toFixed(1)} ms

These are measurements of one run on the machine above, not guarantees; rerun \`npm run bench\` to refresh them.
`;
}

const startedAt = new Date();
const useCaseResults = measureUseCases();
const bundleResults = await bundles();
const runtimeResults = await runtime();
const seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
writeFileSync(path.join(repo, 'BENCHMARKS.md'), report(bundleResults, runtimeResults, useCaseResults, startedAt, seconds));
writeQuotaSection(await quotaBenchmarks());
const journeyResults = await journeyBenchmarks();
writeJourneySection(journeyMarkdown(journeyResults));
writeFileSync(path.join(out, 'results.json'), JSON.stringify({ useCaseResults, bundleResults, runtimeResults, journeyResults }, null, 2));
console.log(`BENCHMARKS.md written (${seconds} s)`);
