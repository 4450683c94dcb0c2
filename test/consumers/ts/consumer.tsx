// Compiled (not run) under moduleResolution bundler and node16: the shipped types must resolve.
import {
  CognitoConfirmError,
  CognitoConfirmProvider,
  type CognitoConfirmConfig,
  type CodeDeliveryDetails,
  SignUpConfirmation,
  createFetchTransport,
  useResendConfirmationCode,
} from 'cognito-confirm-kit';
import { ar } from 'cognito-confirm-kit/locales/ar';
import { de } from 'cognito-confirm-kit/locales/de';
import { computeSecretHash } from 'cognito-confirm-kit/server';

const config: CognitoConfirmConfig = {
  userPoolId: 'eu-west-1_A1',
  clientId: 'c',
  transport: createFetchTransport({ region: 'eu-west-1' }),
  messages: de,
};
// A right-to-left catalogue is typed like the others (the direction comes from the page's dir).
export const arabic: CognitoConfirmConfig = { ...config, messages: ar, locale: 'ar' };
const details: CodeDeliveryDetails = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL' };

export function Screen() {
  const resend = useResendConfirmationCode({ username: 'jane' });
  const seconds: number = resend.remainingSeconds;
  const code: string | undefined = resend.error instanceof CognitoConfirmError ? resend.error.code : undefined;
  return (
    <CognitoConfirmProvider config={config}>
      <SignUpConfirmation username="jane" codeDeliveryDetails={details} title={`${seconds} ${code ?? ''}`} />
    </CognitoConfirmProvider>
  );
}

export const hash: Promise<string> = computeSecretHash({ username: 'jane', clientId: 'c', clientSecret: 's' });
