import { withoutUndefined } from '../shared/withoutUndefined.js';
import { buildSpecRequest, type OperationInputs, type RequestDefaults } from './buildRequest.js';
import type { SignInWithSessionInput } from './inputs.js';
import { checkRequest, checkStringMap, type OperationSpec } from './checkRequest.js';
import { CognitoConfirmError } from './CognitoConfirmError.js';
import type { CognitoOperation, OperationResponses } from './operations.js';
import { regionFromUserPoolId } from './regionFromUserPoolId.js';
import {
  CONFIRM_SIGN_UP,
  GET_USER_ATTRIBUTE_VERIFICATION_CODE,
  RESEND_CONFIRMATION_CODE,
  SIGN_IN_WITH_SESSION,
  VERIFY_USER_ATTRIBUTE,
} from './signUpOperations.js';
import { toCognitoConfirmError } from './toCognitoConfirmError.js';
import type { Transport } from './transports/Transport.js';
import { isRecord } from '../shared/isRecord.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

export interface CognitoConfirmClientConfig extends RequestDefaults {
  transport: Transport;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Passed to the transport (the backend transport sends it for the server's `verifyHuman`). */
  humanToken?: string | undefined;
}

export interface CognitoConfirmClient {
  readonly userPoolId: string;
  readonly clientId: string;
  resendConfirmationCode(
    input: OperationInputs['ResendConfirmationCode'],
    options?: CallOptions,
  ): Promise<OperationResponses['ResendConfirmationCode']>;
  confirmSignUp(input: OperationInputs['ConfirmSignUp'], options?: CallOptions): Promise<OperationResponses['ConfirmSignUp']>;
  getUserAttributeVerificationCode(
    input: OperationInputs['GetUserAttributeVerificationCode'],
    options?: CallOptions,
  ): Promise<OperationResponses['GetUserAttributeVerificationCode']>;
  verifyUserAttribute(
    input: OperationInputs['VerifyUserAttribute'],
    options?: CallOptions,
  ): Promise<OperationResponses['VerifyUserAttribute']>;
  /**
   * Signs in the person who has just confirmed: InitiateAuth USER_AUTH with ConfirmSignUp's Session,
   * no password. Resolves with `AuthenticationResult` (signed in) or a challenge (`ChallengeName`,
   * e.g. MFA); rejects like the others (`NotAuthorizedException` for a used or expired Session,
   * `InvalidParameterException` when the app client lacks ALLOW_USER_AUTH).
   */
  signInWithSession(input: SignInWithSessionInput, options?: CallOptions): Promise<OperationResponses['InitiateAuth']>;
  /**
   * The one entry every call goes through, for an operation the methods above do not cover: the
   * password reset's `forgotPassword`, `confirmForgotPassword` and `signInWithPassword` (standalone
   * functions, so an app that never resets a password does not carry them) send with it. `spec` is
   * the kit's own description of the operation (its request shape from Cognito's model).
   */
  send<Op extends CognitoOperation, Input>(
    spec: OperationSpec<Op, Input>,
    input: Input,
    options?: CallOptions,
  ): Promise<OperationResponses[Op]>;
}

/**
 * The kit's one entry object (like react-query's QueryClient): each method validates its input,
 * adds context data, analytics and ClientMetadata, sends through the transport, and resolves with
 * Cognito's answer or rejects with a `CognitoConfirmError`, never anything else.
 */
export function createCognitoConfirmClient(config: CognitoConfirmClientConfig): CognitoConfirmClient {
  regionFromUserPoolId(config.userPoolId);
  checkRequest(RESEND_CONFIRMATION_CODE, { ClientId: config.clientId, Username: 'x' });
  if (!config.transport || typeof config.transport.send !== 'function') {
    throw new CognitoConfirmError(
      'ValidationError',
      (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
        ? 'transport'
        : 'createCognitoConfirmClient needs a transport.',
      {
        field: 'transport',
      },
    );
  }
  if (config.clientMetadata !== undefined) checkStringMap('ClientMetadata', config.clientMetadata);
  const defaults: RequestDefaults = { ...config };

  async function send<Op extends CognitoOperation, Input>(spec: OperationSpec<Op, Input>, input: Input, options: CallOptions = {}) {
    // Set once the request is built: the kit's own validation errors need no scrubbing.
    let scrub: OperationSpec<Op, Input>['scrub'];
    try {
      const params = await buildSpecRequest(spec, input, defaults);
      scrub = spec.scrub;
      const answer = (await config.transport.send(
        spec.operation,
        params,
        withoutUndefined({ signal: options.signal || undefined, humanToken: options.humanToken || undefined }),
      )) as OperationResponses[Op];
      // Signed in or asked for more: an answer that is neither would leave the caller guessing.
      if (spec.operation === 'InitiateAuth') {
        const { AuthenticationResult: result, ChallengeName: challenge } = answer as OperationResponses['InitiateAuth'];
        if (!isRecord(result) && typeof challenge !== 'string') {
          throw new CognitoConfirmError(
            'InvalidResponseError',
            (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
              ? 'InitiateAuth'
              : 'InitiateAuth answered neither AuthenticationResult nor ChallengeName.',
            { cause: answer },
          );
        }
      }
      return answer;
    } catch (error) {
      const mapped = toCognitoConfirmError(error);
      throw scrub ? scrub(mapped, input) : mapped;
    }
  }

  return {
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    resendConfirmationCode: (input, options) => send(RESEND_CONFIRMATION_CODE, input, options),
    confirmSignUp: (input, options) => send(CONFIRM_SIGN_UP, input, options),
    getUserAttributeVerificationCode: (input, options) => send(GET_USER_ATTRIBUTE_VERIFICATION_CODE, input, options),
    verifyUserAttribute: (input, options) => send(VERIFY_USER_ATTRIBUTE, input, options),
    signInWithSession: (input, options) => send(SIGN_IN_WITH_SESSION, input, options),
    send,
  };
}
