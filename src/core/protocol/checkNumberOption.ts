// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

export interface NumberOptionBounds {
  /** Smallest accepted value (inclusive). */
  min: number;
  /** Largest accepted value (inclusive); default `Number.MAX_SAFE_INTEGER`. */
  max?: number | undefined;
  /** Only whole numbers. */
  integer?: boolean | undefined;
}

/**
 * Checks a numeric option when the object using it is made, so a NaN, an Infinity or a negative
 * duration fails loudly at setup instead of quietly turning a timer off or firing it at once.
 * `TypeError` for a non-number, `RangeError` for a number outside `[min, max]` (or not whole when
 * `integer`); both name the option. The one number check of core: protocol and cooldown share it.
 * The explanation is development-only (the production message is the option's name).
 */
export function checkNumberOption(
  name: string,
  value: unknown,
  { min, max = Number.MAX_SAFE_INTEGER, integer }: NumberOptionBounds,
): number {
  const notNumber = typeof value !== 'number';
  if (notNumber || !((value as number) >= min && (value as number) <= max) || (integer && !Number.isInteger(value))) {
    throw new (notNumber ? TypeError : RangeError)(
      // One expression: esbuild and rolldown drop the texts in production builds only in this form.
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? name
        : explainNumberOption(name, value, { min, max, integer }),
    );
  }
  return value as number;
}

/**
 * Why a value fails `checkNumberOption`, in words. Browser builds reach it only in development (then
 * it is dropped with the branch above); server code, which pays nothing for bytes, explains always.
 */
export function explainNumberOption(
  name: string,
  value: unknown,
  { min, max = Number.MAX_SAFE_INTEGER, integer }: NumberOptionBounds,
): string {
  return typeof value !== 'number'
    ? `${name} must be a number, got ${value === null ? 'null' : typeof value}.`
    : `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${String(value)}.`;
}

/** setTimeout fires at once for delays above 2^31 - 1 ms (about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;

/** A request timeout: at least 1 ms (0 would time out every request), at most what a timer can wait. */
export function checkTimeoutOption(name: string, value: unknown): number {
  return checkNumberOption(name, value, { min: 1, max: MAX_TIMER_MS });
}
