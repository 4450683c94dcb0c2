// A throwaway dynalite (DynamoDB on LevelDB, in memory) in its own process on a free port, stopped
// by its PID: dynaliteGlobalSetup.mjs starts the run-wide one, and outage tests start and kill their own.
import { spawn } from 'node:child_process';
import { childServerControls } from './childServerControls.mjs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const cli = createRequire(import.meta.url).resolve('dynalite/cli.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** @param {{ port?: number, createTableMs?: number }} [options] */
export async function startDynalite(options = {}) {
  const port = options.port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [cli, '--port', String(port), '--host', '127.0.0.1', '--createTableMs', String(options.createTableMs ?? 0)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const listening = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dynalite did not start on ${port}:\n${output}`));
    }, 15_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Dynalite listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dynalite exited (${code}) before it listened:\n${output}`));
    });
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await listening;
  return { port, endpoint: `http://127.0.0.1:${port}`, ...childServerControls(child, exited) };
}
