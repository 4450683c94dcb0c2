/**
 * The errors only a password reset meets (ConfirmForgotPassword's new password refused), apart from
 * `errorTexts`, which every sign-up screen carries. The reset's hook and screen take this area as a
 * default; `describeError` finds these texts in the messages it is given (any shipped catalogue has them).
 */
export const resetErrorTexts = {
  'error.InvalidPasswordException': 'Choose a password that meets all the rules shown.',
  'error.PasswordHistoryPolicyViolationException': 'Choose a password you have not used recently.',
} as const;
