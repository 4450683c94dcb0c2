import { withoutUndefined } from '../shared/withoutUndefined.js';
import { collectUserContextData } from './collectUserContextData.js';
import type {
  ConfirmForgotPasswordInput,
  ConfirmSignUpInput,
  ForgotPasswordInput,
  SignInWithPasswordInput,
  GetUserAttributeVerificationCodeInput,
  ResendConfirmationCodeInput,
  SignInWithSessionInput,
  VerifyUserAttributeInput,
} from './inputs.js';
import type { ClientMetadata, CognitoOperation, OperationRequests, UserContextData } from './operations.js';
import { resolveAnalyticsMetadata, type AnalyticsOption } from './resolveAnalyticsMetadata.js';
import { checkRequest, checkStringMap, type OperationSpec } from './checkRequest.js';
import { isRecord } from '../shared/isRecord.js';
import { operationSpec } from './validateRequest.js';

export interface OperationInputs {
  ResendConfirmationCode: ResendConfirmationCodeInput;
  ConfirmSignUp: ConfirmSignUpInput;
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeInput;
  VerifyUserAttribute: VerifyUserAttributeInput;
  InitiateAuth: SignInWithSessionInput | SignInWithPasswordInput;
  ForgotPassword: ForgotPasswordInput;
  ConfirmForgotPassword: ConfirmForgotPasswordInput;
}

/** What the app configures once and every request carries. */
export interface RequestDefaults {
  userPoolId: string;
  clientId: string;
  analytics?: AnalyticsOption | undefined;
  /** `false` never reads the advanced-security script; an object gives values that win over it. */
  contextData?: false | { ipAddress?: string | undefined; encodedData?: string | undefined } | undefined;
  clientMetadata?: ClientMetadata | undefined;
}

/** Checked before the spread: spreading `['a']` would send `{"0":"a"}` and `'abc'` would send `{}`. */
function mergeClientMetadata(defaults: ClientMetadata | undefined, given: ClientMetadata | undefined): ClientMetadata | undefined {
  if (defaults !== undefined) checkStringMap('ClientMetadata', defaults);
  if (given !== undefined) checkStringMap('ClientMetadata', given);
  if (!defaults && !given) return undefined;
  return { ...defaults, ...given };
}

/**
 * The request from a call's input, member by member of the operation's shape: each input is the
 * member's name in camelCase (`Username` ← `username`), except `ConfirmationCode` ← `code`.
 * `ClientId` comes from the client and `ClientMetadata` is the defaults merged with the call's;
 * InitiateAuth's `AuthFlow` is always USER_AUTH and its `AuthParameters` come from the spec's `auth`.
 * Inputs the operation does not take are not sent.
 */
function shapeRequest<Op extends CognitoOperation>(spec: OperationSpec<Op, never>, input: object, defaults: RequestDefaults): unknown {
  const call = input as Record<string, unknown>;
  const request: Record<string, unknown> = {};
  for (const member of Object.keys(spec.members)) {
    const value =
      member === 'ClientId'
        ? defaults.clientId
        : member === 'ClientMetadata'
          ? mergeClientMetadata(defaults.clientMetadata, call['clientMetadata'] as ClientMetadata | undefined)
          : member === 'AuthFlow'
            ? 'USER_AUTH'
            : member === 'AuthParameters'
              ? withoutUndefined(spec.auth!(call))
              : call[member === 'ConfirmationCode' ? 'code' : member[0]!.toLowerCase() + member.slice(1)];
    if (value !== undefined) request[member] = value;
  }
  return request;
}

/**
 * Turns a call's input into Cognito's request: the client's ClientId and default ClientMetadata,
 * then validation (so a bad value throws before anything is collected or sent), then context data
 * and analytics for the operations that accept them. The one place every request is made.
 */
export async function buildRequest<Op extends CognitoOperation>(
  operation: Op,
  input: OperationInputs[Op],
  defaults: RequestDefaults,
): Promise<OperationRequests[Op]> {
  return buildSpecRequest(operationSpec(operation), input, defaults);
}

/** `buildRequest` for the operation `spec` describes: what the client sends, with only that operation's shape. */
export async function buildSpecRequest<Op extends CognitoOperation>(
  spec: OperationSpec<Op, never>,
  input: unknown,
  defaults: RequestDefaults,
): Promise<OperationRequests[Op]> {
  if (!isRecord(input)) checkRequest(spec, input);
  const params = shapeRequest(spec, input, defaults);
  checkRequest(spec, params);

  // The attribute operations take no context data and no analytics.
  if (!spec.members['UserContextData']) return params;

  const tracked = params as OperationRequests[Exclude<CognitoOperation, 'GetUserAttributeVerificationCode' | 'VerifyUserAttribute'>];
  const given: UserContextData = { ...contextDefaults(defaults), ...tracked.UserContextData };
  const username = 'Username' in tracked ? tracked.Username : tracked.AuthParameters.USERNAME;
  const userContextData =
    defaults.contextData === false
      ? tracked.UserContextData
      : collectUserContextData(username, defaults.userPoolId, defaults.clientId, given);
  const analyticsMetadata = tracked.AnalyticsMetadata ?? (await resolveAnalyticsMetadata(defaults.analytics));

  const complete = withoutUndefined({ ...tracked, UserContextData: userContextData, AnalyticsMetadata: analyticsMetadata });
  // Again, for what came from the client's configuration rather than the call.
  checkRequest(spec, complete);
  return complete as OperationRequests[Op];
}

function contextDefaults(defaults: RequestDefaults): UserContextData {
  if (!defaults.contextData) return {};
  return withoutUndefined({ IpAddress: defaults.contextData.ipAddress, EncodedData: defaults.contextData.encodedData });
}
