// CustomMessage trigger events as Cognito sends them: the shape of the example event in the AWS docs
// ("Custom message Lambda trigger", the sign-up example: version, triggerSource, region, userPoolId,
// userName, callerContext, request with codeParameter "{####}", linkParameter "{##Click Here##}",
// usernameParameter null, response with three nulls), typed with @types/aws-lambda so a field the real
// events lack, or one they need, fails the typecheck.
import type { CustomMessageTriggerEvent } from 'aws-lambda';

export type TriggerSource = CustomMessageTriggerEvent['triggerSource'];

export const ALL_TRIGGER_SOURCES: readonly TriggerSource[] = [
  'CustomMessage_SignUp',
  'CustomMessage_ResendCode',
  'CustomMessage_VerifyUserAttribute',
  'CustomMessage_ForgotPassword',
  'CustomMessage_AdminCreateUser',
  'CustomMessage_UpdateUserAttribute',
  'CustomMessage_Authentication',
];

export interface EventInput {
  userName?: string;
  clientMetadata?: Record<string, string>;
  userAttributes?: Record<string, string>;
  codeParameter?: string;
}

export function customMessageEvent<S extends TriggerSource>(
  triggerSource: S,
  input: EventInput = {},
): Extract<CustomMessageTriggerEvent, { triggerSource: S }> {
  const event = {
    version: '1',
    triggerSource,
    region: 'us-east-1',
    userPoolId: 'us-east-1_EXAMPLE',
    userName: input.userName ?? 'test-user',
    callerContext: {
      awsSdkVersion: 'aws-sdk-unknown-unknown',
      clientId: '1example23456789',
    },
    request: {
      userAttributes: input.userAttributes ?? {
        sub: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
        'cognito:user_status': 'UNCONFIRMED',
        email_verified: 'false',
        phone_number_verified: 'false',
        phone_number: '+12065551212',
        email: 'test-user@example.com',
      },
      codeParameter: input.codeParameter ?? '{####}',
      linkParameter: '{##Click Here##}',
      usernameParameter: triggerSource === 'CustomMessage_AdminCreateUser' ? '{username}' : null,
      ...(input.clientMetadata ? { clientMetadata: input.clientMetadata } : {}),
    },
    response: {
      smsMessage: null,
      emailMessage: null,
      emailSubject: null,
    },
  };
  return event as Extract<CustomMessageTriggerEvent, { triggerSource: S }>;
}
