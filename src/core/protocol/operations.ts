/**
 * Wire shapes of the Cognito user-pool operations the kit calls, field for field as the Cognito API
 * reference names them, so values from the AWS SDK or Amplify can be passed through.
 */

/** The model's `DeliveryMediumType` enum. */
export const DELIVERY_MEDIUMS = ['SMS', 'EMAIL'] as const;
export type DeliveryMedium = (typeof DELIVERY_MEDIUMS)[number];

export interface CodeDeliveryDetails {
  /** Where the code went. Cognito masks it (`j***@e***.com`); other sources may not. */
  Destination?: string | undefined;
  DeliveryMedium?: DeliveryMedium | undefined;
  AttributeName?: string | undefined;
}

export interface UserContextData {
  /** Only meaningful when set by a server; needs `EnablePropagateAdditionalUserContextData` on the app client. */
  IpAddress?: string | undefined;
  /** The string returned by the advanced-security script's `getData(...)`. */
  EncodedData?: string | undefined;
}

export interface AnalyticsMetadata {
  AnalyticsEndpointId?: string | undefined;
}

/** Handed to the custom-message Lambda trigger. Cognito neither stores nor encrypts it: no secrets here. */
export type ClientMetadata = Record<string, string>;

export interface ResendConfirmationCodeRequest {
  ClientId: string;
  Username: string;
  SecretHash?: string | undefined;
  UserContextData?: UserContextData | undefined;
  AnalyticsMetadata?: AnalyticsMetadata | undefined;
  ClientMetadata?: ClientMetadata | undefined;
}

export interface ResendConfirmationCodeResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails | undefined;
}

export interface ConfirmSignUpRequest {
  ClientId: string;
  Username: string;
  ConfirmationCode: string;
  SecretHash?: string | undefined;
  ForceAliasCreation?: boolean | undefined;
  UserContextData?: UserContextData | undefined;
  AnalyticsMetadata?: AnalyticsMetadata | undefined;
  ClientMetadata?: ClientMetadata | undefined;
  /** Returned by SignUp in pools with auto sign-in after confirmation. */
  Session?: string | undefined;
}

export interface ConfirmSignUpResponse {
  /** For `InitiateAuth` USER_AUTH (sign-in without a password), when the app client allows USER_AUTH. */
  Session?: string | undefined;
}

/** The model's `ChallengeNameType`: what Cognito may ask for instead of answering tokens. */
export type ChallengeName =
  | 'SMS_MFA'
  | 'EMAIL_OTP'
  | 'SOFTWARE_TOKEN_MFA'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'PASSWORD_VERIFIER'
  | 'CUSTOM_CHALLENGE'
  | 'SELECT_CHALLENGE'
  | 'DEVICE_SRP_AUTH'
  | 'DEVICE_PASSWORD_VERIFIER'
  | 'ADMIN_NO_SRP_AUTH'
  | 'NEW_PASSWORD_REQUIRED'
  | 'SMS_OTP'
  | 'PASSWORD'
  | 'WEB_AUTHN'
  | 'PASSWORD_SRP';

/**
 * `InitiateAuth` in the forms the kit sends, all `USER_AUTH`: with the Session `ConfirmSignUp` answered
 * (the code just confirmed is the first factor), or with `PREFERRED_CHALLENGE: 'PASSWORD'` and the
 * password just set by `ConfirmForgotPassword`. No SRP or refresh parameters, by design; the server
 * handler never forwards a password from a browser (it signs in itself after a reset it relayed).
 */
export interface InitiateAuthRequest {
  AuthFlow: 'USER_AUTH';
  AuthParameters: {
    USERNAME: string;
    /** For an app client with a secret; the server handler computes it. */
    SECRET_HASH?: string | undefined;
    /** Without a Session: the first factor asked for. */
    PREFERRED_CHALLENGE?: 'PASSWORD' | undefined;
    /** With `PREFERRED_CHALLENGE: 'PASSWORD'` only. */
    PASSWORD?: string | undefined;
  };
  ClientMetadata?: ClientMetadata | undefined;
  ClientId: string;
  AnalyticsMetadata?: AnalyticsMetadata | undefined;
  UserContextData?: UserContextData | undefined;
  /** From `ConfirmSignUp`; single-use, valid for the app client's AuthSessionValidity (3–15 min). Either this or `PREFERRED_CHALLENGE`. */
  Session?: string | undefined;
}

/** The model's `NewDeviceMetadataType`, for device tracking ("remember this device"). */
export interface NewDeviceMetadata {
  DeviceKey?: string | undefined;
  DeviceGroupKey?: string | undefined;
}

/**
 * The model's `AuthenticationResultType`. Every member is optional there, and some transports leave
 * some out: Amplify keeps the refresh token in its own store, and a server `onSignedIn` hook may keep
 * every token (an HttpOnly cookie instead), answering only `ExpiresIn` and `TokenType`.
 */
export interface AuthenticationResult {
  AccessToken?: string | undefined;
  /** Seconds the access token lives. */
  ExpiresIn?: number | undefined;
  /** `Bearer`. */
  TokenType?: string | undefined;
  RefreshToken?: string | undefined;
  IdToken?: string | undefined;
  NewDeviceMetadata?: NewDeviceMetadata | undefined;
}

/**
 * Either `AuthenticationResult` (signed in) or a challenge: `ChallengeName` with its `Session` and
 * `ChallengeParameters` (an MFA code, say), for the app to continue with RespondToAuthChallenge.
 */
export interface InitiateAuthResponse {
  ChallengeName?: ChallengeName | undefined;
  Session?: string | undefined;
  ChallengeParameters?: Record<string, string> | undefined;
  AuthenticationResult?: AuthenticationResult | undefined;
  /** For choice-based sign-in (`SELECT_CHALLENGE`). */
  AvailableChallenges?: ChallengeName[] | undefined;
}

export interface GetUserAttributeVerificationCodeRequest {
  AccessToken: string;
  AttributeName: string;
  ClientMetadata?: ClientMetadata | undefined;
}

export interface GetUserAttributeVerificationCodeResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails | undefined;
}

export interface VerifyUserAttributeRequest {
  AccessToken: string;
  AttributeName: string;
  Code: string;
}

export type VerifyUserAttributeResponse = Record<string, never>;

export interface ForgotPasswordRequest {
  ClientId: string;
  SecretHash?: string | undefined;
  UserContextData?: UserContextData | undefined;
  Username: string;
  AnalyticsMetadata?: AnalyticsMetadata | undefined;
  ClientMetadata?: ClientMetadata | undefined;
}

export interface ForgotPasswordResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails | undefined;
}

export interface ConfirmForgotPasswordRequest {
  ClientId: string;
  SecretHash?: string | undefined;
  Username: string;
  ConfirmationCode: string;
  /** The new password. Never logged, stored or quoted in an error. */
  Password: string;
  AnalyticsMetadata?: AnalyticsMetadata | undefined;
  UserContextData?: UserContextData | undefined;
  ClientMetadata?: ClientMetadata | undefined;
}

/** How the kit's server handler's own sign-in went, when it could not sign in: Cognito's error type and message. */
export interface SignInFailure {
  __type: string;
  message?: string | undefined;
}

/**
 * Cognito answers `{}`. The kit's server handler (`createConfirmationHandler`) signs in with the new
 * password in the same request, where the password already is, and says how in `SignIn`: Cognito's
 * InitiateAuth answer (tokens or a challenge) or the failure. No other source sets it.
 */
export interface ConfirmForgotPasswordResponse {
  SignIn?: InitiateAuthResponse | SignInFailure | undefined;
}

export interface OperationRequests {
  ResendConfirmationCode: ResendConfirmationCodeRequest;
  ConfirmSignUp: ConfirmSignUpRequest;
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeRequest;
  VerifyUserAttribute: VerifyUserAttributeRequest;
  InitiateAuth: InitiateAuthRequest;
  ForgotPassword: ForgotPasswordRequest;
  ConfirmForgotPassword: ConfirmForgotPasswordRequest;
}

export interface OperationResponses {
  ResendConfirmationCode: ResendConfirmationCodeResponse;
  ConfirmSignUp: ConfirmSignUpResponse;
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeResponse;
  VerifyUserAttribute: VerifyUserAttributeResponse;
  InitiateAuth: InitiateAuthResponse;
  ForgotPassword: ForgotPasswordResponse;
  ConfirmForgotPassword: ConfirmForgotPasswordResponse;
}

export type CognitoOperation = keyof OperationRequests;

export const COGNITO_OPERATIONS: readonly CognitoOperation[] = [
  'ResendConfirmationCode',
  'ConfirmSignUp',
  'GetUserAttributeVerificationCode',
  'VerifyUserAttribute',
  'InitiateAuth',
  'ForgotPassword',
  'ConfirmForgotPassword',
];

export function isCognitoOperation(value: unknown): value is CognitoOperation {
  return typeof value === 'string' && (COGNITO_OPERATIONS as readonly string[]).includes(value);
}
