/**
 * A deeply frozen copy of JSON-like data: what an app hook is shown, so nothing it does (by
 * mistake or not) changes what the handler sends. Writing to it throws in strict-mode code.
 */
export function freezeCopy<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
