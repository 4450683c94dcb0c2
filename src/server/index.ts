// Node / edge runtimes only: holds the client secret's code paths. Never import from browser code.
export { computeSecretHash } from './computeSecretHash.js';
export type { SecretHashInput } from './computeSecretHash.js';
export { createConfirmationHandler } from './createConfirmationHandler.js';
export type { ConfirmationHandlerOptions } from './createConfirmationHandler.js';
