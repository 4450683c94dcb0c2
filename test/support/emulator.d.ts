// Types for emulator.mjs. TypeScript resolves `./emulator.mjs` to emulator.d.mts, which re-exports
// this file; `./emulator.js`-style and extensionless imports land here directly.

export type LogLevel = 'silent' | 'error' | 'info';

export interface SentMessage {
  /** The user's Username in the pool (plain usernames: what was signed up with). */
  username: string;
  /** Where the code went, unmasked (cognito-local does not mask). */
  destination: string;
  medium: 'EMAIL' | 'SMS';
  code: string;
  /** ClientMetadata of the request that caused the delivery, when it had one. */
  clientMetadata?: Record<string, string>;
  /** cognito-local's message source, e.g. 'SignUp', 'ResendCode', 'VerifyUserAttribute', 'ForgotPassword'. */
  source?: string;
  /** Email subject a CustomMessage handler set (EMAIL only). */
  subject?: string;
  /** The email body or SMS text a CustomMessage handler made, the code filled in (absent: Cognito's default text). */
  body?: string;
  /** Whether the email body is HTML or plain text (EMAIL with a body only). */
  format?: 'html' | 'text';
  /** The first link in `body` that carries the code (an href, unescaped, or a bare URL). */
  link?: string;
  /** Fields of the handler's response Cognito would refuse (over its limit, no {####}); those parts fell back to the default. */
  customMessageErrors?: string[];
  /** Date.now() at delivery. */
  at: number;
}

/** The CustomMessage trigger event the emulator hands to `customMessage`, built as Cognito builds it. */
export interface EmulatorCustomMessageEvent {
  version: '1';
  /** `CustomMessage_` + cognito-local's source: SignUp, ResendCode, VerifyUserAttribute, ForgotPassword, … */
  triggerSource: string;
  region: string;
  userPoolId: string;
  userName: string;
  callerContext: { awsSdkVersion: string; clientId: string };
  request: {
    userAttributes: Record<string, string>;
    codeParameter: string;
    linkParameter: string;
    usernameParameter: string | null;
    clientMetadata?: Record<string, string>;
  };
  response: { smsMessage: string | null; emailMessage: string | null; emailSubject: string | null };
}

export interface RecordedRequest {
  /** Operation name, e.g. 'ResendConfirmationCode' (X-Amz-Target without its service prefix). */
  target: string;
  /** The JSON body exactly as sent (the raw text when it was not valid JSON). */
  body: any;
  /** Request headers, names lower-cased. */
  headers: Record<string, string>;
}

/** The ids the emulator seeds. Each must have Cognito's format for it. */
export interface EmulatorIds {
  /** Default 'local_ConfirmKit'. */
  userPoolId: string;
  /** The app client without a secret. Default 'confirmkitpublicclient'. */
  clientId: string;
  /** The app client with a secret. Default 'confirmkitsecretclient'. */
  secretClientId: string;
  /** Its secret, a local test value. Default 'confirmkitlocaltestsecretnotforproduction'. */
  clientSecret: string;
  /** The app client without ALLOW_USER_AUTH. Default 'confirmkitnouserauthclient'. */
  noUserAuthClientId: string;
}

export declare const DEFAULT_EMULATOR_IDS: Readonly<EmulatorIds>;

/** The password policy settings ConfirmForgotPassword applies (Cognito's PasswordPolicyType, minus history and temporary passwords). */
export interface EmulatorPasswordPolicy {
  /** An integer from 6 to 99. */
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
}

/** Cognito's policy for a pool that sets none: 8 characters, upper and lower case, a number and a symbol. */
export declare const COGNITO_DEFAULT_PASSWORD_POLICY: Readonly<EmulatorPasswordPolicy>;

/** Thrown for a wrong id; `field` names it ('userPoolId', …, or 'ids' for a value that is no object). */
export interface EmulatorIdError extends TypeError {
  name: 'EmulatorIdError';
  field: keyof EmulatorIds | 'ids' | string;
}

/** The given ids over the defaults, checked; throws an EmulatorIdError naming the first wrong one. */
export declare function emulatorIds(given?: Partial<EmulatorIds>): EmulatorIds;

export interface EmulatorOptions {
  /**
   * The pool's and clients' ids. Default: DEFAULT_EMULATOR_IDS, the same on every start, so an app
   * configured from one start still finds the pool after a restart. A pool with this id already in
   * `dataDir` is kept with its users.
   */
  ids?: Partial<EmulatorIds>;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default: a fresh temp dir, removed by stop(). A given dir is created if missing and kept (users survive a restart). */
  dataDir?: string;
  /** ResendConfirmationCode calls allowed per user before LimitExceededException. Default Infinity. */
  resendLimit?: number;
  /** ForgotPassword calls allowed per user before LimitExceededException. Default Infinity. */
  forgotPasswordLimit?: number;
  /**
   * The seeded pool's password policy, over COGNITO_DEFAULT_PASSWORD_POLICY; written to the pool on
   * every start. ConfirmForgotPassword applies it (InvalidPasswordException); SignUp does not.
   */
  passwordPolicy?: Partial<EmulatorPasswordPolicy>;
  /** Default 'silent'. Non-silent logs go to stderr. */
  logLevel?: LogLevel;
  /** Called for every delivered code, after it is recorded. */
  onMessage?: (message: SentMessage) => void;
  /**
   * A CustomMessage Lambda handler (e.g. the kit's createCustomMessageHandler) run for every code sent:
   * its response, with {####} replaced by the code, is the message recorded. Throwing fails the call
   * with UserLambdaValidationException, as on AWS (EMULATOR-ASSUMPTIONS.md).
   */
  customMessage?: (event: EmulatorCustomMessageEvent, context: unknown) => unknown;
}

/** What GET /_harness/info answers. */
export interface HarnessInfo {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  secretClientId: string;
  /** The secret of `secretClientId`: a throwaway local value, for computing SecretHash in tests. */
  testOnlyClientSecret: string;
  /** An app client without ALLOW_USER_AUTH: SignUp answers no Session, InitiateAuth USER_AUTH is refused. */
  noUserAuthClientId: string;
}

/** What the vitest globalSetup provides as inject('cognitoEmulator'). */
export interface CognitoEmulatorInfo {
  endpoint: string;
  port: number;
  userPoolId: string;
  clientId: string;
  secretClientId: string;
  clientSecret: string;
  noUserAuthClientId: string;
}

export interface Emulator {
  /** The Cognito JSON endpoint, e.g. 'http://127.0.0.1:54321/'. */
  endpoint: string;
  port: number;
  /** The data directory (user pool and client JSON files, plain text). */
  dataDir: string;
  /** A pool with AutoVerifiedAttributes ['email'] and plain usernames. */
  userPoolId: string;
  /** App client without a secret. */
  clientId: string;
  /** App client with a secret. */
  secretClientId: string;
  clientSecret: string;
  /**
   * App client without ALLOW_USER_AUTH. The other two allow it: SignUp answers a Session, ConfirmSignUp
   * takes it and answers a new one, InitiateAuth USER_AUTH with that Session (or with PREFERRED_CHALLENGE
   * PASSWORD and the password) answers tokens. All three allow USER_PASSWORD_AUTH and USER_SRP_AUTH
   * (amazon-cognito-identity-js's authenticateUser) (test/support/EMULATOR-ASSUMPTIONS.md).
   */
  noUserAuthClientId: string;
  /** Every POST to the Cognito endpoint, in order. Live: reset() empties it in place. */
  requests: RecordedRequest[];
  /** Every code the emulator delivered, in order. Live: reset() empties it in place. */
  messages: SentMessage[];
  /** The code most recently delivered to this username. */
  latestCode(username: string): string | undefined;
  /** Applies to resends from now on; counts already made are kept until reset(). */
  setResendLimit(n: number): void;
  /** Applies to ForgotPassword from now on; counts already made are kept until reset(). */
  setForgotPasswordLimit(n: number): void;
  /** Lets the user's current code expire (ConfirmSignUp answers ExpiredCodeException until a resend). */
  expireCode(username: string): Promise<void>;
  /** Lets every live sign-up Session of this user expire (as after AuthSessionValidity); resolves with how many. */
  expireSession(username: string): Promise<number>;
  /**
   * Lets the user's live password-reset code expire, as after its hour (ConfirmForgotPassword answers
   * ExpiredCodeException until a new ForgotPassword). Rejects when the user has none.
   */
  expireResetCode(username: string): Promise<void>;
  /** Moves the emulator's clock forward (sessions, reset codes and SRP challenges expire, tokens are dated by it). Own instances only: it is global to the emulator. */
  advanceClock(ms: number): void;
  /** false: GetUserAttributeVerificationCode answers without CodeDeliveryDetails (the code is still sent). */
  setDeliveryDetails(on: boolean): void;
  /** Clears requests, messages, resend and ForgotPassword counters (users, their codes and reset codes stay). */
  reset(): void;
  /** Closes the server (open connections included) and removes the temp data dir. Idempotent. */
  stop(): Promise<void>;
}

export declare function startEmulator(options?: EmulatorOptions): Promise<Emulator>;
