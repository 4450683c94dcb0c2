/**
 * The kit's English texts, the default in the main bundle. Other locales live in their own entry
 * points (`cognito-confirm-kit/locales/de`) so an app only ships the ones it imports.
 *
 * `{name}` is replaced with a value; an object of plural forms is chosen with `Intl.PluralRules`
 * on `{count}`. Error texts tell the person what to do next, not what went wrong inside.
 */
export const en = {
  // Resend button
  'resend.idle': 'Resend code',
  'resend.send': 'Send code',
  'resend.pending': 'Sending…',
  'resend.cooldown': 'Resend in {time}',
  'resend.retry': 'Try again',
  'resend.reason.pending': 'A new code is on its way.',
  'resend.reason.cooldown': 'You can ask for a new code when the timer ends.',

  // Where the code went
  'destination.email': 'We sent a code by email to {destination}.',
  'destination.sms': 'We sent a code by text message to {destination}.',
  'destination.other': 'We sent a code to {destination}.',
  'destination.unknown': 'If an account exists for this name, we sent it a code. Check your email and text messages.',
  'destination.emailLabel': 'Email',
  'destination.smsLabel': 'Text message',

  // Code input
  'code.label': 'Confirmation code',
  'code.hint': { one: 'Enter the {count}-character code.', other: 'Enter the {count}-character code.' },
  'code.hintDigits': { one: 'Enter the {count}-digit code.', other: 'Enter the {count}-digit code.' },

  // Composed screens
  'signUp.title': 'Confirm your account',
  'signUp.usernameLabel': 'Username or email',
  'signUp.usernameSubmit': 'Continue',
  'signUp.changeUsername': 'Use a different name',
  'signUp.confirm': 'Confirm',
  'signUp.confirming': 'Confirming…',
  'signUp.success': 'Your account is confirmed. You can sign in now.',
  'attribute.title.email': 'Verify your email address',
  'attribute.title.phone_number': 'Verify your phone number',
  'attribute.title.other': 'Verify {attribute}',
  'attribute.intro': 'We will send you a code to confirm it is yours.',
  'attribute.verify': 'Verify',
  'attribute.verifying': 'Verifying…',
  'attribute.success': 'Verified. Thank you.',

  // Announcements (one polite live region; never every second)
  'announce.sent': 'Code sent to {destination}.',
  'announce.sentUnknown': 'Code sent.',
  'announce.cooldownEnded': 'You can ask for a new code now.',

  // Durations (the numbers and units come from Intl)
  'duration.inAbout': 'about {duration}',

  // Errors: one per code the kit can report
  'error.CodeDeliveryFailureException': 'We could not deliver the code. Check the address or number and try again.',
  'error.CodeDeliveryFailureException.sms':
    'We could not text your phone. If this app is still in the SMS sandbox, only verified numbers receive codes: ask the app owner.',
  'error.ForbiddenException': 'This request was blocked. Try again later, or from another network.',
  'error.InternalErrorException': 'Something went wrong on our side. Please try again.',
  'error.InvalidEmailRoleAccessPolicyException': 'Email sending is not set up correctly for this app. Please tell the app owner.',
  'error.InvalidLambdaResponseException': 'The app could not prepare your code. Please try again later.',
  'error.InvalidParameterException': 'This request could not be completed. If your account is already confirmed, sign in instead.',
  'error.InvalidSmsRoleAccessPolicyException': 'Text messages are not set up correctly for this app. Please tell the app owner.',
  'error.InvalidSmsRoleTrustRelationshipException': 'Text messages are not set up correctly for this app. Please tell the app owner.',
  'error.LimitExceededException': 'Too many attempts. Please wait {duration} before trying again.',
  'error.LimitExceededException.emailDaily':
    'This app has reached its daily email limit. The app owner needs to set up Amazon SES for Cognito; please try again tomorrow.',
  'error.NotAuthorizedException': 'This account cannot be confirmed this way. It may already be confirmed: try signing in.',
  'error.ResourceNotFoundException': 'This app is not set up correctly. Please tell the app owner.',
  'error.TooManyRequestsException': 'Too many requests. Please wait {duration} before trying again.',
  'error.UnexpectedLambdaException': 'The app could not prepare your code. Please try again later.',
  'error.UserLambdaValidationException': 'The app did not accept this request. Please check your details.',
  'error.UserNotFoundException': 'We could not find that account. Check the name and try again.',
  'error.CodeMismatchException': 'That code is not right. Check it and try again, or ask for a new one.',
  'error.ExpiredCodeException': 'That code has expired. Ask for a new code.',
  'error.TooManyFailedAttemptsException': 'Too many wrong codes. Please wait a while, then ask for a new code.',
  'error.AliasExistsException': 'Another account already uses this email or phone number.',
  'error.InvalidUserPoolConfigurationException': 'This app is not set up correctly. Please tell the app owner.',
  'error.PasswordResetRequiredException': 'You need to reset your password before continuing.',
  'error.UserNotConfirmedException': 'This account is not confirmed yet. Enter the code we sent you.',
  'error.UnsupportedOperationException': 'This action is not available here.',
  'error.ValidationError': 'Please check what you entered.',
  'error.ValidationError.code': 'Enter the code exactly as you received it, without spaces.',
  'error.ValidationError.username': 'Enter your username or email address.',
  'error.NetworkError': 'You seem to be offline. Check your connection and try again.',
  'error.TimeoutError': 'This is taking too long. Check your connection and try again.',
  'error.AbortError': 'The request was cancelled.',
  'error.InvalidResponseError': 'We got an unexpected answer. Please try again.',
  'error.UnknownError': 'Something went wrong. Please try again.',

  // ── Confirmation screen states: quiet resend, incomplete code, offline, success, already confirmed ──
  'resend.prompt': 'Didn’t get a code?',
  'resend.link': 'Resend',
  'resend.rateLimited': 'Too many attempts. You can ask for a new code in {time}.',
  'code.incomplete': {
    one: 'The code is incomplete: {count} character is missing.',
    other: 'The code is incomplete: {count} characters are missing.',
  },
  'code.incompleteDigits': {
    one: 'The code is incomplete: {count} digit is missing.',
    other: 'The code is incomplete: {count} digits are missing.',
  },
  'confirm.expired': 'That code has expired. Use Resend below to get a new one.',
  'offline.notice': 'You are offline. Nothing was sent: you can continue once you are back online.',
  'announce.online': 'You are back online.',
  'signUp.successTitle': 'Account confirmed',
  'signUp.alreadyTitle': 'Already confirmed',
  'signUp.already': 'This account is already confirmed. Sign in to continue.',
  'signUp.signIn': 'Sign in',
  'attribute.successTitle': 'Verified',
  'destination.unknownAttribute.email': 'We sent a code to the email address on your account.',
  'destination.unknownAttribute.phone_number': 'We sent a code by text message to the phone number on your account.',
  'destination.unknownAttribute.other': 'We sent a code to confirm your {attribute}.',
} as const;

export type MessageKey = keyof typeof en;
/** A text, or its plural forms keyed by `Intl.PluralRules` category (`other` is required). */
export type MessageValue = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
/** A complete catalogue: shipped locales are typed with this, so a missing key fails the build. */
export type KitMessages = { readonly [K in MessageKey]: MessageValue };
/** What apps pass to override some texts. */
export type PartialKitMessages = Partial<KitMessages>;

export const enMessages: KitMessages = en;
