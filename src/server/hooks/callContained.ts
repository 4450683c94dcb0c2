/**
 * Calls an observer (onEvent, a meter's counter, a logger, onError) so that nothing it does reaches the
 * answer: a throw, a rejected promise or a thenable whose `then` throws goes to `onFailure`, and a
 * promise that never settles is not waited for. The observer's result is never awaited.
 */
export function callContained(call: () => unknown, onFailure: (error: unknown) => void = ignore): void {
  try {
    const result = call();
    if ((typeof result === 'object' && result !== null) || typeof result === 'function') {
      const then = (result as { then?: unknown }).then;
      if (typeof then === 'function') then.call(result, undefined, (error: unknown) => report(onFailure, error));
    }
  } catch (error) {
    report(onFailure, error);
  }
}

/** `onFailure` is the last resort (onError, or nothing): what it does in turn is dropped. */
function report(onFailure: (error: unknown) => void, error: unknown): void {
  try {
    const result = onFailure(error) as unknown;
    if ((typeof result === 'object' && result !== null) || typeof result === 'function') {
      const then = (result as { then?: unknown }).then;
      if (typeof then === 'function') then.call(result, undefined, ignore);
    }
  } catch {
    // Nothing more to tell.
  }
}

function ignore(): void {}
