/** The resend button: its states and, for screen readers, why it is inert. */
export const resendTexts = {
  'resend.idle': 'Resend code',
  'resend.send': 'Send code',
  'resend.pending': 'Sending…',
  'resend.cooldown': 'Resend in {time}',
  'resend.retry': 'Try again',
  'resend.reason.pending': 'A new code is on its way.',
  'resend.reason.cooldown': 'You can ask for a new code when the timer ends.',
  'resend.prompt': 'Didn’t get a code?',
  'resend.link': 'Resend',
  'resend.rateLimited': 'Too many attempts. You can ask for a new code in {time}.',
  'resend.sent': 'New code sent to {destination}.',
  'resend.sentUnknown': 'New code sent.',
} as const;
