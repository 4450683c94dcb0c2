import {
  ANALYTICS_METADATA,
  ATTRIBUTE_NAME,
  CLIENT_ID,
  CONFIRMATION_CODE,
  type OperationSpec,
  SECRET_HASH,
  SESSION,
  TOKEN,
  USER_CONTEXT_DATA,
  USERNAME,
} from './checkRequest.js';
import type {
  ConfirmSignUpInput,
  GetUserAttributeVerificationCodeInput,
  ResendConfirmationCodeInput,
  SignInWithSessionInput,
  VerifyUserAttributeInput,
} from './inputs.js';

// The operations every sign-up and attribute screen sends through the client's methods. The reset's
// own (ForgotPassword, ConfirmForgotPassword, the password sign-in) are in resetOperations.ts.

export const RESEND_CONFIRMATION_CODE: OperationSpec<'ResendConfirmationCode', ResendConfirmationCodeInput> = {
  operation: 'ResendConfirmationCode',
  required: ['ClientId', 'Username'],
  members: {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    UserContextData: USER_CONTEXT_DATA,
    Username: USERNAME,
    AnalyticsMetadata: ANALYTICS_METADATA,
    ClientMetadata: 'map',
  },
};

export const CONFIRM_SIGN_UP: OperationSpec<'ConfirmSignUp', ConfirmSignUpInput> = {
  operation: 'ConfirmSignUp',
  required: ['ClientId', 'Username', 'ConfirmationCode'],
  members: {
    ClientId: CLIENT_ID,
    SecretHash: SECRET_HASH,
    Username: USERNAME,
    ConfirmationCode: CONFIRMATION_CODE,
    ForceAliasCreation: 'boolean',
    AnalyticsMetadata: ANALYTICS_METADATA,
    UserContextData: USER_CONTEXT_DATA,
    ClientMetadata: 'map',
    Session: SESSION,
  },
};

export const GET_USER_ATTRIBUTE_VERIFICATION_CODE: OperationSpec<
  'GetUserAttributeVerificationCode',
  GetUserAttributeVerificationCodeInput
> = {
  operation: 'GetUserAttributeVerificationCode',
  required: ['AccessToken', 'AttributeName'],
  members: { AccessToken: TOKEN, AttributeName: ATTRIBUTE_NAME, ClientMetadata: 'map' },
};

export const VERIFY_USER_ATTRIBUTE: OperationSpec<'VerifyUserAttribute', VerifyUserAttributeInput> = {
  operation: 'VerifyUserAttribute',
  required: ['AccessToken', 'AttributeName', 'Code'],
  members: { AccessToken: TOKEN, AttributeName: ATTRIBUTE_NAME, Code: CONFIRMATION_CODE },
};

/**
 * InitiateAuth in the form the sign-up screens send: USER_AUTH with ConfirmSignUp's Session, no
 * password (AuthParameters is USERNAME + SECRET_HASH only; AuthParameters and Session are required
 * here, not in the model). A password given to `signInWithSession` is not sent.
 */
export const SIGN_IN_WITH_SESSION: OperationSpec<'InitiateAuth', SignInWithSessionInput> = {
  operation: 'InitiateAuth',
  required: ['AuthFlow', 'AuthParameters', 'ClientId', 'Session', 'USERNAME'],
  members: {
    AuthFlow: ['USER_AUTH'],
    AuthParameters: { USERNAME: USERNAME, SECRET_HASH: SECRET_HASH },
    ClientMetadata: 'map',
    ClientId: CLIENT_ID,
    AnalyticsMetadata: ANALYTICS_METADATA,
    UserContextData: USER_CONTEXT_DATA,
    Session: SESSION,
  },
  auth: (input) => ({ USERNAME: input['username'], SECRET_HASH: input['secretHash'] }),
};
