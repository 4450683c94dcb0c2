'use client';
import { useContext } from 'react';
import { CognitoConfirmContext, type CognitoConfirmContextValue } from './CognitoConfirmContext.js';

// The app's bundler replaces it; the browser build has no Node types, so it is declared here only.
declare const process: { env: { NODE_ENV?: string | undefined } };

/** The provider's client, cooldown store and config; for custom hooks and UIs. */
export function useCognitoConfirm(): CognitoConfirmContextValue {
  const value = useContext(CognitoConfirmContext);
  if (!value) {
    // The how-to only in development builds (React's and TanStack's convention); production keeps the what.
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? 'cognito-confirm-kit: wrap this component in <CognitoConfirmProvider config={…}>.'
        : 'cognito-confirm-kit: no CognitoConfirmProvider',
    );
  }
  return value;
}
