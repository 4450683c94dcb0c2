import { withoutUndefined } from '../shared/withoutUndefined.js';
import { buildRequest, type OperationInputs, type RequestDefaults } from './buildRequest.js';
import type { SignInWithPasswordInput, SignInWithSessionInput } from './inputs.js';
import { CognitoConfirmError } from './CognitoConfirmError.js';
import type { CognitoOperation, OperationResponses } from './operations.js';
import { readSignIn } from './readSignIn.js';
import { regionFromUserPoolId } from './regionFromUserPoolId.js';
import { toCognitoConfirmError } from './toCognitoConfirmError.js';
import type { Transport } from './transports/Transport.js';
import { checkStringMap, validateRequest } from './validateRequest.js';
import { withoutSecret } from './withoutSecret.js';
import { isRecord } from '../shared/isRecord.js';

/** The shortest password searched for in answers and errors. */
const MIN_SEARCHED = 4;

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
   * Sends a password-reset code: ForgotPassword. Resolves with where it went (`CodeDeliveryDetails`);
   * rejects with `UserNotFoundException` (unless the pool hides it), `InvalidParameterException` (no
   * verified email or phone), `LimitExceededException`…
   */
  forgotPassword(input: OperationInputs['ForgotPassword'], options?: CallOptions): Promise<OperationResponses['ForgotPassword']>;
  /**
   * Sets the new password with the code: ConfirmForgotPassword. Cognito answers `{}`; the kit's server
   * handler adds `SignIn` (it signs in there, in the same request): tokens, a challenge with its
   * Session, or a failure `{ __type, message? }`.
   *
   * Resolving means the password was changed, and the call never rejects because of `SignIn`: a
   * `SignIn` that is not one of those three (not an object, tokens without an AccessToken, a challenge
   * without a Session, a failure without a type) or that mentions the password resolves as the failure
   * `{ __type: 'InvalidResponseError' }`; show "Password changed" and offer a sign-in. Rejects only when
   * the change itself failed (`CodeMismatchException`, `ExpiredCodeException`, `InvalidPasswordException`,
   * `PasswordHistoryPolicyViolationException`, `LimitExceededException`…). The password is never logged
   * or quoted: not in an error's message, field or cause, even when the server echoes it.
   */
  confirmForgotPassword(
    input: OperationInputs['ConfirmForgotPassword'],
    options?: CallOptions,
  ): Promise<OperationResponses['ConfirmForgotPassword']>;
  /**
   * Signs in with the password a reset has just set: InitiateAuth USER_AUTH, PREFERRED_CHALLENGE
   * PASSWORD. The identity-js transport runs the SDK's own SRP sign-in instead (the password never
   * leaves the page; it needs `options.sdk`), the Amplify transport Amplify's `signIn`. Resolves with
   * tokens or a challenge; rejects with `NotAuthorizedException` for a wrong password. The backend
   * transport refuses it before any request (`ValidationError` on `AuthParameters.PASSWORD`), as does
   * the kit's server handler: it signs in within ConfirmForgotPassword instead (`SignIn`).
   */
  signInWithPassword(input: SignInWithPasswordInput, options?: CallOptions): Promise<OperationResponses['InitiateAuth']>;
}

/**
 * The kit's one entry object (like react-query's QueryClient): each method validates its input,
 * adds context data, analytics and ClientMetadata, sends through the transport, and resolves with
 * Cognito's answer or rejects with a `CognitoConfirmError`, never anything else.
 */
export function createCognitoConfirmClient(config: CognitoConfirmClientConfig): CognitoConfirmClient {
  regionFromUserPoolId(config.userPoolId);
  validateRequest('ResendConfirmationCode', { ClientId: config.clientId, Username: 'x' });
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

  async function call<Op extends CognitoOperation>(operation: Op, input: OperationInputs[Op], options: CallOptions = {}) {
    const given = isRecord(input) ? input['password'] : undefined;
    // A request carrying a password: nothing the server or the transport answers may quote it. Below
    // MIN_SEARCHED characters (no pool accepts one: the policy minimum is 6) a match tells nothing.
    const password = typeof given === 'string' && given.length >= MIN_SEARCHED ? given : undefined;
    // The kit's own validation never quotes a value (test/core/protocol/validateRequest.test.ts).
    let sent = false;
    try {
      const params = await buildRequest(operation, input, defaults);
      sent = true;
      const answer = await config.transport.send(
        operation,
        params,
        withoutUndefined({ signal: options.signal || undefined, humanToken: options.humanToken || undefined }),
      );
      // Signed in or asked for more: an answer that is neither would leave the caller guessing.
      if (operation === 'InitiateAuth') {
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
      if (operation === 'ConfirmForgotPassword') {
        // Answered: the password is changed, whatever the kit server's sign-in says.
        const { SignIn: signIn, ...rest } = (isRecord(answer) ? answer : {}) as OperationResponses['ConfirmForgotPassword'];
        const read = readSignIn(signIn, password);
        return (read === undefined ? rest : { ...rest, SignIn: read }) as OperationResponses[Op];
      }
      return answer;
    } catch (error) {
      const mapped = toCognitoConfirmError(error);
      throw password && sent ? withoutSecret(mapped, password) : mapped;
    }
  }

  return {
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    resendConfirmationCode: (input, options) => call('ResendConfirmationCode', input, options),
    confirmSignUp: (input, options) => call('ConfirmSignUp', input, options),
    getUserAttributeVerificationCode: (input, options) => call('GetUserAttributeVerificationCode', input, options),
    verifyUserAttribute: (input, options) => call('VerifyUserAttribute', input, options),
    // Each sign-in only in its own form: a password given to signInWithSession is not sent.
    signInWithSession: (input, options) => call('InitiateAuth', { ...input, password: undefined } as SignInWithSessionInput, options),
    forgotPassword: (input, options) => call('ForgotPassword', input, options),
    confirmForgotPassword: (input, options) => call('ConfirmForgotPassword', input, options),
    signInWithPassword: (input, options) => call('InitiateAuth', { ...input, session: undefined } as SignInWithPasswordInput, options),
  };
}
