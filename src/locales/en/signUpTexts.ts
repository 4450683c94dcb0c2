/** The sign-up confirmation screen (`SignUpConfirmation`). */
export const signUpTexts = {
  'signUp.title': 'Confirm your account',
  'signUp.usernameLabel': 'Username or email',
  'signUp.usernameSubmit': 'Continue',
  'signUp.changeUsername': 'Use a different name',
  'signUp.confirm': 'Confirm',
  'signUp.confirming': 'Confirming…',
  'signUp.success': 'Your account is confirmed. You can sign in now.',
  'signUp.successTitle': 'Account confirmed',
  'signUp.alreadyTitle': 'Already confirmed',
  'signUp.already': 'This account is already confirmed. Sign in to continue.',
  'signUp.signIn': 'Sign in',
  'signUp.signedInTitle': 'You’re signed in',
  'signUp.signedIn': 'Signed in as {username}.',
} as const;
