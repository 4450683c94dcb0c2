import type { CognitoOperation, OperationRequests, OperationResponses } from '../operations.js';

export interface TransportRequestOptions {
  signal?: AbortSignal | undefined;
  /**
   * Proof that a person asked for this code (a Turnstile / reCAPTCHA token). Only the backend
   * transport sends it, for its server's `verifyHuman`; the others have no server to check it.
   */
  humanToken?: string | undefined;
}

/**
 * Sends one Cognito operation. Implementations resolve with Cognito's JSON answer and reject
 * only with a `CognitoConfirmError`, so callers never see a transport-specific error.
 */
export interface Transport {
  send<Op extends CognitoOperation>(
    operation: Op,
    params: OperationRequests[Op],
    options?: TransportRequestOptions,
  ): Promise<OperationResponses[Op]>;
}
