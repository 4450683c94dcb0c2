/** Where the code went (`MaskedDestination`). */
export const destinationTexts = {
  'destination.email': 'We sent a code by email to {destination}.',
  'destination.sms': 'We sent a code by text message to {destination}.',
  'destination.other': 'We sent a code to {destination}.',
  'destination.unknown': 'If an account exists for this name, we sent it a code. Check your email and text messages.',
  'destination.emailLabel': 'Email',
  'destination.smsLabel': 'Text message',
} as const;
