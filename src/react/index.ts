'use client';
export { CognitoConfirmProvider } from './CognitoConfirmProvider.js';
export type { CognitoConfirmProviderProps } from './CognitoConfirmProvider.js';
export type { CognitoConfirmConfig, CognitoConfirmContextValue } from './CognitoConfirmContext.js';
export { useCognitoConfirm } from './useCognitoConfirm.js';
export { useCooldown } from './useCooldown.js';
export { useResendConfirmationCode } from './useResendConfirmationCode.js';
export type { UseResendConfirmationCodeOptions, UseResendConfirmationCodeResult } from './useResendConfirmationCode.js';
export { useConfirmSignUp } from './useConfirmSignUp.js';
export type { SignInOutcome, UseConfirmSignUpOptions, UseConfirmSignUpResult } from './useConfirmSignUp.js';
export { useAttributeVerification } from './useAttributeVerification.js';
export type { UseAttributeVerificationOptions, UseAttributeVerificationResult } from './useAttributeVerification.js';
export type { CodeSenderState } from './useCodeSender.js';
export { useCountdown, useIsBefore } from './useCountdown.js';
export { useCodeConfirmation } from './useCodeConfirmation.js';
export type { UseCodeConfirmationOptions } from './useCodeConfirmation.js';
export { useAttributeCodeConfirmation } from './useAttributeCodeConfirmation.js';
export type { UseAttributeCodeConfirmationOptions } from './useAttributeCodeConfirmation.js';
export type {
  CodeConfirmationMessage,
  CodeConfirmationMessageKind,
  CodeConfirmationPanel,
  CodeConfirmationResend,
  CodeConfirmationResendState,
  CodeStepOptions,
  CodeStepState,
} from './useCodeStep.js';
export type { ButtonProps, CodeConfirmation, CodeInputProps } from './withPropGetters.js';
export { useConfirmationLink } from './useConfirmationLink.js';
export type { ConfirmationLink, ConfirmationLinkOptions } from './useConfirmationLink.js';
export { usePasswordReset } from './usePasswordReset.js';
export type {
  UsePasswordResetResult,
  PasswordResetState,
  ResetMessage,
  ResetPasswordMessageKind,
  ResetUsernameMessageKind,
  UsePasswordResetOptions,
} from './usePasswordReset.js';
export type { PasswordRule, PasswordRuleState } from './usePasswordField.js';
