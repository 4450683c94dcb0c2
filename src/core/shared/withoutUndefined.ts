/**
 * `value` without its `undefined` fields, so spreading it over defaults keeps them: an option given
 * as `undefined` means "not given" (apps under `exactOptionalPropertyTypes` pass such values).
 */
export function withoutUndefined<T extends object>(value: T | undefined): T {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, inner]) => inner !== undefined)) as T;
}
