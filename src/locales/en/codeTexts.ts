/** The code field (`ConfirmationCodeInput`). */
export const codeTexts = {
  'code.label': 'Confirmation code',
  // One form: English says "6-digit" whatever the count (other languages may need plural forms).
  'code.hint': 'Enter the {count}-character code.',
  'code.hintDigits': 'Enter the {count}-digit code.',
  'code.fromLink': 'The code from your link is filled in. Select {action} to finish.',
  'code.incomplete': {
    one: 'The code is incomplete: {count} character is missing.',
    other: 'The code is incomplete: {count} characters are missing.',
  },
  'code.incompleteDigits': {
    one: 'The code is incomplete: {count} digit is missing.',
    other: 'The code is incomplete: {count} digits are missing.',
  },
} as const;
