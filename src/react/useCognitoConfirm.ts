'use client';
import { useContext } from 'react';
import { CognitoConfirmContext, type CognitoConfirmContextValue } from './CognitoConfirmContext.js';

/** The provider's client, cooldown store and config; for custom hooks and UIs. */
export function useCognitoConfirm(): CognitoConfirmContextValue {
  const value = useContext(CognitoConfirmContext);
  if (!value) throw new Error('cognito-confirm-kit: wrap this component in <CognitoConfirmProvider config={…}>.');
  return value;
}
