'use client';
import { CognitoConfirmProvider, SignUpConfirmation } from 'cognito-confirm-kit';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { kitConfig } from '../kitConfig';

export function LinkScreen({ userPoolId, clientId }: { userPoolId: string; clientId: string }) {
  const router = useRouter();
  const [confirmed, setConfirmed] = useState<string>();
  return (
    <>
      {confirmed ? (
        <p data-testid="confirmed">{confirmed} is confirmed. You can sign in now.</p>
      ) : (
        <CognitoConfirmProvider config={kitConfig(userPoolId, clientId)}>
          <SignUpConfirmation codeFromUrl onConfirmed={setConfirmed} />
        </CognitoConfirmProvider>
      )}
      {/* Next re-renders from its own idea of the address: it must be the cleaned one. */}
      <button type="button" onClick={() => router.refresh()}>
        Refresh
      </button>
    </>
  );
}
