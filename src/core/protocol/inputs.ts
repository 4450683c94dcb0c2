import type { AnalyticsMetadata, ClientMetadata, UserContextData } from './operations.js';

/** Per-call fields the kit adds to every request unless the call sets them itself. */
interface TrackedInput {
  /** Merged over the client's default ClientMetadata (the call's keys win). Not private: no secrets. */
  clientMetadata?: ClientMetadata | undefined;
  /** Wins over what the kit collects from the advanced-security script. */
  userContextData?: UserContextData | undefined;
  /** Wins over the client's analytics option. */
  analyticsMetadata?: AnalyticsMetadata | undefined;
}

export interface ResendConfirmationCodeInput extends TrackedInput {
  username: string;
  /** Only for app clients with a secret, computed on a server; prefer `createBackendTransport`. */
  secretHash?: string | undefined;
}

export interface ConfirmSignUpInput extends TrackedInput {
  username: string;
  code: string;
  secretHash?: string | undefined;
  forceAliasCreation?: boolean | undefined;
  /** SignUp's `Session`: ConfirmSignUp then answers a Session that signs the person in (`signInWithSession`). */
  session?: string | undefined;
}

/**
 * Signs in the person who has just confirmed, with the Session `ConfirmSignUp` answered: InitiateAuth
 * `USER_AUTH`, no password. Anything else (a password, SRP, a refresh token) is not an input.
 */
export interface SignInWithSessionInput extends TrackedInput {
  username: string;
  /** ConfirmSignUp's `Session` (single-use, a few minutes). */
  session: string;
  /** Only for app clients with a secret, computed on a server; prefer `createBackendTransport`. */
  secretHash?: string | undefined;
}

/**
 * Signs in with the password `ConfirmForgotPassword` has just set: InitiateAuth `USER_AUTH` with
 * `PREFERRED_CHALLENGE: 'PASSWORD'`. The kit sends it only after a reset, with the password typed there.
 */
export interface SignInWithPasswordInput extends TrackedInput {
  username: string;
  password: string;
  secretHash?: string | undefined;
}

export interface ForgotPasswordInput extends TrackedInput {
  username: string;
  /** Only for app clients with a secret, computed on a server; prefer `createBackendTransport`. */
  secretHash?: string | undefined;
}

export interface ConfirmForgotPasswordInput extends TrackedInput {
  username: string;
  code: string;
  /**
   * The new password: 1–256 code points, inner spaces allowed (a passphrase), no leading or trailing
   * whitespace or line break, as Cognito checks it; never logged, stored or quoted.
   */
  password: string;
  secretHash?: string | undefined;
}

export interface GetUserAttributeVerificationCodeInput {
  accessToken: string;
  attributeName: string;
  clientMetadata?: ClientMetadata | undefined;
}

export interface VerifyUserAttributeInput {
  accessToken: string;
  attributeName: string;
  code: string;
}
