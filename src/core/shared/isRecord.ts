/** An object that can be read by key (not null; arrays and class instances count, as `typeof` says). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
