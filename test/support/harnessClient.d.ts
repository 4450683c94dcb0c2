// Types for harnessClient.mjs (reached through harnessClient.d.mts for `./harnessClient.mjs` imports).
import type { HarnessInfo, RecordedRequest, SentMessage } from './emulator.js';

export interface SignUpInput {
  username: string;
  password: string;
  email: string;
  /** Default: the emulator's client without a secret. */
  clientId?: string;
  secretHash?: string;
  clientMetadata?: Record<string, string>;
}

export interface SignUpOutput {
  UserConfirmed: boolean;
  UserSub: string;
  CodeDeliveryDetails?: { Destination: string; DeliveryMedium: 'EMAIL' | 'SMS'; AttributeName: string };
  /** For ConfirmSignUp, when the app client allows USER_AUTH. */
  Session?: string;
}

export interface CognitoCallResult<T = any> {
  status: number;
  body: T;
}

/** Thrown by signUp() (and the side-route helpers) for a non-2xx answer. */
export interface HarnessRequestError extends Error {
  status: number;
  /** Cognito's __type without a namespace prefix, when the body had one. */
  code?: string;
  body: unknown;
}

export interface HarnessClient {
  info(): Promise<HarnessInfo>;
  messages(): Promise<SentMessage[]>;
  requests(): Promise<RecordedRequest[]>;
  latestCode(username: string): Promise<string | undefined>;
  reset(): Promise<void>;
  /** Infinity (or null) lifts the limit. */
  setResendLimit(n: number | null): Promise<void>;
  /** Lets every live sign-up Session of this user expire (as after AuthSessionValidity); resolves with how many. */
  expireSession(username: string): Promise<number>;
  /** ForgotPassword calls allowed per user before LimitExceededException; Infinity (or null) lifts the limit. */
  setForgotPasswordLimit(n: number | null): Promise<void>;
  /** Lets the user's live password-reset code expire (as after its hour); rejects (404) when there is none. */
  expireResetCode(username: string): Promise<void>;
  signUp(input: SignUpInput): Promise<SignUpOutput>;
  /** Any Cognito operation, without throwing on error answers. */
  call<T = any>(operation: string, body: unknown): Promise<CognitoCallResult<T>>;
}

/** `endpoint` is the emulator's Cognito endpoint (inject('cognitoEmulator').endpoint). */
export declare function harnessClient(endpoint: string): HarnessClient;
