/**
 * A deeply frozen copy of JSON-like data: what an app hook is shown, so nothing it does (by
 * mistake or not) changes what the handler sends. Writing to it throws in strict-mode code.
 * `hidden` top-level members (a password) stay readable but not enumerable, so a hook that logs or
 * serialises what it was shown leaves them out.
 */
export function freezeCopy<T>(value: T, hidden: readonly string[] = []): T {
  const copy = structuredClone(value);
  if (typeof copy === 'object' && copy !== null) {
    for (const key of hidden) {
      if (Object.hasOwn(copy, key)) Object.defineProperty(copy, key, { enumerable: false });
    }
  }
  return deepFreeze(copy);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
