// Node / edge runtimes only: holds the client secret's code paths. Never import from browser code.
export { computeSecretHash } from './computeSecretHash';
export type { SecretHashInput } from './computeSecretHash';
export { createConfirmationHandler } from './createConfirmationHandler';
export type { ConfirmationHandlerOptions } from './createConfirmationHandler';
