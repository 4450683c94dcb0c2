/** The code step's own answers to a failed confirm that needs a next step, not an error. */
export const confirmTexts = {
  'confirm.expired': 'That code has expired. Use Resend below to get a new one.',
} as const;
