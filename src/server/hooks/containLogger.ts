import { callContained } from './callContained.js';

/** One wrapper per logger, so what is said "once per logger" (the missing clientIp) stays once. */
const contained = new WeakMap<object, object>();

/**
 * The app's logger with its failures contained (see `callContained`): a `warn` or `error` that throws,
 * rejects or hangs never changes an answer. Only the methods the logger has are wrapped, and a value
 * that is not an object comes back as it is, so the option checks still name what is missing.
 */
export function containLogger<T>(logger: T): T {
  if (typeof logger !== 'object' || logger === null) return logger;
  const known = contained.get(logger);
  if (known) return known as T;
  const safe: Record<string, (...args: unknown[]) => void> = {};
  for (const level of ['warn', 'error'] as const) {
    let method: unknown;
    try {
      method = (logger as Record<string, unknown>)[level];
    } catch {
      return logger;
    }
    if (typeof method === 'function') {
      // The arguments as they came: console.warn(message, undefined) would print "undefined".
      safe[level] = (...args) =>
        callContained(() => (logger as unknown as Record<typeof level, (...a: unknown[]) => unknown>)[level](...args));
    }
  }
  contained.set(logger, safe);
  return safe as T;
}
