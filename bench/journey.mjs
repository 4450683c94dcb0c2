// The journey's own time (part of `npm run bench`; `node bench/journey.mjs` alone rewrites only its
// section of BENCHMARKS.md, `--print` prints it instead): in a production build in headless Chromium,
// against the test emulator over HTTP, how long the kit itself takes between
//   1. ConfirmSignUp's answer arriving and the InitiateAuth request leaving, and
//   2. InitiateAuth's answer arriving and the signed-in panel painted.
// The goal for each is one frame (16 ms). Network and emulator time are not the kit's and are left out:
// "arriving" is Resource Timing's responseEnd, "leaving" the page's fetch() call, "painted" the first
// task after the frame that drew the panel (Element Timing's renderTime beside it where Chromium gives one).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/serveStatic.mjs';
import { startEmulator } from '../test/support/emulator.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const out = path.join(here, '.out', 'journey');
const WARM_UP = 3;
const RUNS = 30;
const FRAME_MS = 16;

export async function buildPage({ profiling = false, development = false } = {}) {
  await build({
    ...(development ? { mode: 'development' } : {}),
    root: path.join(here, 'journey'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    // React's production build ignores <Profiler>; its profiling build reports each commit.
    // One React for the page and the kit's sources (bench/node_modules has its own copy after `npm ci --prefix bench`).
    resolve: {
      dedupe: ['react', 'react-dom', '@tanstack/react-query'],
      alias: profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [],
    },
    define: { 'process.env.NODE_ENV': development ? '"development"' : '"production"' },
    build: { outDir: out, emptyOutDir: true, minify: !development, sourcemap: false, reportCompressedSize: false },
  });
}

async function signUp(emulator, username) {
  const response = await fetch(emulator.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
    body: JSON.stringify({
      ClientId: emulator.clientId,
      Username: username,
      Password: 'Passw0rd!',
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    }),
  });
  const answer = await response.json();
  if (!response.ok || typeof answer.Session !== 'string') throw new Error(`SignUp failed: ${JSON.stringify(answer)}`);
  return answer.Session;
}

/** One journey: sign up (from here), mount the screen with the Session and the code, click Confirm, wait for the paint. */
export async function journey(page, emulator, run, { app = false } = {}) {
  const username = `journey${run}x${Date.now()}`;
  const signUpSession = await signUp(emulator, username);
  const code = emulator.latestCode(username);
  await page.evaluate(
    ([j, r]) => window.journey.mount(j, r),
    [
      { app, endpoint: emulator.endpoint, userPoolId: emulator.userPoolId, clientId: emulator.clientId, username, signUpSession, code },
      run,
    ],
  );
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  const { marks, fetches, resources } = await page.evaluate(() => window.journey.finished());
  const byStart = [...resources].sort((a, b) => a.startTime - b.startTime);
  const index = (target) => fetches.findIndex((f) => f.target === target);
  const confirmAt = index('ConfirmSignUp');
  const initiateAt = index('InitiateAuth');
  if (confirmAt === -1 || initiateAt === -1 || byStart.length !== fetches.length) {
    throw new Error(`Unexpected requests: ${JSON.stringify({ fetches, resources })}`);
  }
  const confirmEnd = byStart[confirmAt].responseEnd;
  const initiateEnd = byStart[initiateAt].responseEnd;
  return {
    confirmToInitiate: fetches[initiateAt].calledAt - confirmEnd,
    confirmHeaders: fetches[confirmAt].headersAt - confirmEnd,
    initiateHeaders: fetches[initiateAt].headersAt - initiateEnd,
    initiateToSignedInCallback: marks.signedInAt - initiateEnd,
    initiateToDom: marks.panelInDomAt - initiateEnd,
    initiateToFrame: marks.panelFrameAt - initiateEnd,
    initiateToPainted: marks.panelPaintedAt - initiateEnd,
    initiateToRenderTime: marks.panelRenderTime === undefined ? undefined : marks.panelRenderTime - initiateEnd,
    // React commits after InitiateAuth's answer, up to the paint (profiling build only).
    commitsAfterAnswer: marks.commits.length ? marks.commits.filter((c) => c.commitTime >= initiateEnd).length : undefined,
    renderMsAfterAnswer: marks.commits.length
      ? marks.commits.filter((c) => c.commitTime >= initiateEnd).reduce((sum, c) => sum + c.actualDuration, 0)
      : undefined,
    commitLog: marks.commits
      .filter((c) => c.commitTime >= initiateEnd)
      .map((c) => ({ ...c, startTime: c.startTime - initiateEnd, commitTime: c.commitTime - initiateEnd })),
    emulatorInitiateMs: initiateEnd - byStart[initiateAt].startTime,
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function summary(samples, key) {
  const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
  values.sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  return { n: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9), max: values[values.length - 1], min: values[0] };
}

export { out as pageDir };

/** Opens the built page and runs `runs` journeys per variant (interleaved, so load hits both alike) after a warm-up. */
async function runJourneys(browser, server, emulator, runs, variants) {
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => document.title === 'ready');
    for (let run = 0; run < WARM_UP; run += 1) await journey(page, emulator, -1 - run);
    const samples = Object.fromEntries(variants.map((variant) => [variant, []]));
    for (let run = 0; run < runs; run += 1) {
      for (const variant of variants) samples[variant].push(await journey(page, emulator, run, { app: variant === 'app' }));
    }
    return samples;
  } finally {
    await page.close();
  }
}

const statsOf = (samples) =>
  Object.fromEntries(
    Object.keys(samples[0])
      .filter((key) => key !== 'commitLog')
      .map((key) => [key, summary(samples, key)]),
  );

export async function journeyBenchmarks({ runs = RUNS, profilingRuns = 10, development = false } = {}) {
  const emulator = await startEmulator();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await buildPage({ development });
    let server = await serveStatic(out);
    const timed = await runJourneys(browser, server, emulator, runs, ['kit', 'app']).finally(() => server.close());
    // React's profiling build, for the commits between the answer and the paint (its timings are a little slower).
    await buildPage({ profiling: true, development });
    server = await serveStatic(out);
    const profiled = await runJourneys(browser, server, emulator, profilingRuns, ['kit']).finally(() => server.close());
    return {
      chromiumVersion: browser.version(),
      runs,
      profilingRuns,
      kit: statsOf(timed.kit),
      app: statsOf(timed.app),
      profiled: statsOf(profiled.kit),
      commitLog: profiled.kit.at(-1).commitLog,
    };
  } finally {
    await browser.close();
    await emulator.stop();
  }
}

const ms = (value) => (value === undefined ? '—' : `${value.toFixed(1)} ms`);
const row = (label, s) => (s ? `| ${label} | ${ms(s.median)} | ${ms(s.p90)} | ${ms(s.max)} |` : `| ${label} | — | — | — |`);
const verdict = (s) =>
  s && s.median <= FRAME_MS ? `within one frame (${FRAME_MS} ms) at the median` : `**over one frame (${FRAME_MS} ms)** at the median`;

export function journeyMarkdown(result) {
  const { kit: s, app, profiled } = result;
  const cpu = os.cpus();
  const load = os.loadavg()[0];
  return `<!-- journey:start -->
## The journey's own time

Method: \`bench/journey.mjs\` (\`node bench/journey.mjs\` refreshes only this section). \`bench/journey/\` — \`SignUpConfirmation\`
with SignUp's Session, the fetch transport and \`styles.css\` — built with Vite (production, minified) and opened in headless
Chromium ${result.chromiumVersion} by Playwright on ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'} (load average ${load.toFixed(1)} when it finished),
against the test emulator over HTTP on 127.0.0.1. Each of ${result.runs} journeys per row (after ${WARM_UP} warm-up ones; the rows interleaved) signs a new
user up from Node, mounts the screen with the Session and the code, and clicks Confirm. "Answer" is the response's \`responseEnd\`
(Resource Timing), "request" the page's \`fetch()\` call, "painted" the first task after the frame that drew the signed-in panel (a
\`requestAnimationFrame\` callback, then a message). The emulator's own time is not counted. Goal: each gap within one frame, ${FRAME_MS} ms.

| the kit's time | median | p90 | max |
|---|---|---|---|
${row("ConfirmSignUp's answer → InitiateAuth request", s.confirmToInitiate)}
${row("InitiateAuth's answer → signed-in panel painted", s.initiateToPainted)}
${row('… with an app that shows the ID token’s claims from `onSignedIn`', app.initiateToPainted)}

- ConfirmSignUp → InitiateAuth: ${verdict(s.confirmToInitiate)}; of it, ${ms(s.confirmHeaders?.median)} pass before the browser hands the answer to the
  page (\`fetch()\` resolves), which is Chromium's, not the kit's.
- InitiateAuth → painted: ${verdict(s.initiateToPainted)}. From InitiateAuth's \`responseEnd\` (medians): \`fetch()\` resolves ${ms(s.initiateHeaders?.median)},
  \`onSignedIn\` is called ${ms(s.initiateToSignedInCallback?.median)} (in the layout effects of the commit that shows the panel), that commit is over
  (a MutationObserver sees the panel) ${ms(s.initiateToDom?.median)}, its frame's \`requestAnimationFrame\` runs ${ms(s.initiateToFrame?.median)}, painted ${ms(s.initiateToPainted?.median)}${s.initiateToRenderTime ? ` (Element Timing's renderTime ${ms(s.initiateToRenderTime.median)})` : ''}.
  The wait for the next frame (up to ${FRAME_MS} ms at 60 Hz) is the browser's; the kit's own work ends where the MutationObserver sees the panel.
- React commits between InitiateAuth's answer and the paint: ${profiled.commitsAfterAnswer ? profiled.commitsAfterAnswer.median : '—'} (median of ${result.profilingRuns} runs with React's profiling
  build), ${ms(profiled.renderMsAfterAnswer?.median)} of rendering. Panel, announcement and focus come in one commit (issue 29: two before, the announcement's
  state update in the layout effect costing a second render, commit and layout).
- What an app does in \`onSignedIn\` runs before that paint (the callbacks come in the commit that shows the panel): the third row's app
  keeps the tokens in state and renders the ID token's claims, as the demo does.
- For scale, the emulator answered InitiateAuth in ${ms(s.emulatorInitiateMs?.median)} (median, request start to \`responseEnd\`).
<!-- journey:end -->
`;
}

export function writeJourneySection(markdown, file = path.join(repo, 'BENCHMARKS.md')) {
  const current = readFileSync(file, 'utf8');
  const pattern = /<!-- journey:start -->[\s\S]*?<!-- journey:end -->\n?/;
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, markdown) : `${current.trimEnd()}\n\n${markdown}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await journeyBenchmarks({ development: process.argv.includes('--development') });
  const markdown = journeyMarkdown(result);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  if (process.argv.includes('--print')) console.log(markdown);
  else {
    writeJourneySection(markdown);
    console.log('BENCHMARKS.md: journey section written');
  }
}
