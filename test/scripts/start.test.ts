// `npm start` as a user runs it, stopped the way a process manager or a closing terminal stops it.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));

it('SIGTERM stops the demo and the emulator and removes the emulator’s temp folder', { timeout: 120_000 }, async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'start-sigterm-'));
  try {
    const child = spawn(process.execPath, [SCRIPT], {
      // Only what the script reads: free ports, and a temp directory of its own to look into afterwards.
      env: { PATH: process.env.PATH ?? '', TMPDIR: tmp, PORT: '0', EMULATOR_PORT: '0', AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const ready = new Promise<void>((resolve) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('Ctrl-C stops both.')) resolve();
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
    });
    await Promise.race([ready, exit]);
    expect(output).toContain('Ctrl-C stops both.');
    expect((await readdir(tmp)).filter((name) => name.startsWith('cognito-emulator-'))).toHaveLength(1);

    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(await readdir(tmp)).not.toContainEqual(expect.stringMatching(/^cognito-emulator-/));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
