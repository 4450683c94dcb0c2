/**
 * `{ ...base, ...extra }` without reading `base`'s getters: spreading would call the tracked
 * `remainingSeconds` getter and subscribe every caller to per-second re-renders.
 */
export function mergeTracked<A extends object, B extends object>(base: A, extra: B): A & B {
  return Object.defineProperties({ ...extra }, Object.getOwnPropertyDescriptors(base)) as A & B;
}
