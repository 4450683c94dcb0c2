/**
 * Wire shapes of the four Cognito user-pool operations the kit calls, field for field as the
 * Cognito API reference names them, so values from the AWS SDK or Amplify can be passed through.
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
  Session?: string | undefined;
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

export interface OperationRequests {
  ResendConfirmationCode: ResendConfirmationCodeRequest;
  ConfirmSignUp: ConfirmSignUpRequest;
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeRequest;
  VerifyUserAttribute: VerifyUserAttributeRequest;
}

export interface OperationResponses {
  ResendConfirmationCode: ResendConfirmationCodeResponse;
  ConfirmSignUp: ConfirmSignUpResponse;
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeResponse;
  VerifyUserAttribute: VerifyUserAttributeResponse;
}

export type CognitoOperation = keyof OperationRequests;

export const COGNITO_OPERATIONS: readonly CognitoOperation[] = [
  'ResendConfirmationCode',
  'ConfirmSignUp',
  'GetUserAttributeVerificationCode',
  'VerifyUserAttribute',
];

export function isCognitoOperation(value: unknown): value is CognitoOperation {
  return typeof value === 'string' && (COGNITO_OPERATIONS as readonly string[]).includes(value);
}
