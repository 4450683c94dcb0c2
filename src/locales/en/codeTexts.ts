/** The code field (`ConfirmationCodeInput`). */
export const codeTexts = {
  'code.label': 'Confirmation code',
  'code.hint': { one: 'Enter the {count}-character code.', other: 'Enter the {count}-character code.' },
  'code.hintDigits': { one: 'Enter the {count}-digit code.', other: 'Enter the {count}-digit code.' },
  'code.incomplete': {
    one: 'The code is incomplete: {count} character is missing.',
    other: 'The code is incomplete: {count} characters are missing.',
  },
  'code.incompleteDigits': {
    one: 'The code is incomplete: {count} digit is missing.',
    other: 'The code is incomplete: {count} digits are missing.',
  },
} as const;
