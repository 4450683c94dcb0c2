// `npm run emulator` as a user runs it: the script in a child process, its output read as text.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/emulator.mjs', import.meta.url));
const children: ChildProcess[] = [];
const holders: Server[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
  await Promise.all(holders.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [SCRIPT], {
    // Only what the script reads, so a PORT or HOST in the test runner's environment does not leak in.
    env: { PATH: process.env.PATH ?? '', AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  /** Resolves with stdout once the banner is printed, or with what there is when the process exits. */
  const ready = new Promise<string>((resolve) => {
    child.stdout!.on('data', () => {
      if (stdout.includes('codes sent appear here:')) resolve(stdout);
    });
    void exit.then(() => resolve(stdout));
  });
  return { exit, ready, output: () => ({ stdout, stderr }) };
}

/** A port that was free a moment ago (the OS does not hand it out again at once). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function holdPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  holders.push(server);
  return (server.address() as { port: number }).port;
}

// Each run loads cognito-local (aws-sdk v2): seconds on a busy machine.
describe('scripts/emulator.mjs', { timeout: 60_000 }, () => {
  it('a taken port: one line naming the port and EMULATOR_PORT, exit 1 (today: an EADDRINUSE stack)', async () => {
    const port = await holdPort();
    const emulator = run({ EMULATOR_PORT: String(port) });
    expect(await emulator.exit).toBe(1);
    const { stdout, stderr } = emulator.output();
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(String(port));
    expect(lines[0]).toContain('EMULATOR_PORT');
    expect(stderr).not.toMatch(/\n\s+at |EADDRINUSE/);
    expect(stdout).toBe('');
  });

  it('listens on EMULATOR_PORT, the variable the README names (today: ignored)', async () => {
    const port = await freePort();
    const emulator = run({ EMULATOR_PORT: String(port) });
    const stdout = await emulator.ready;
    expect(stdout).toContain(`endpoint          http://127.0.0.1:${port}/`);
    const info = await (await fetch(`http://127.0.0.1:${port}/_harness/info`)).json();
    expect(info.endpoint).toBe(`http://127.0.0.1:${port}/`);
  });

  it.each(['abc', '-1', '70000', '80.5'])('refuses EMULATOR_PORT=%s in one line, exit 1', async (value) => {
    const emulator = run({ EMULATOR_PORT: value });
    expect(await emulator.exit).toBe(1);
    expect(emulator.output().stderr.trim().split('\n')).toEqual([expect.stringContaining('EMULATOR_PORT')]);
  });

  it('HOST=0.0.0.0 prints addresses a browser can open, never 0.0.0.0 itself', async () => {
    const port = await freePort();
    const emulator = run({ HOST: '0.0.0.0', EMULATOR_PORT: String(port) });
    const stdout = await emulator.ready;
    expect(stdout).not.toContain('http://0.0.0.0');
    expect(stdout).toContain(`endpoint          http://localhost:${port}/`);
    const response = await fetch(`http://127.0.0.1:${port}/_harness/info`);
    expect(response.status).toBe(200);
    // Other devices need the machine's own addresses, one line each.
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4');
    for (const address of external) expect(stdout).toContain(`on the network    http://${address!.address}:${port}/`);
  });

  it("CONFIRM_URL turns on the kit's CustomMessage handler: each message carries a link, printed and in /_harness/messages", async () => {
    const port = await freePort();
    const emulator = run({ EMULATOR_PORT: String(port), CONFIRM_URL: 'http://localhost:5173/confirm' });
    const banner = await emulator.ready;
    expect(banner).toContain('custom message    createCustomMessageHandler, links to http://localhost:5173/confirm');
    const info = await (await fetch(`http://127.0.0.1:${port}/_harness/info`)).json();
    const signUp = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
      body: JSON.stringify({
        ClientId: info.clientId,
        Username: 'alice',
        Password: 'Passw0rd!',
        UserAttributes: [{ Name: 'email', Value: 'alice@example.com' }],
      }),
    });
    expect(signUp.status).toBe(200);
    const [sent] = await (await fetch(`http://127.0.0.1:${port}/_harness/messages`)).json();
    expect(sent.link).toBe(`http://localhost:5173/confirm?username=alice&code=${sent.code}`);
    await expect.poll(() => emulator.output().stdout).toContain(`link: ${sent.link}`);
  });

  it('a CONFIRM_URL the handler refuses: one line naming CONFIRM_URL and the rule, exit 1', async () => {
    const emulator = run({ EMULATOR_PORT: String(await freePort()), CONFIRM_URL: 'http://app.example.com/confirm' });
    expect(await emulator.exit).toBe(1);
    const lines = emulator.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^CONFIRM_URL: .*confirmUrl must be an https URL \(http only for localhost\)/);
  });

  it('a RESET_URL the handler refuses: one line naming RESET_URL and the rule, exit 1', async () => {
    const emulator = run({
      EMULATOR_PORT: String(await freePort()),
      CONFIRM_URL: 'http://localhost:5173/confirm',
      RESET_URL: 'http://app.example.com/reset',
    });
    expect(await emulator.exit).toBe(1);
    const lines = emulator.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^RESET_URL: .*resetUrl must be an https URL/);
  });

  /** Stops the child as Ctrl-C would and waits for it to exit. */
  async function stop(emulator: ReturnType<typeof run>, child = children[children.length - 1]!) {
    child.kill('SIGINT');
    return emulator.exit;
  }

  /** The banner lines that name ids (what a developer copies into the app's config). */
  const idLines = (banner: string) =>
    banner.split('\n').filter((line) => /^ {2}(user pool id|client id|secret client id|client secret|no-USER_AUTH id) /.test(line));

  it('prints and answers the same ids after a restart, on the same EMULATOR_DATA_DIR (users kept) and on a fresh one', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'emulator-cli-test-'));
    try {
      const port = await freePort();
      const first = run({ EMULATOR_PORT: String(port), EMULATOR_DATA_DIR: dataDir });
      const banner1 = await first.ready;
      const info1 = await (await fetch(`http://127.0.0.1:${port}/_harness/info`)).json();
      expect(banner1).toContain(`data              ${dataDir}   (kept: users survive a restart)`);
      const signUp = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
        body: JSON.stringify({
          ClientId: info1.clientId,
          Username: 'alice',
          Password: 'Passw0rd!',
          UserAttributes: [{ Name: 'email', Value: 'alice@example.com' }],
        }),
      });
      expect(signUp.status).toBe(200);
      await stop(first);

      const second = run({ EMULATOR_PORT: String(port), EMULATOR_DATA_DIR: dataDir });
      const banner2 = await second.ready;
      expect(await (await fetch(`http://127.0.0.1:${port}/_harness/info`)).json()).toEqual(info1);
      expect(idLines(banner2)).toEqual(idLines(banner1));
      expect(idLines(banner1)).toHaveLength(5);
      const resend = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.ResendConfirmationCode',
        },
        body: JSON.stringify({ ClientId: info1.clientId, Username: 'alice' }),
      });
      expect(resend.status).toBe(200);
      await stop(second);

      const fresh = run({ EMULATOR_PORT: String(port) });
      const banner3 = await fresh.ready;
      expect(banner3).toContain('data              a temp dir, gone on stop (EMULATOR_DATA_DIR keeps it)');
      expect(idLines(banner3)).toEqual(idLines(banner1));
      expect(await (await fetch(`http://127.0.0.1:${port}/_harness/info`)).json()).toEqual(info1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('EMULATOR_USER_POOL_ID, EMULATOR_CLIENT_ID, … set the ids it prints and answers', async () => {
    const port = await freePort();
    const emulator = run({
      EMULATOR_PORT: String(port),
      EMULATOR_USER_POOL_ID: 'eu-west-1_AbC123',
      EMULATOR_CLIENT_ID: '4tq1example',
      EMULATOR_SECRET_CLIENT_ID: '7abcexample',
      EMULATOR_CLIENT_SECRET: 'localsecret',
      EMULATOR_NO_USER_AUTH_CLIENT_ID: 'nouserauth',
    });
    const banner = await emulator.ready;
    expect(idLines(banner).map((line) => line.trim().split(/\s{2,}/)[1])).toEqual([
      'eu-west-1_AbC123',
      '4tq1example',
      '7abcexample',
      'localsecret',
      'nouserauth',
    ]);
    expect(await (await fetch(`http://127.0.0.1:${port}/_harness/info`)).json()).toEqual({
      endpoint: `http://127.0.0.1:${port}/`,
      userPoolId: 'eu-west-1_AbC123',
      clientId: '4tq1example',
      secretClientId: '7abcexample',
      testOnlyClientSecret: 'localsecret',
      noUserAuthClientId: 'nouserauth',
    });
  });

  it.each([
    ['EMULATOR_USER_POOL_ID', 'AbC123'],
    ['EMULATOR_USER_POOL_ID', '../x_y'],
    ['EMULATOR_CLIENT_ID', 'has space'],
    ['EMULATOR_CLIENT_SECRET', 'x'.repeat(65)],
    ['EMULATOR_NO_USER_AUTH_CLIENT_ID', 'dash-ed'],
    ['EMULATOR_SECRET_CLIENT_ID', 'confirmkitpublicclient'],
  ])('refuses %s=%s in one line naming the variable, exit 1', async (variable, value) => {
    const emulator = run({ EMULATOR_PORT: String(await freePort()), [variable]: value });
    expect(await emulator.exit).toBe(1);
    const { stdout, stderr } = emulator.output();
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${variable} must `))]);
  });
});
