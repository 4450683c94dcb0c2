/**
 * A number within [min, max] (finite, as both bounds are): a `TypeError` for another type, a
 * `RangeError` for NaN, Infinity or a value out of range, both naming `name`.
 */
export function checkNumber(
  name: string,
  value: unknown,
  { min, max = Number.MAX_SAFE_INTEGER, integer = false }: { min: number; max?: number; integer?: boolean },
): number {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${value === null ? 'null' : typeof value}.`);
  if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    throw new RangeError(`${name} must be a${integer ? 'n integer' : ' number'} from ${min} to ${max}, got ${value}.`);
  }
  return value;
}
