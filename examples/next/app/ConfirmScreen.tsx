'use client';
import { CognitoConfirmProvider, type CodeDeliveryDetails, SignUpConfirmation, type Theme } from 'cognito-confirm-kit';
import { useState } from 'react';
import { kitConfig } from './kitConfig';

export interface ConfirmScreenProps {
  userPoolId: string;
  clientId: string;
  username: string;
  codeDeliveryDetails?: CodeDeliveryDetails;
  /** Light (the default), dark, or `auto` to follow the OS. */
  colorScheme?: Theme['colorScheme'];
}

export function ConfirmScreen({ userPoolId, clientId, username, codeDeliveryDetails, colorScheme }: ConfirmScreenProps) {
  const [confirmed, setConfirmed] = useState<string>();
  if (confirmed) return <p data-testid="confirmed">{confirmed} is confirmed. You can sign in now.</p>;
  return (
    <CognitoConfirmProvider config={kitConfig(userPoolId, clientId)}>
      <SignUpConfirmation
        username={username}
        codeDeliveryDetails={codeDeliveryDetails}
        onConfirmed={setConfirmed}
        {...(colorScheme ? { theme: { colorScheme } } : {})}
      />
    </CognitoConfirmProvider>
  );
}
