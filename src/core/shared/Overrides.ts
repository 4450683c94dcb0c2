/**
 * Some of `T`'s fields, each of which may also be `undefined` (meaning "keep the default"), so apps
 * compiled with `exactOptionalPropertyTypes` can pass values that may be missing. `Partial<T>` would
 * refuse an explicit `undefined` there.
 */
export type Overrides<T> = { [K in keyof T]?: T[K] | undefined };
