import type { KitMessages } from './en.js';

/**
 * Hebrew texts for cognito-confirm-kit. Import: `import { he } from 'cognito-confirm-kit/locales/he'`.
 * Right-to-left comes from the page: put `dir="rtl"` on `<html>` or on an element around the kit.
 * Counted texts have the forms `Intl.PluralRules('he')` picks (one, two, other); instructions use
 * the impersonal "יש ל…" so they address everyone alike. Left-to-right values inside a sentence
 * (an address, a username) sit between U+2066 and U+2069 (isolates), as in the Arabic catalogue.
 */
export const he: KitMessages = {
  // Resend button
  'resend.idle': 'שליחת הקוד מחדש',
  'resend.send': 'שליחת קוד',
  'resend.pending': 'שולחים…',
  'resend.cooldown': 'שליחה מחדש בעוד {time}',
  'resend.retry': 'ניסיון נוסף',
  'resend.reason.pending': 'קוד חדש בדרך אליך.',
  'resend.reason.cooldown': 'אפשר לבקש קוד חדש כשהספירה לאחור מסתיימת.',

  // Where the code went (MaskedDestination isolates the address itself)
  'destination.email': 'שלחנו קוד באימייל אל {destination}.',
  'destination.sms': 'שלחנו קוד בהודעת SMS אל {destination}.',
  'destination.other': 'שלחנו קוד אל {destination}.',
  'destination.unknown': 'אם קיים חשבון בשם הזה, שלחנו אליו קוד. כדאי לבדוק את האימייל ואת הודעות ה-SMS.',
  'destination.emailLabel': 'אימייל',
  'destination.smsLabel': 'הודעת SMS',

  // Code input
  'code.label': 'קוד אימות',
  'code.fromLink': 'הקוד מהקישור כבר הוזן. כדי לסיים יש לבחור "{action}".',
  'code.hint': {
    one: 'יש להזין את הקוד בן התו האחד.',
    two: 'יש להזין את הקוד בן שני התווים.',
    other: 'יש להזין את הקוד בן {count} התווים.',
  },
  'code.hintDigits': {
    one: 'יש להזין את הקוד בן הספרה האחת.',
    two: 'יש להזין את הקוד בן שתי הספרות.',
    other: 'יש להזין את הקוד בן {count} הספרות.',
  },

  // Composed screens
  'signUp.title': 'אימות החשבון',
  'signUp.usernameLabel': 'שם משתמש או אימייל',
  'signUp.usernameSubmit': 'המשך',
  'signUp.changeUsername': 'שימוש בשם אחר',
  'signUp.confirm': 'אישור',
  'signUp.confirming': 'מאשרים…',
  'signUp.success': 'החשבון אומת. אפשר להתחבר עכשיו.',
  'attribute.title.email': 'אימות כתובת האימייל',
  'attribute.title.phone_number': 'אימות מספר הטלפון',
  'attribute.title.other': 'אימות \u2066{attribute}\u2069',
  'attribute.intro': 'נשלח אליך קוד כדי לוודא שהפרט הזה שייך לך.',
  'attribute.verify': 'אימות',
  'attribute.verifying': 'מאמתים…',
  'attribute.success': 'האימות הושלם. תודה.',

  // Announcements (one polite live region; never every second)
  'announce.sent': 'הקוד נשלח אל \u2066{destination}\u2069.',
  'announce.sentUnknown': 'הקוד נשלח.',
  'announce.cooldownEnded': 'אפשר לבקש קוד חדש עכשיו.',

  // Durations (the numbers, units and their plural forms come from Intl: "שתי שניות")
  'duration.inAbout': 'כ-{duration}',

  // Errors: one per code the kit can report
  'error.CodeDeliveryFailureException': 'לא הצלחנו לשלוח את הקוד. יש לבדוק את הכתובת או את המספר ולנסות שוב.',
  'error.CodeDeliveryFailureException.sms':
    'לא הצלחנו לשלוח הודעת SMS לטלפון שלך. אם האפליקציה עדיין בסביבת הניסיון של SMS (SMS sandbox), רק מספרים מאומתים מקבלים קודים: יש לפנות לבעלי האפליקציה.',
  'error.ForbiddenException': 'הבקשה נחסמה. אפשר לנסות שוב מאוחר יותר, או מרשת אחרת.',
  'error.InternalErrorException': 'משהו השתבש אצלנו. נא לנסות שוב.',
  'error.InvalidEmailRoleAccessPolicyException': 'שליחת האימייל לא הוגדרה כראוי באפליקציה הזו. נא לעדכן את בעלי האפליקציה.',
  'error.InvalidLambdaResponseException': 'האפליקציה לא הצליחה להכין את הקוד. נא לנסות שוב מאוחר יותר.',
  'error.InvalidParameterException': 'לא ניתן היה להשלים את הבקשה. אם החשבון כבר אומת, אפשר פשוט להתחבר.',
  'error.InvalidSmsRoleAccessPolicyException': 'הודעות ה-SMS לא הוגדרו כראוי באפליקציה הזו. נא לעדכן את בעלי האפליקציה.',
  'error.InvalidSmsRoleTrustRelationshipException': 'הודעות ה-SMS לא הוגדרו כראוי באפליקציה הזו. נא לעדכן את בעלי האפליקציה.',
  'error.LimitExceededException': 'יותר מדי ניסיונות. נא להמתין {duration} לפני שמנסים שוב.',
  'error.LimitExceededException.emailDaily':
    'האפליקציה הגיעה למגבלת האימיילים היומית. על בעלי האפליקציה להגדיר את Amazon SES עבור Cognito; נא לנסות שוב מחר.',
  'error.NotAuthorizedException': 'אי אפשר לאמת את החשבון הזה בדרך הזו. ייתכן שהוא כבר אומת: כדאי לנסות להתחבר.',
  'error.ResourceNotFoundException': 'האפליקציה הזו לא הוגדרה כראוי. נא לעדכן את בעלי האפליקציה.',
  'error.TooManyRequestsException': 'יותר מדי בקשות. נא להמתין {duration} לפני שמנסים שוב.',
  'error.UnexpectedLambdaException': 'האפליקציה לא הצליחה להכין את הקוד. נא לנסות שוב מאוחר יותר.',
  'error.UserLambdaValidationException': 'האפליקציה לא קיבלה את הבקשה. נא לבדוק את הפרטים.',
  'error.UserNotFoundException': 'לא מצאנו את החשבון הזה. יש לבדוק את השם ולנסות שוב.',
  'error.CodeMismatchException': 'הקוד הזה שגוי. יש לבדוק אותו ולנסות שוב, או לבקש קוד חדש.',
  'error.ExpiredCodeException': 'תוקף הקוד הזה פג. יש לבקש קוד חדש.',
  'error.TooManyFailedAttemptsException': 'הוזנו יותר מדי קודים שגויים. נא להמתין זמן מה ואז לבקש קוד חדש.',
  'error.AliasExistsException': 'כתובת האימייל או מספר הטלפון האלה כבר בשימוש בחשבון אחר.',
  'error.InvalidUserPoolConfigurationException': 'האפליקציה הזו לא הוגדרה כראוי. נא לעדכן את בעלי האפליקציה.',
  'error.PasswordResetRequiredException': 'יש לאפס את הסיסמה לפני שממשיכים.',
  'error.UserNotConfirmedException': 'החשבון הזה עדיין לא אומת. יש להזין את הקוד ששלחנו.',
  'error.UnsupportedOperationException': 'הפעולה הזו לא זמינה כאן.',
  'error.InvalidPasswordException': 'יש לבחור סיסמה שעומדת בכל הכללים המוצגים.',
  'error.PasswordHistoryPolicyViolationException': 'יש לבחור סיסמה שלא השתמשת בה לאחרונה.',
  'error.ValidationError': 'נא לבדוק את מה שהוזן.',
  'error.ValidationError.code': 'יש להזין את הקוד בדיוק כפי שהתקבל, בלי רווחים.',
  'error.ValidationError.username': 'יש להזין שם משתמש או כתובת אימייל.',
  'error.NetworkError': 'נראה שאין חיבור לאינטרנט. יש לבדוק את החיבור ולנסות שוב.',
  'error.TimeoutError': 'זה לוקח יותר מדי זמן. יש לבדוק את החיבור ולנסות שוב.',
  'error.AbortError': 'הבקשה בוטלה.',
  'error.InvalidResponseError': 'התקבלה תשובה לא צפויה. נא לנסות שוב.',
  'error.UnknownError': 'משהו השתבש. נא לנסות שוב.',

  // ── מצבי שלב האימות: שליחה מחדש שקטה, קוד חלקי, אין חיבור, הצלחה, חשבון שכבר אומת ──
  'resend.prompt': 'הקוד לא הגיע?',
  'resend.link': 'שליחה מחדש',
  'resend.rateLimited': 'יותר מדי ניסיונות. אפשר לבקש קוד חדש בעוד {time}.',
  'resend.sent': 'קוד חדש נשלח אל \u2066{destination}\u2069.',
  'resend.sentUnknown': 'קוד חדש נשלח.',
  'code.incomplete': {
    one: 'הקוד חלקי: חסר תו אחד.',
    two: 'הקוד חלקי: חסרים שני תווים.',
    other: 'הקוד חלקי: חסרים {count} תווים.',
  },
  'code.incompleteDigits': {
    one: 'הקוד חלקי: חסרה ספרה אחת.',
    two: 'הקוד חלקי: חסרות שתי ספרות.',
    other: 'הקוד חלקי: חסרות {count} ספרות.',
  },
  'confirm.expired': 'תוקף הקוד הזה פג. אפשר לקבל קוד חדש בלחיצה על "שליחה מחדש" למטה.',
  'offline.notice': 'אין חיבור לאינטרנט. שום דבר לא נשלח: אפשר להמשיך כשהחיבור יחזור.',
  'announce.online': 'החיבור לאינטרנט חזר.',
  'signUp.successTitle': 'החשבון אומת',
  'signUp.alreadyTitle': 'החשבון כבר אומת',
  'signUp.already': 'החשבון הזה כבר אומת. יש להתחבר כדי להמשיך.',
  'signUp.signIn': 'התחברות',
  'signUp.signedInTitle': 'ההתחברות הצליחה',
  'signUp.signedIn': 'התחברת בתור \u2066{username}\u2069.',
  'attribute.successTitle': 'האימות הושלם',
  'destination.unknownAttribute.email': 'שלחנו קוד לכתובת האימייל שרשומה בחשבון שלך.',
  'destination.unknownAttribute.phone_number': 'שלחנו קוד בהודעת SMS למספר הטלפון שרשום בחשבון שלך.',
  'destination.unknownAttribute.other': 'שלחנו קוד לאימות \u2066{attribute}\u2069.',

  // Password reset
  'reset.title': 'איפוס הסיסמה',
  'reset.intro': 'יש להזין שם משתמש או אימייל. נשלח קוד לאיפוס הסיסמה.',
  'reset.introFor': 'נשלח קוד לאיפוס הסיסמה של \u2066{username}\u2069.',
  'reset.usernameLabel': 'שם משתמש או אימייל',
  'reset.send': 'שליחת קוד',
  'reset.sending': 'בשליחה…',
  'reset.changeUsername': 'שימוש בשם אחר',
  'reset.enumerationSafe': 'אם קיים חשבון עבור \u2066{username}\u2069, שלחנו אליו קוד. כדאי לבדוק את האימייל ואת הודעות ה-SMS.',
  'reset.noVerifiedContact': 'לחשבון הזה אין אימייל או מספר טלפון מאומתים שאפשר לשלוח אליהם קוד. מי שנרשם זה עתה צריך לאמת קודם את ההרשמה.',
  'reset.notConfirmed': 'החשבון הזה עדיין לא אומת. יש לאמת קודם את ההרשמה ואז להתחבר.',
  'reset.confirmSignUp': 'אימות ההרשמה',
  'reset.passwordLabel': 'סיסמה חדשה',
  'reset.showPassword': 'הצגת הסיסמה',
  'reset.rules': 'הסיסמה החדשה צריכה לכלול:',
  'reset.ruleMet': 'בוצע',
  'reset.ruleUnmet': 'עדיין לא',
  'reset.rule.MinimumLength': {
    one: 'תו אחד לפחות',
    two: 'שני תווים לפחות',
    other: '{count} תווים לפחות',
  },
  'reset.rule.RequireUppercase': 'אות לטינית גדולה',
  'reset.rule.RequireLowercase': 'אות לטינית קטנה',
  'reset.rule.RequireNumbers': 'ספרה',
  'reset.rule.RequireSymbols': 'סימן, למשל \u2066!\u2069 או \u2066?\u2069',
  'reset.passwordMissing': 'יש להזין סיסמה חדשה.',
  'reset.passwordWeak': 'יש לבחור סיסמה שעומדת בכל הכללים שלמטה.',
  'reset.passwordRule': 'הסיסמה הזו נדחתה. היא צריכה לכלול: {rule}.',
  'reset.passwordInvalid': 'הסיסמה הזו לא עומדת בכללי הסיסמה של האפליקציה. יש לבחור סיסמה חזקה יותר.',
  'reset.passwordReused': 'כבר נעשה שימוש בסיסמה הזו. יש לבחור סיסמה חדשה.',
  'reset.passwordFormat': 'סיסמה לא יכולה להתחיל או להסתיים ברווח, ואורכה עד 256 תווים.',
  'reset.submit': 'איפוס הסיסמה',
  'reset.submitting': 'מתבצע איפוס…',
  'reset.successTitle': 'הסיסמה שונתה',
  'reset.success': 'הסיסמה שונתה. אפשר להתחבר עם הסיסמה החדשה.',
};
export default he;
