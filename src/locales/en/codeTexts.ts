/** The code field (`ConfirmationCodeInput`). */
export const codeTexts = {
  'code.label': 'Confirmation code',
  'code.hint': { one: 'Enter the {count}-character code.', other: 'Enter the {count}-character code.' },
  'code.hintDigits': { one: 'Enter the {count}-digit code.', other: 'Enter the {count}-digit code.' },
} as const;
