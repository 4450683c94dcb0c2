// Part of `npm run test:consumers`: examples/next (a Next.js App Router app) with the packed kit.
// Copies the example to a temp dir, installs its own lockfile plus the tarball, runs `next build`
// without any Cognito env var (the handler must be created lazily), checks the built client chunks
// for server code, then `next start` against the emulator: the server-rendered HTML holds the screen,
// the route handler adds the SecretHash and ignores a client-set X-Forwarded-For entry, the kit's
// stylesheet (through Next's CSS pipeline) gives the screen its look in light and dark, with and without
// a colorScheme (kitStyleCheck.mjs), and Chromium goes resend → countdown → the emulator's code → confirmed.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright';
import { startEmulator } from '../test/support/emulator.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { checkKitStylesInBrowser } from './kitStyleCheck.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const example = path.join(repo, 'examples/next');

// Names only the kit's server entry (or the app's route handler) has.
const SERVER_MARKERS = ['computeSecretHash', 'createConfirmationHandler', 'clientSecret', 'COGNITO_CLIENT_SECRET'];

function check(condition, message) {
  if (!condition) throw new Error(`next example: ${message}`);
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls until the server answers, the process dies, or 60 s pass: never an endless wait. */
async function waitForServer(url, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next start did not answer at ${url} within 60 s`);
}

const secretHash = (username, clientId, secret) =>
  createHmac('sha256', secret)
    .update(username + clientId)
    .digest('base64');

async function cognitoCall(endpoint, operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  check(response.ok, `${operation} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/**
 * Copies the example and starts `npm install` (its lockfile plus the tarball) in the background, so
 * it overlaps the other consumers' work; testNextExample awaits it.
 * @param {{ tarball: string, work: string }} options
 */
export function prepareNextExample({ tarball, work }) {
  const app = path.join(work, 'next');
  cpSync(example, app, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|\.next)$|next-env\.d\.ts$|\.tgz$/.test(source),
  });
  // The example's own lockfile pins Next, React and react-query; the kit comes from the tarball.
  const pkg = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8'));
  pkg.dependencies['cognito-confirm-kit'] = `file:${tarball}`;
  writeFileSync(path.join(app, 'package.json'), JSON.stringify(pkg, null, 2));
  // Type-checking runs below with the repo's native TypeScript 7 (same tsconfig) instead of Next's
  // TypeScript 5 pass, which takes most of `next build` on a small machine.
  const configFile = path.join(app, 'next.config.mjs');
  writeFileSync(
    configFile,
    readFileSync(configFile, 'utf8').replace(
      'export default nextConfig;',
      'nextConfig.typescript = { ignoreBuildErrors: true };\nexport default nextConfig;',
    ),
  );
  console.log('$ (next) npm install --no-audit --no-fund --prefer-offline --loglevel=error  [in the background]');
  const started = Date.now();
  const installed = new Promise((resolve, reject) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
      cwd: app,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) {
        console.log(`  (next: npm install ${((Date.now() - started) / 1000).toFixed(1)} s)`);
        resolve(app);
      } else reject(new Error(`next example: npm install exited with ${code}`));
    });
  });
  // Awaited later; a failure must not count as unhandled in the meantime.
  installed.catch(() => {});
  return installed;
}

/** @param {{ installed: Promise<string>, run: (cmd: string, args: string[], cwd: string, env?: object) => void }} options */
export async function testNextExample({ installed, run }) {
  const app = await installed;

  // No COGNITO_* variable at build time: an eagerly created handler would fail here.
  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(buildEnv)) if (name.startsWith('COGNITO_')) delete buildEnv[name];
  run('npx', ['next', 'build'], app, buildEnv);
  run(path.join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json', '--noEmit'], app);

  // No server code in what the browser downloads; the server output has it, so the scan can fail.
  const clientFiles = filesUnder(path.join(app, '.next/static')).filter((file) => file.endsWith('.js'));
  check(clientFiles.length > 0, 'no client chunks in .next/static');
  for (const file of clientFiles) {
    const code = readFileSync(file, 'utf8');
    for (const marker of SERVER_MARKERS) check(!code.includes(marker), `${path.relative(app, file)} contains server-only "${marker}"`);
  }
  const serverHasHandler = filesUnder(path.join(app, '.next/server')).some(
    (file) => file.endsWith('.js') && statSync(file).size < 5_000_000 && readFileSync(file, 'utf8').includes('clientSecret'),
  );
  check(serverHasHandler, 'the route handler is missing from .next/server (the client-chunk scan would prove nothing)');
  console.log(`next example: ${clientFiles.length} client chunks without server code`);

  const emulator = await startEmulator();
  let next;
  let browser;
  try {
    const username = `next_${Date.now().toString(36)}`;
    const email = `${username}@example.com`;
    await cognitoCall(emulator.endpoint, 'SignUp', {
      ClientId: emulator.secretClientId,
      Username: username,
      Password: 'Correct-Horse-9',
      SecretHash: secretHash(username, emulator.secretClientId, emulator.clientSecret),
      UserAttributes: [{ Name: 'email', Value: email }],
    });

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    next = spawn(process.execPath, [path.join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: app,
      env: {
        ...buildEnv,
        COGNITO_ENDPOINT: emulator.endpoint,
        COGNITO_USER_POOL_ID: emulator.userPoolId,
        COGNITO_CLIENT_ID: emulator.secretClientId,
        COGNITO_CLIENT_SECRET: emulator.clientSecret,
        TRUSTED_PROXY_HOPS: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForServer(base, next);

    // Server-rendered: the screen's markup and the Server Component's use of cognito-confirm-kit/core.
    const pageUrl = `${base}/?username=${encodeURIComponent(username)}&email=${encodeURIComponent(email)}`;
    const html = await (await fetch(pageUrl)).text();
    check(/<input[^>]+autocomplete="one-time-code"/i.test(html), 'the server-rendered HTML has no code field');
    check(/Didn’t get a code\?/.test(html) && />Resend</.test(html), 'the server-rendered HTML has no resend link');
    check(html.includes('ck-'), "the server-rendered HTML has none of the kit's classes");
    check(/You can ask for a new code every (<!-- -->)?30 seconds/.test(html), 'formatDuration did not render on the server');
    check(html.includes('n***@e***.com'), 'maskDestination did not render on the server');
    check(!html.includes(emulator.clientSecret), 'the page contains the client secret');

    // The handler takes the IP the app's (one) proxy appended, not what the caller put first.
    const before = emulator.requests.length;
    const spoofed = await fetch(`${base}/api/cognito`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.66, 198.51.100.7' },
      body: JSON.stringify({
        operation: 'ResendConfirmationCode',
        params: { Username: 'nobody_here', UserContextData: { IpAddress: '6.6.6.6' } },
      }),
    });
    check(spoofed.status === 400, `resend for an unknown user answered ${spoofed.status}`);
    const forwarded = emulator.requests.slice(before).find((request) => request.target === 'ResendConfirmationCode');
    check(
      forwarded?.body?.UserContextData?.IpAddress === '198.51.100.7',
      `IpAddress sent: ${JSON.stringify(forwarded?.body?.UserContextData)}`,
    );
    check(typeof forwarded.body.SecretHash === 'string', 'the handler sent no SecretHash');

    // The browser: resend → countdown → the emulator's code → confirmed.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    // The default look after Next's production CSS pipeline, with the example's ?scheme= (colorScheme).
    const styled = await checkKitStylesInBrowser(browser, pageUrl, {
      label: 'next example',
      queries: ['', '&scheme=light', '&scheme=dark', '&scheme=auto'],
    });
    console.log(`next example: the default look holds in light and dark (${styled} screens checked)`);
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(pageUrl);
    // A click on the server-rendered button before hydration would be lost: wait until React owns it
    // (it puts its fiber on hydrated nodes), bounded like every wait here.
    await page.waitForFunction(
      () => {
        const button = [...document.querySelectorAll('button')].find((node) => node.textContent?.trim() === 'Resend');
        return Boolean(button && Object.keys(button).some((key) => key.startsWith('__reactFiber')));
      },
      null,
      { timeout: 30_000 },
    );
    const sent = emulator.messages.filter((message) => message.username === username).length;
    await page.getByRole('button', { name: 'Resend', exact: true }).click();
    await page
      .getByRole('timer')
      .filter({ hasText: /^\d+:\d\d$/ })
      .waitFor({ timeout: 30_000 });
    const codes = emulator.messages.filter((message) => message.username === username);
    check(codes.length === sent + 1, `expected one resent code, the emulator delivered ${codes.length - sent}`);
    await page.getByLabel('Confirmation code').fill(codes.at(-1).code);
    await page.getByTestId('confirmed').waitFor({ timeout: 30_000 });
    check(pageErrors.length === 0, `errors in the page: ${pageErrors.map(String).join('; ')}`);

    const confirm = emulator.requests.find((request) => request.target === 'ConfirmSignUp' && request.body.Username === username);
    check(
      confirm?.body?.SecretHash === secretHash(username, emulator.secretClientId, emulator.clientSecret),
      'ConfirmSignUp had no valid SecretHash',
    );
    console.log('next example: build, client chunks, SSR, server helpers, handler, resend → countdown → confirmed ok');

    // The link's landing (/confirm-link?username=…&code=…): the code waits for a tap, the address bar
    // loses the code (the username stays, for a reload), and Next's router adopts that (a refresh does
    // not bring the code back).
    const linked = `next_link_${Date.now().toString(36)}`;
    await cognitoCall(emulator.endpoint, 'SignUp', {
      ClientId: emulator.secretClientId,
      Username: linked,
      Password: 'Correct-Horse-9',
      SecretHash: secretHash(linked, emulator.secretClientId, emulator.clientSecret),
      UserAttributes: [{ Name: 'email', Value: `${linked}@example.com` }],
    });
    const linkCode = emulator.messages.filter((message) => message.username === linked).at(-1)?.code;
    check(typeof linkCode === 'string', 'no code was sent for the link user');
    await page.goto(`${base}/confirm-link?ref=mail&username=${linked}&code=${linkCode}`);
    await page.getByLabel('Confirmation code').waitFor({ timeout: 30_000 });
    await page.waitForFunction((code) => document.querySelector('input[autocomplete="one-time-code"]')?.value === code, linkCode, {
      timeout: 30_000,
    });
    const cleaned = () => new URL(page.url()).search;
    const kept = `?ref=mail&username=${linked}`;
    check(cleaned() === kept, `the address is not the link's without its code: ${cleaned()}`);
    await page.getByRole('button', { name: 'Refresh' }).click();
    // A refresh re-renders the route from Next's router state; give it time to write the address.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    check(cleaned() === kept, `after router.refresh() the address is ${cleaned()}`);
    check(
      !emulator.requests.some((request) => request.target === 'ConfirmSignUp' && request.body.Username === linked),
      'the link page confirmed without a tap',
    );
    await page.locator('main, body').getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByTestId('confirmed').waitFor({ timeout: 30_000 });
    check(cleaned() === kept, `after confirming the address is ${cleaned()}`);
    check(pageErrors.length === 0, `errors in the page: ${pageErrors.map(String).join('; ')}`);
    console.log('next example: link landing waits for a tap, the address stays clean through router.refresh(), confirmed ok');
  } finally {
    await browser?.close();
    if (next && next.exitCode === null) {
      const exited = new Promise((resolve) => next.once('exit', resolve));
      next.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (next.exitCode === null) next.kill('SIGKILL');
    }
    await emulator.stop();
  }
}
