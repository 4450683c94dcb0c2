// Compiled (not run) with `exactOptionalPropertyTypes: true`, as strict apps compile: values that may be
// undefined go straight into the kit's optional props and options. Fails to compile if any of them is
// typed `?: T` without `| undefined`.
import type { ReactElement } from 'react';
import {
  type AmplifyCodeDeliveryDetailsLike,
  type AmplifyTransportOptions,
  type AttributeVerificationProps,
  type BackendTransportOptions,
  type CallOptions,
  type CodeDeliveryDetails,
  type CognitoConfirmClientConfig,
  type CognitoConfirmConfig,
  type CognitoConfirmErrorOptions,
  type CognitoConfirmProviderProps,
  type CognitoConfirmThemeProps,
  type ConfirmationCodeInputProps,
  type ConfirmSignUpInput,
  type ConfirmSignUpRequest,
  type CooldownClockOptions,
  type CooldownStoreOptions,
  type CooldownTimerProps,
  type DescribeErrorContext,
  type FetchTransportOptions,
  type GetUserAttributeVerificationCodeInput,
  type IdentityJsTransportOptions,
  type MaskedDestinationProps,
  type ResendCodeButtonProps,
  type ResendConfirmationCodeInput,
  type ResendConfirmationCodeRequest,
  type SignUpConfirmationProps,
  type StartCooldownOptions,
  type TransportRequestOptions,
  type UseAttributeVerificationOptions,
  type UseCodeConfirmationOptions,
  type UseAttributeCodeConfirmationOptions,
  type SignInWithSessionInput,
  type InitiateAuthRequest,
  type UseConfirmSignUpOptions,
  type UseResendConfirmationCodeOptions,
  type VerifyUserAttributeInput,
  AttributeVerification,
  CognitoConfirmProvider,
  CognitoConfirmTheme,
  ConfirmationCodeInput,
  CooldownTimer,
  MaskedDestination,
  ResendCodeButton,
  SignUpConfirmation,
  createBackendTransport,
  createCooldownStore,
  createFetchTransport,
  useConfirmSignUp,
  useResendConfirmationCode,
} from 'cognito-confirm-kit';
import type {
  ConfirmationHandlerOptions,
  LimitsOptions,
  MemoryQuotaStoreOptions,
  RedisQuotaStoreOptions,
  DynamoQuotaStoreOptions,
  LambdaHandlerOptions,
  CustomMessageHandlerOptions,
  CustomMessageEvent,
  SecretHashInput,
} from 'cognito-confirm-kit/server';
import { createConfirmationHandler, createMemoryQuotaStore } from 'cognito-confirm-kit/server';

/** What AWS SDK v3's SignUpCommandOutput gives: every member optional, `| undefined` spelled out. */
interface SignUpAnswer {
  UserConfirmed: boolean | undefined;
  UserSub: string | undefined;
  CodeDeliveryDetails?: CodeDeliveryDetails | undefined;
  Session?: string | undefined;
}
declare const signUpResult: SignUpAnswer;
declare const maybe: { text?: string | undefined; number?: number | undefined; flag?: boolean | undefined };

export function ConfirmPage(): ReactElement {
  const resend = useResendConfirmationCode({
    username: signUpResult.UserSub,
    codeDeliveryDetails: signUpResult.CodeDeliveryDetails,
    cooldownMs: maybe.number,
    codeSentAt: undefined,
    clientMetadata: undefined,
    getHumanToken: undefined,
  });
  const confirm = useConfirmSignUp({
    username: 'jane',
    signUpSession: signUpResult.Session,
    secretHash: undefined,
    clientMetadata: undefined,
  });
  return (
    <CognitoConfirmProvider
      config={{
        userPoolId: 'eu-west-1_A1',
        clientId: 'c',
        transport: createFetchTransport({ region: 'eu-west-1', endpoint: undefined, timeoutMs: maybe.number, fetch: undefined }),
        cooldown: { baseMs: maybe.number, maxMs: undefined },
        messages: { 'code.label': maybe.text },
        locale: maybe.text,
        enumerationSafe: maybe.flag,
        cooldownStorage: undefined,
      }}
      queryClient={undefined}
    >
      <CognitoConfirmTheme
        theme={{ colorPrimary: maybe.text, dark: { colorPrimary: undefined }, colorScheme: undefined }}
        classNames={{ root: maybe.text }}
      >
        <SignUpConfirmation
          username="jane"
          codeDeliveryDetails={signUpResult.CodeDeliveryDetails}
          codeSentAt={maybe.number}
          initialCode={maybe.text}
          codeFromUrl={undefined}
          onConfirmed={undefined}
          onSignIn={undefined}
          signInHref={maybe.text}
          signUpSession={signUpResult.Session}
          onSignedIn={undefined}
          onSignInChallenge={undefined}
          onSignInError={undefined}
          renderSuccess={undefined}
          title={undefined}
          headingLevel={undefined}
          autoFocus={maybe.flag}
          className={maybe.text}
          classNames={undefined}
          theme={undefined}
          messages={undefined}
          locale={undefined}
        />
        <AttributeVerification
          accessToken="t"
          attributeName={undefined}
          codeDeliveryDetails={signUpResult.CodeDeliveryDetails}
          onVerified={undefined}
        />
        <ResendCodeButton username={signUpResult.UserSub} cooldownMs={maybe.number} clientMetadata={undefined} />
        <ConfirmationCodeInput value={maybe.text} onChange={undefined} length={maybe.number} autoFocus={maybe.flag} error={undefined} />
        <MaskedDestination details={signUpResult.CodeDeliveryDetails} destination={undefined} medium={undefined} />
        <CooldownTimer endsAt={null} onComplete={undefined} format={undefined} />
      </CognitoConfirmTheme>
      <output>{`${resend.remainingSeconds} ${confirm.status}`}</output>
    </CognitoConfirmProvider>
  );
}

export const store = createCooldownStore({ storage: undefined, policy: { baseMs: maybe.number }, now: undefined, maxEntries: undefined });
export const backend = createBackendTransport({
  url: '/api/cognito',
  fetch: undefined,
  timeoutMs: maybe.number,
  headers: undefined,
  getHumanToken: undefined,
});
export const handler = createConfirmationHandler({
  clientId: 'c',
  region: 'eu-west-1',
  clientSecret: 's',
  beforeForward: undefined,
  limits: { sendsPerUser: undefined, store: createMemoryQuotaStore({ maxKeys: maybe.number }) },
  onError: undefined,
});

// Every optional property of the exported props and options, and of the option objects inside them,
// takes an explicit undefined. A failure names the property: "Type '"SignUpConfirmationProps.title"' does
// not satisfy the constraint 'never'".
type RefusingUndefined<T, Path extends string, Depth extends unknown[] = []> = Depth['length'] extends 3
  ? never
  : {
      [K in keyof T & string]-?:
        | (object extends Pick<T, K> ? ({ [P in K]: undefined } extends Pick<T, K> ? never : `${Path}${K}`) : never)
        | Inner<NonNullable<T[K]>, `${Path}${K}.`, [...Depth, 1]>;
    }[keyof T & string];
type Inner<V, Path extends string, Depth extends unknown[]> = V extends (...args: never[]) => unknown
  ? never
  : V extends ReactElement | readonly unknown[] | RegExp | AbortSignal | Promise<unknown>
    ? never
    : V extends object
      ? RefusingUndefined<V, Path, Depth>
      : never;
type None<T extends never> = T;

export type AllTakeUndefined = [
  None<RefusingUndefined<SignUpConfirmationProps, 'SignUpConfirmationProps.'>>,
  None<RefusingUndefined<AttributeVerificationProps, 'AttributeVerificationProps.'>>,
  None<RefusingUndefined<ResendCodeButtonProps, 'ResendCodeButtonProps.'>>,
  None<RefusingUndefined<ConfirmationCodeInputProps, 'ConfirmationCodeInputProps.'>>,
  None<RefusingUndefined<MaskedDestinationProps, 'MaskedDestinationProps.'>>,
  None<RefusingUndefined<CooldownTimerProps, 'CooldownTimerProps.'>>,
  None<RefusingUndefined<CognitoConfirmThemeProps, 'CognitoConfirmThemeProps.'>>,
  None<RefusingUndefined<CognitoConfirmProviderProps, 'CognitoConfirmProviderProps.'>>,
  None<RefusingUndefined<CognitoConfirmConfig, 'CognitoConfirmConfig.'>>,
  None<RefusingUndefined<UseResendConfirmationCodeOptions, 'UseResendConfirmationCodeOptions.'>>,
  None<RefusingUndefined<UseConfirmSignUpOptions, 'UseConfirmSignUpOptions.'>>,
  None<RefusingUndefined<UseAttributeVerificationOptions, 'UseAttributeVerificationOptions.'>>,
  None<RefusingUndefined<UseCodeConfirmationOptions, 'UseCodeConfirmationOptions.'>>,
  None<RefusingUndefined<UseAttributeCodeConfirmationOptions, 'UseAttributeCodeConfirmationOptions.'>>,
  None<RefusingUndefined<SignInWithSessionInput, 'SignInWithSessionInput.'>>,
  None<RefusingUndefined<InitiateAuthRequest, 'InitiateAuthRequest.'>>,
  None<RefusingUndefined<DescribeErrorContext, 'DescribeErrorContext.'>>,
  None<RefusingUndefined<CognitoConfirmClientConfig, 'CognitoConfirmClientConfig.'>>,
  None<RefusingUndefined<CallOptions, 'CallOptions.'>>,
  None<RefusingUndefined<CognitoConfirmErrorOptions, 'CognitoConfirmErrorOptions.'>>,
  None<RefusingUndefined<ResendConfirmationCodeInput, 'ResendConfirmationCodeInput.'>>,
  None<RefusingUndefined<ConfirmSignUpInput, 'ConfirmSignUpInput.'>>,
  None<RefusingUndefined<GetUserAttributeVerificationCodeInput, 'GetUserAttributeVerificationCodeInput.'>>,
  None<RefusingUndefined<VerifyUserAttributeInput, 'VerifyUserAttributeInput.'>>,
  None<RefusingUndefined<ResendConfirmationCodeRequest, 'ResendConfirmationCodeRequest.'>>,
  None<RefusingUndefined<ConfirmSignUpRequest, 'ConfirmSignUpRequest.'>>,
  None<RefusingUndefined<TransportRequestOptions, 'TransportRequestOptions.'>>,
  None<RefusingUndefined<FetchTransportOptions, 'FetchTransportOptions.'>>,
  None<RefusingUndefined<BackendTransportOptions, 'BackendTransportOptions.'>>,
  None<RefusingUndefined<IdentityJsTransportOptions, 'IdentityJsTransportOptions.'>>,
  None<RefusingUndefined<AmplifyTransportOptions, 'AmplifyTransportOptions.'>>,
  None<RefusingUndefined<AmplifyCodeDeliveryDetailsLike, 'AmplifyCodeDeliveryDetailsLike.'>>,
  None<RefusingUndefined<CooldownStoreOptions, 'CooldownStoreOptions.'>>,
  None<RefusingUndefined<StartCooldownOptions, 'StartCooldownOptions.'>>,
  None<RefusingUndefined<CooldownClockOptions, 'CooldownClockOptions.'>>,
  None<RefusingUndefined<SecretHashInput, 'SecretHashInput.'>>,
  None<RefusingUndefined<ConfirmationHandlerOptions, 'ConfirmationHandlerOptions.'>>,
  None<RefusingUndefined<LimitsOptions, 'LimitsOptions.'>>,
  None<RefusingUndefined<MemoryQuotaStoreOptions, 'MemoryQuotaStoreOptions.'>>,
  None<RefusingUndefined<RedisQuotaStoreOptions, 'RedisQuotaStoreOptions.'>>,
  None<RefusingUndefined<DynamoQuotaStoreOptions, 'DynamoQuotaStoreOptions.'>>,
  None<RefusingUndefined<LambdaHandlerOptions, 'LambdaHandlerOptions.'>>,
  None<RefusingUndefined<CustomMessageHandlerOptions, 'CustomMessageHandlerOptions.'>>,
  None<RefusingUndefined<CustomMessageEvent, 'CustomMessageEvent.'>>,
];
