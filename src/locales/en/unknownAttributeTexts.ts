/**
 * Where the code went when the answer does not say, for one attribute (`AttributeVerification`).
 * Apart from `destinationTexts`, which every screen with `MaskedDestination` carries.
 */
export const unknownAttributeTexts = {
  'destination.unknownAttribute.email': 'We sent a code to the email address on your account.',
  'destination.unknownAttribute.phone_number': 'We sent a code by text message to the phone number on your account.',
  'destination.unknownAttribute.other': 'We sent a code to confirm your {attribute}.',
} as const;
