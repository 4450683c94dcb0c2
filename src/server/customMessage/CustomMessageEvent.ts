// The fields of Cognito's CustomMessage trigger event the handler reads and writes, declared here
// rather than imported from @types/aws-lambda (a dev dependency): the package's types must resolve
// without it. @types/aws-lambda's CustomMessageTriggerEvent fits this shape.

/** Cognito's CustomMessage trigger event (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html). */
export interface CustomMessageEvent {
  version?: string | undefined;
  /** `CustomMessage_SignUp`, `CustomMessage_ResendCode`, `CustomMessage_VerifyUserAttribute`, `CustomMessage_ForgotPassword`, … */
  triggerSource: string;
  region?: string | undefined;
  userPoolId?: string | undefined;
  /** The user's username in the pool (the `sub` when the pool signs in with email or phone). */
  userName?: string | undefined;
  callerContext?: { awsSdkVersion?: string | undefined; clientId?: string | undefined } | undefined;
  request: {
    userAttributes?: Record<string, string> | undefined;
    /** The placeholder Cognito replaces with the code after the function returns, usually `{####}`. */
    codeParameter?: string | null | undefined;
    linkParameter?: string | null | undefined;
    /** Only for `CustomMessage_AdminCreateUser`; null otherwise. */
    usernameParameter?: string | null | undefined;
    /** The ClientMetadata of the call that sent the code (SignUp, ResendConfirmationCode, …). */
    clientMetadata?: Record<string, string> | undefined;
  };
  response: {
    smsMessage?: string | null | undefined;
    emailMessage?: string | null | undefined;
    emailSubject?: string | null | undefined;
  };
}

/** The trigger sources the handler writes messages for (ForgotPassword only with `resetUrl`); every other one is returned unchanged. */
export type ConfirmTriggerSource =
  | 'CustomMessage_SignUp'
  | 'CustomMessage_ResendCode'
  | 'CustomMessage_VerifyUserAttribute'
  | 'CustomMessage_ForgotPassword';
