import { checkNumberOption, explainNumberOption, type NumberOptionBounds } from '../core/protocol/checkNumberOption.js';

/**
 * Core's number check, explained in every build: an operator reading a crash log of a production
 * server (`NODE_ENV=production`, where core's message is only the option's name) sees the rule and
 * the value that broke it. Same `TypeError`/`RangeError` as core.
 */
export function checkServerNumber(name: string, value: unknown, bounds: NumberOptionBounds): number {
  try {
    return checkNumberOption(name, value, bounds);
  } catch (error) {
    throw new (error instanceof TypeError ? TypeError : RangeError)(explainNumberOption(name, value, bounds));
  }
}
