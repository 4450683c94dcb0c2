'use client';
export { ResendCodeButton } from './ResendCodeButton.js';
export type {
  ResendCodeButtonProps,
  ResendCodeButtonViewProps,
  ConnectedResendCodeButtonProps,
  ResendButtonState,
} from './ResendCodeButton.js';
export { CooldownTimer } from './CooldownTimer.js';
export type { CooldownTimerProps } from './CooldownTimer.js';
export { MaskedDestination } from './MaskedDestination.js';
export type { MaskedDestinationProps } from './MaskedDestination.js';
export { ConfirmationCodeInput } from './ConfirmationCodeInput.js';
export type { ConfirmationCodeInputProps } from './ConfirmationCodeInput.js';
export { SignUpConfirmation } from './SignUpConfirmation.js';
export type { SignUpConfirmationProps } from './SignUpConfirmation.js';
export { AttributeVerification } from './AttributeVerification.js';
export type { AttributeVerificationProps } from './AttributeVerification.js';
export { PasswordReset } from './PasswordReset.js';
export type { PasswordResetProps } from './PasswordReset.js';
export { PasswordField } from './PasswordField.js';
export type { PasswordFieldProps } from './PasswordField.js';
export type { ScreenProps } from './ScreenFrame.js';
export { CognitoConfirmTheme } from './CognitoConfirmTheme.js';
export type { CognitoConfirmThemeProps } from './CognitoConfirmTheme.js';
export type { KitClassNames, KitSlot } from './KitUiContext.js';
export type { KitStyleProps } from './useKitStyles.js';
export type { KitMessageProps } from '../react/useKitMessages.js';
export { sanitizeCode } from '../ui/sanitizeCode.js';
export type { CodeCharacters } from '../ui/sanitizeCode.js';
