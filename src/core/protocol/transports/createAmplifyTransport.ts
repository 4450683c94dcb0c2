import { CognitoConfirmError } from '../CognitoConfirmError.js';
import { checkNumberOption, MAX_TIMER_MS } from '../checkNumberOption.js';
import type {
  AuthenticationResult,
  ChallengeName,
  CodeDeliveryDetails,
  DeliveryMedium,
  InitiateAuthRequest,
  InitiateAuthResponse,
} from '../operations.js';
import { isRecord } from '../../shared/isRecord.js';
import { toCognitoConfirmError } from '../toCognitoConfirmError.js';
import type { Transport } from './Transport.js';
import { DEFAULT_TIMEOUT_MS } from './createFetchTransport.js';
import { sendWithTimeout } from './sendWithTimeout.js';

/** Amplify's camelCase `AuthCodeDeliveryDetails`. */
export interface AmplifyCodeDeliveryDetailsLike {
  destination?: string | undefined;
  deliveryMedium?: string | undefined;
  attributeName?: string | undefined;
}

/** Amplify's `SignInOutput`, as far as the transport reads it. */
export interface AmplifySignInOutputLike {
  isSignedIn: boolean;
  nextStep?: { signInStep?: string | undefined } | undefined;
}

/** A token of Amplify's `fetchAuthSession()`: `toString()` is the JWT. */
export interface AmplifyJwtLike {
  payload: { exp?: number | undefined; iat?: number | undefined };
  toString(): string;
}

/**
 * One of Amplify's functions, taking the input the kit passes. Written as a method so its input is
 * compared both ways: Amplify's own input types are stricter about `undefined` than the kit's.
 */
type AmplifyFunction<Input, Output> = { call(input: Input): Promise<Output> }['call'];

/** Amplify's `ResetPasswordOutput`, as far as the transport reads it. */
export interface AmplifyResetPasswordOutputLike {
  nextStep?: { codeDeliveryDetails?: AmplifyCodeDeliveryDetailsLike | undefined } | undefined;
}

/**
 * The functions of `aws-amplify/auth` (v6) the transport calls, typed structurally so the kit never
 * imports Amplify: pass `import * as auth from 'aws-amplify/auth'`. `autoSignIn` and
 * `fetchAuthSession` are needed only for `signInWithSession`, `resetPassword` and
 * `confirmResetPassword` for the reset, `signIn` and `fetchAuthSession` for `signInWithPassword`.
 */
export interface AmplifyAuthLike {
  resendSignUpCode(input: {
    username: string;
    options?: { clientMetadata?: Record<string, string> | undefined } | undefined;
  }): Promise<AmplifyCodeDeliveryDetailsLike>;
  confirmSignUp(input: {
    username: string;
    confirmationCode: string;
    options?: { clientMetadata?: Record<string, string> | undefined; forceAliasCreation?: boolean | undefined } | undefined;
  }): Promise<unknown>;
  sendUserAttributeVerificationCode(input: {
    userAttributeKey: string;
    options?: { clientMetadata?: Record<string, string> | undefined } | undefined;
  }): Promise<AmplifyCodeDeliveryDetailsLike>;
  confirmUserAttribute(input: { userAttributeKey: string; confirmationCode: string }): Promise<void>;
  autoSignIn?: (() => Promise<AmplifySignInOutputLike>) | undefined;
  resetPassword?:
    | AmplifyFunction<
        { username: string; options?: { clientMetadata?: Record<string, string> | undefined } | undefined },
        AmplifyResetPasswordOutputLike
      >
    | undefined;
  confirmResetPassword?:
    | AmplifyFunction<
        {
          username: string;
          confirmationCode: string;
          newPassword: string;
          options?: { clientMetadata?: Record<string, string> | undefined } | undefined;
        },
        void
      >
    | undefined;
  signIn?:
    | AmplifyFunction<
        {
          username: string;
          password?: string | undefined;
          options?:
            | {
                /** The kit passes 'USER_AUTH' and 'PASSWORD'. */
                authFlowType?: string | undefined;
                preferredChallenge?: string | undefined;
                clientMetadata?: Record<string, string> | undefined;
              }
            | undefined;
        },
        AmplifySignInOutputLike
      >
    | undefined;
  fetchAuthSession?:
    | (() => Promise<{ tokens?: { accessToken: AmplifyJwtLike; idToken?: AmplifyJwtLike | undefined } | undefined }>)
    | undefined;
}

/**
 * What the transport's ConfirmSignUp answers as `Session` when Amplify has armed its `autoSignIn`:
 * Amplify keeps the real Session in its own store, out of reach, and its `autoSignIn` uses that one,
 * whatever Session the call passes. A stand-in, so a caller that signs in when ConfirmSignUp answered a
 * Session works the same on every transport.
 */
export const AMPLIFY_AUTO_SIGN_IN_SESSION = 'amplify-auto-sign-in-holds-the-session';

/** Amplify's next sign-in steps → the Cognito challenge behind each; Amplify continues them itself (`confirmSignIn`). */
const CHALLENGES: Readonly<Record<string, ChallengeName>> = {
  CONFIRM_SIGN_IN_WITH_SMS_CODE: 'SMS_MFA',
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: 'SOFTWARE_TOKEN_MFA',
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: 'EMAIL_OTP',
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: 'SELECT_MFA_TYPE',
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: 'MFA_SETUP',
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: 'MFA_SETUP',
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: 'MFA_SETUP',
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: 'NEW_PASSWORD_REQUIRED',
  CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: 'CUSTOM_CHALLENGE',
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: 'SELECT_CHALLENGE',
  CONFIRM_SIGN_IN_WITH_PASSWORD: 'PASSWORD',
};

export interface AmplifyTransportOptions {
  /** Amplify has no timeout of its own (and retries throttling itself). Default 15 000 ms; 0 turns it off. */
  timeoutMs?: number | undefined;
}

const AUTH_FUNCTIONS = ['resendSignUpCode', 'confirmSignUp', 'sendUserAttributeVerificationCode', 'confirmUserAttribute'] as const;

/**
 * Amplify's own input checks (`AuthValidationErrorCode`) and the request field each one is about.
 * Amplify spells one of them `EmptyresendSignUpCodeUsername`; both spellings are listed.
 */
const AMPLIFY_VALIDATION_FIELDS: Readonly<Record<string, string>> = {
  EmptySignUpUsername: 'Username',
  EmptyConfirmSignUpUsername: 'Username',
  EmptyConfirmSignUpCode: 'ConfirmationCode',
  EmptyresendSignUpCodeUsername: 'Username',
  EmptyResendSignUpCodeUsername: 'Username',
  EmptyConfirmUserAttributeCode: 'Code',
  EmptyResetPasswordUsername: 'Username',
  EmptyConfirmResetPasswordUsername: 'Username',
  EmptyConfirmResetPasswordConfirmationCode: 'ConfirmationCode',
  EmptyConfirmResetPasswordNewPassword: 'Password',
  EmptySignInUsername: 'AuthParameters.USERNAME',
  EmptySignInPassword: 'AuthParameters.PASSWORD',
};

/**
 * Sends through Amplify v6's Auth functions, so an app on Amplify keeps its configuration, its
 * signed-in session and its flow (`autoSignIn` completes only when confirm goes through Amplify).
 * Amplify takes the ClientId from `Amplify.configure`, the access token from its own session and
 * collects UserContextData itself; it cannot send a SecretHash, AnalyticsMetadata or an explicit
 * access token, and it cannot be aborted (the kit stops waiting; Amplify's request runs on).
 *
 * `signInWithSession` runs Amplify's own `autoSignIn()`, so Amplify's session store holds the person
 * (`getCurrentUser()`, `fetchAuthSession()` work afterwards). Amplify decides what is sent: its
 * autoSignIn exists only when the app signed up through Amplify's `signUp` with
 * `autoSignIn: { authFlowType: 'USER_AUTH' }`, in the same page (it lives in memory: not after a
 * reload, not in another tab), and the kit's `username` and `session` are not used (Amplify's are).
 * Without it Amplify throws `AutoSignInException`; a second autoSignIn within 300 ms of the previous
 * one is dropped by Amplify's debounce and never settles (the kit's `timeoutMs` ends it). The answer's tokens come from `fetchAuthSession()`:
 * no RefreshToken (Amplify keeps it), and a challenge has no Session (continue with Amplify's `confirmSignIn`).
 *
 * The reset goes through `resetPassword` and `confirmResetPassword`, and `signInWithPassword` through
 * `signIn` with USER_AUTH and `preferredChallenge: 'PASSWORD'`, answered as `signInWithSession` is.
 * Amplify refuses a sign-in while someone is signed in (`UserAlreadyAuthenticatedException`).
 */
export function createAmplifyTransport(auth: AmplifyAuthLike, options: AmplifyTransportOptions = {}): Transport {
  for (const name of AUTH_FUNCTIONS) {
    if (typeof (auth as unknown as Record<string, unknown> | undefined)?.[name] !== 'function') {
      throw new CognitoConfirmError(
        'ValidationError',
        `createAmplifyTransport needs Amplify's auth functions (import * as auth from 'aws-amplify/auth'); ${name} is missing.`,
        { field: 'auth' },
      );
    }
  }
  // As the other transports (TypeError/RangeError naming it), except that 0 keeps Amplify's own timing.
  const timeoutMs = checkNumberOption('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS, { min: 0, max: MAX_TIMER_MS });

  async function run(operation: string, params: Record<string, unknown>): Promise<unknown> {
    if (params['SecretHash'] !== undefined) {
      throw new CognitoConfirmError(
        'ValidationError',
        'Amplify cannot send a SecretHash: use createBackendTransport for an app client with a secret.',
        { field: 'SecretHash' },
      );
    }
    const clientMetadata = params['ClientMetadata'] as Record<string, string> | undefined;
    const withMetadata = clientMetadata ? { clientMetadata } : undefined;
    const needs = (name: 'resetPassword' | 'confirmResetPassword' | 'signIn' | 'fetchAuthSession') => {
      if (typeof auth[name] !== 'function') {
        throw new CognitoConfirmError('ValidationError', `createAmplifyTransport needs Amplify's ${name} for ${operation}.`, {
          field: 'auth',
        });
      }
    };
    switch (operation) {
      case 'ResendConfirmationCode': {
        const details = await auth.resendSignUpCode({
          username: params['Username'] as string,
          ...(withMetadata && { options: withMetadata }),
        });
        return { CodeDeliveryDetails: fromAmplifyCodeDeliveryDetails(details) };
      }
      case 'ConfirmSignUp': {
        const force = params['ForceAliasCreation'] as boolean | undefined;
        const confirmOptions = { ...withMetadata, ...(force !== undefined && { forceAliasCreation: force }) };
        const confirmed = (await auth.confirmSignUp({
          username: params['Username'] as string,
          confirmationCode: params['ConfirmationCode'] as string,
          ...(Object.keys(confirmOptions).length > 0 && { options: confirmOptions }),
        })) as { nextStep?: { signUpStep?: string | undefined } | undefined } | undefined;
        // Amplify keeps the Session for its own autoSignIn (and sends none it was given).
        return confirmed?.nextStep?.signUpStep === 'COMPLETE_AUTO_SIGN_IN' ? { Session: AMPLIFY_AUTO_SIGN_IN_SESSION } : {};
      }
      case 'ForgotPassword': {
        needs('resetPassword');
        const output = await auth.resetPassword!({
          username: params['Username'] as string,
          ...(withMetadata && { options: withMetadata }),
        });
        const nextStep = isRecord(output) ? output.nextStep : undefined;
        const details = isRecord(nextStep) ? (nextStep.codeDeliveryDetails as AmplifyCodeDeliveryDetailsLike | undefined) : undefined;
        return { CodeDeliveryDetails: fromAmplifyCodeDeliveryDetails(details) };
      }
      case 'ConfirmForgotPassword':
        needs('confirmResetPassword');
        await auth.confirmResetPassword!({
          username: params['Username'] as string,
          confirmationCode: params['ConfirmationCode'] as string,
          newPassword: params['Password'] as string,
          ...(withMetadata && { options: withMetadata }),
        });
        return {};
      case 'InitiateAuth': {
        const {
          USERNAME: username,
          PASSWORD: password,
          SECRET_HASH: secretHash,
        } = params['AuthParameters'] as InitiateAuthRequest['AuthParameters'];
        if (password === undefined) {
          if (typeof auth.autoSignIn !== 'function' || typeof auth.fetchAuthSession !== 'function') {
            throw new CognitoConfirmError('ValidationError', 'signInWithSession through Amplify needs autoSignIn and fetchAuthSession.', {
              field: 'auth',
            });
          }
          return fromSignInOutput(await auth.autoSignIn());
        }
        if (secretHash !== undefined) {
          throw new CognitoConfirmError(
            'ValidationError',
            'Amplify cannot send a SECRET_HASH: use createBackendTransport for an app client with a secret.',
            { field: 'AuthParameters.SECRET_HASH' },
          );
        }
        needs('signIn');
        needs('fetchAuthSession');
        const output = await auth.signIn!({
          username,
          password,
          options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD', ...withMetadata },
        });
        return fromSignInOutput(output);
      }
      case 'GetUserAttributeVerificationCode': {
        const details = await auth.sendUserAttributeVerificationCode({
          userAttributeKey: params['AttributeName'] as string,
          ...(withMetadata && { options: withMetadata }),
        });
        return { CodeDeliveryDetails: fromAmplifyCodeDeliveryDetails(details) };
      }
      case 'VerifyUserAttribute':
        await auth.confirmUserAttribute({
          userAttributeKey: params['AttributeName'] as string,
          confirmationCode: params['Code'] as string,
        });
        return {};
      default:
        throw new CognitoConfirmError('ValidationError', `createAmplifyTransport cannot send ${String(operation)}.`, {
          field: 'operation',
        });
    }
  }

  /** Signed in (tokens from Amplify's store), a challenge Amplify continues itself, or the refusal behind the step. */
  async function fromSignInOutput(output: AmplifySignInOutputLike): Promise<InitiateAuthResponse> {
    if (!isRecord(output)) throw new CognitoConfirmError('InvalidResponseError', 'Amplify answered the sign-in with nothing.');
    if (output.isSignedIn === true) return { AuthenticationResult: fromAmplifyTokens((await auth.fetchAuthSession!()).tokens) };
    const step = isRecord(output.nextStep) ? output.nextStep.signInStep : undefined;
    if (step === 'CONFIRM_SIGN_UP') throw new CognitoConfirmError('UserNotConfirmedException', 'User is not confirmed.');
    if (step === 'RESET_PASSWORD') throw new CognitoConfirmError('PasswordResetRequiredException', 'Password reset required.');
    const challenge = typeof step === 'string' && Object.hasOwn(CHALLENGES, step) ? CHALLENGES[step] : undefined;
    return challenge ? { ChallengeName: challenge, ChallengeParameters: {} } : {};
  }

  return {
    send(operation, params, { signal } = {}) {
      return sendWithTimeout(
        async () => {
          try {
            return (await run(operation, params as unknown as Record<string, unknown>)) as never;
          } catch (error) {
            throw fromAmplifyError(error);
          }
        },
        { signal, timeoutMs },
      );
    },
  };
}

/** Amplify's `{ destination, deliveryMedium, attributeName }` in Cognito's shape; unknown media are left out. */
export function fromAmplifyCodeDeliveryDetails(details: AmplifyCodeDeliveryDetailsLike | undefined): CodeDeliveryDetails | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const result: CodeDeliveryDetails = {};
  if (typeof details.destination === 'string') result.Destination = details.destination;
  if (details.deliveryMedium === 'EMAIL' || details.deliveryMedium === 'SMS')
    result.DeliveryMedium = details.deliveryMedium as DeliveryMedium;
  if (typeof details.attributeName === 'string') result.AttributeName = details.attributeName;
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The tokens Amplify stored, in Cognito's shape (no RefreshToken: Amplify does not hand it out). */
function fromAmplifyTokens(
  tokens: { accessToken: AmplifyJwtLike; idToken?: AmplifyJwtLike | undefined } | undefined,
): AuthenticationResult {
  if (!tokens) throw new CognitoConfirmError('InvalidResponseError', 'Amplify signed in but holds no tokens.');
  const { exp, iat } = tokens.accessToken.payload;
  const result: AuthenticationResult = { AccessToken: tokens.accessToken.toString(), TokenType: 'Bearer' };
  if (tokens.idToken) result.IdToken = tokens.idToken.toString();
  if (typeof exp === 'number' && typeof iat === 'number') result.ExpiresIn = exp - iat;
  return result;
}

/**
 * Amplify's `AuthError` carries the Cognito exception as `name` and the status in
 * `metadata.httpStatusCode` (both read by `toCognitoConfirmError`); its own input checks and its
 * `NetworkError` become the kit's codes.
 */
function fromAmplifyError(error: unknown): CognitoConfirmError {
  if (error instanceof CognitoConfirmError) return error;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (typeof name === 'string') {
    const field = AMPLIFY_VALIDATION_FIELDS[name];
    if (field) {
      const message = (error as { message?: unknown }).message;
      return new CognitoConfirmError('ValidationError', typeof message === 'string' && message ? message : `${field} is required.`, {
        field,
        cause: error,
      });
    }
    if (name === 'NetworkError') {
      return new CognitoConfirmError('NetworkError', 'The network request failed. Check the connection and try again.', { cause: error });
    }
  }
  return toCognitoConfirmError(error);
}
