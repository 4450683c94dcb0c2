// A throwaway Debian redis-server on a free port (persistence off, no daemon), stopped by its PID.
// Used by redisGlobalSetup.mjs for the run-wide server, and by tests that kill Redis mid-run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

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

/** @param {{ port?: number }} [options] */
export async function startRedisServer(options = {}) {
  const port = options.port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on ${port}:\n${output}`)), 15_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
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
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`));
    });
  });
  child.stdout.resume();
  child.stderr.resume();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stopping;
  return {
    port,
    pid: child.pid,
    url: `redis://127.0.0.1:${port}`,
    /** SIGKILL by PID: the outage tests want it gone at once, like a crashed server. */
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
        await exited;
      })();
      return stopping;
    },
  };
}
