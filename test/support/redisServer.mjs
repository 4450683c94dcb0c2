// A throwaway Debian redis-server on a free port (persistence off, no daemon), stopped by its PID.
// Used by redisGlobalSetup.mjs for the run-wide server, and by tests that kill Redis mid-run.
import { spawn } from 'node:child_process';
import { childServerControls } from './childServerControls.mjs';
import { connect, createServer } from 'node:net';

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

function pings(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk;
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

/** @param {{ port?: number }} [options] */
export async function startRedisServer(options = {}) {
  const port = options.port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let failed;
  child.once('error', (error) => (failed = error));
  exited.then((code) => (failed ??= new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  // Ready when it answers PING (its log line depends on the log level).
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (failed) throw failed;
    if (await pings(port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer PING on ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, url: `redis://127.0.0.1:${port}`, ...childServerControls(child, exited) };
}
