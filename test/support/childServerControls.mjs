// What the tests do to a database they started as a child process (redis-server, dynalite): freeze it,
// thaw it, and stop it by PID.

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<unknown>} exited resolves once the child has exited
 */
export function childServerControls(child, exited) {
  let stopping;
  return {
    pid: child.pid,
    /** SIGSTOP: connections are still accepted by the kernel, nothing answers (a frozen or overloaded server). */
    freeze: () => process.kill(child.pid, 'SIGSTOP'),
    thaw: () => process.kill(child.pid, 'SIGCONT'),
    /** SIGKILL by PID, like a server that crashed; resolves once it has exited. Idempotent. */
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          process.kill(child.pid, 'SIGCONT');
          process.kill(child.pid, 'SIGKILL');
        }
        await exited;
      })();
      return stopping;
    },
  };
}
