// One number check for all of core (see checkNumberOption): the cooldown names it checkNumber.
export { checkNumberOption as checkNumber } from '../protocol/checkNumberOption.js';
