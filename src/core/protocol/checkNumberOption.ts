export interface NumberOptionBounds {
  /** Smallest accepted value (inclusive). */
  min: number;
  /** Largest accepted value (inclusive). */
  max: number;
}

/**
 * Checks a numeric option when the object using it is made, so a NaN, an Infinity or a negative
 * duration fails loudly at setup instead of quietly turning a timer off or firing it at once.
 * `TypeError` for a non-number, `RangeError` for a number outside `[min, max]`; both name the option.
 */
export function checkNumberOption(name: string, value: unknown, { min, max }: NumberOptionBounds): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${name} must be a number, got ${value === null ? 'null' : typeof value}.`);
  }
  if (!(value >= min && value <= max)) {
    throw new RangeError(`${name} must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

/** setTimeout fires at once for delays above 2^31 - 1 ms (about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;

/** A request timeout: at least 1 ms (0 would time out every request), at most what a timer can wait. */
export function checkTimeoutOption(name: string, value: unknown): number {
  return checkNumberOption(name, value, { min: 1, max: MAX_TIMER_MS });
}
