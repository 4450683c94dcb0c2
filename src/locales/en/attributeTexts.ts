/** The attribute verification screen (`AttributeVerification`). */
export const attributeTexts = {
  'attribute.title.email': 'Verify your email address',
  'attribute.title.phone_number': 'Verify your phone number',
  'attribute.title.other': 'Verify {attribute}',
  'attribute.intro': 'We will send you a code to confirm it is yours.',
  'attribute.verify': 'Verify',
  'attribute.verifying': 'Verifying…',
  'attribute.success': 'Verified. Thank you.',
  'attribute.successTitle': 'Verified',
} as const;
