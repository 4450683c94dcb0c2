import type { KitMessages } from './en.js';

/**
 * Arabic (Modern Standard) texts for cognito-confirm-kit. Import: `import { ar } from 'cognito-confirm-kit/locales/ar'`.
 * Right-to-left comes from the page: put `dir="rtl"` on `<html>` or on an element around the kit.
 *
 * Counted texts have Arabic's six plural forms (zero, one, two, few, many, other), chosen by
 * `Intl.PluralRules('ar')`: one and two say the number in the noun (رقم واحد، رقمان), 3–10 take the
 * plural (أرقام), 11–99 the singular accusative (رقمًا), 100 and 0 the singular genitive (رقم).
 * Values that are left-to-right text inside a sentence (an address, a username) sit between
 * U+2066 and U+2069 (left-to-right isolate … pop isolate), so `+*******1234` keeps its order.
 */
export const ar: KitMessages = {
  // Resend button
  'resend.idle': 'إعادة إرسال الرمز',
  'resend.send': 'إرسال الرمز',
  'resend.pending': 'جارٍ الإرسال…',
  'resend.cooldown': 'إعادة الإرسال بعد {time}',
  'resend.retry': 'إعادة المحاولة',
  'resend.reason.pending': 'رمز جديد في طريقه إليك.',
  'resend.reason.cooldown': 'يمكنك طلب رمز جديد عند انتهاء العدّ التنازلي.',

  // Where the code went (MaskedDestination isolates the address itself)
  'destination.email': 'أرسلنا رمزًا عبر البريد الإلكتروني إلى {destination}.',
  'destination.sms': 'أرسلنا رمزًا في رسالة نصية إلى {destination}.',
  'destination.other': 'أرسلنا رمزًا إلى {destination}.',
  'destination.unknown': 'إذا كان هناك حساب بهذا الاسم، فقد أرسلنا إليه رمزًا. تحقّق من بريدك الإلكتروني ورسائلك النصية.',
  'destination.emailLabel': 'البريد الإلكتروني',
  'destination.smsLabel': 'رسالة نصية',

  // Code input
  'code.label': 'رمز التأكيد',
  'code.fromLink': 'أُدخل الرمز الوارد في رابطك. اختر «{action}» للإنهاء.',
  'code.hint': {
    zero: 'أدخل الرمز المكوّن من {count} حرف.',
    one: 'أدخل الرمز المكوّن من حرف واحد.',
    two: 'أدخل الرمز المكوّن من حرفين.',
    few: 'أدخل الرمز المكوّن من {count} أحرف.',
    many: 'أدخل الرمز المكوّن من {count} حرفًا.',
    other: 'أدخل الرمز المكوّن من {count} حرف.',
  },
  'code.hintDigits': {
    zero: 'أدخل الرمز المكوّن من {count} رقم.',
    one: 'أدخل الرمز المكوّن من رقم واحد.',
    two: 'أدخل الرمز المكوّن من رقمين.',
    few: 'أدخل الرمز المكوّن من {count} أرقام.',
    many: 'أدخل الرمز المكوّن من {count} رقمًا.',
    other: 'أدخل الرمز المكوّن من {count} رقم.',
  },

  // Composed screens
  'signUp.title': 'تأكيد حسابك',
  'signUp.usernameLabel': 'اسم المستخدم أو البريد الإلكتروني',
  'signUp.usernameSubmit': 'متابعة',
  'signUp.changeUsername': 'استخدام اسم آخر',
  'signUp.confirm': 'تأكيد',
  'signUp.confirming': 'جارٍ التأكيد…',
  'signUp.success': 'تم تأكيد حسابك. يمكنك تسجيل الدخول الآن.',
  'attribute.title.email': 'التحقق من بريدك الإلكتروني',
  'attribute.title.phone_number': 'التحقق من رقم هاتفك',
  'attribute.title.other': 'التحقق من \u2066{attribute}\u2069',
  'attribute.intro': 'سنرسل إليك رمزًا للتأكد من أنه يخصّك.',
  'attribute.verify': 'تحقّق',
  'attribute.verifying': 'جارٍ التحقق…',
  'attribute.success': 'تم التحقق. شكرًا لك.',

  // Announcements (one polite live region; never every second)
  'announce.sent': 'تم إرسال الرمز إلى \u2066{destination}\u2069.',
  'announce.sentUnknown': 'تم إرسال الرمز.',
  'announce.cooldownEnded': 'يمكنك الآن طلب رمز جديد.',

  // Durations (the numbers, units and their plural forms come from Intl: "ثانيتان", "3 ثوان")
  'duration.inAbout': 'نحو {duration}',

  // Errors: one per code the kit can report
  'error.CodeDeliveryFailureException': 'تعذّر إيصال الرمز. تحقّق من العنوان أو الرقم وحاول مرة أخرى.',
  'error.CodeDeliveryFailureException.sms':
    'تعذّر إرسال رسالة نصية إلى هاتفك. إذا كان هذا التطبيق لا يزال في وضع الاختبار للرسائل النصية (SMS sandbox)، فلا تصل الرموز إلا إلى الأرقام الموثَّقة: تواصل مع مالك التطبيق.',
  'error.ForbiddenException': 'تم حظر هذا الطلب. حاول مرة أخرى لاحقًا، أو من شبكة أخرى.',
  'error.InternalErrorException': 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.',
  'error.InvalidEmailRoleAccessPolicyException': 'إرسال البريد الإلكتروني غير مُعَدّ بشكل صحيح في هذا التطبيق. يُرجى إبلاغ مالك التطبيق.',
  'error.InvalidLambdaResponseException': 'تعذّر على التطبيق تجهيز رمزك. يُرجى المحاولة مرة أخرى لاحقًا.',
  'error.InvalidParameterException': 'تعذّر إكمال هذا الطلب. إذا كان حسابك مؤكَّدًا بالفعل، فسجّل الدخول بدلًا من ذلك.',
  'error.InvalidSmsRoleAccessPolicyException': 'الرسائل النصية غير مُعَدّة بشكل صحيح في هذا التطبيق. يُرجى إبلاغ مالك التطبيق.',
  'error.InvalidSmsRoleTrustRelationshipException': 'الرسائل النصية غير مُعَدّة بشكل صحيح في هذا التطبيق. يُرجى إبلاغ مالك التطبيق.',
  'error.LimitExceededException': 'محاولات كثيرة جدًا. يُرجى الانتظار {duration} قبل المحاولة مرة أخرى.',
  'error.LimitExceededException.emailDaily':
    'بلغ هذا التطبيق الحدّ اليومي لرسائل البريد الإلكتروني. على مالك التطبيق إعداد Amazon SES لخدمة Cognito؛ يُرجى المحاولة مرة أخرى غدًا.',
  'error.NotAuthorizedException': 'لا يمكن تأكيد هذا الحساب بهذه الطريقة. ربما تم تأكيده بالفعل: جرّب تسجيل الدخول.',
  'error.ResourceNotFoundException': 'هذا التطبيق غير مُعَدّ بشكل صحيح. يُرجى إبلاغ مالك التطبيق.',
  'error.TooManyRequestsException': 'طلبات كثيرة جدًا. يُرجى الانتظار {duration} قبل المحاولة مرة أخرى.',
  'error.UnexpectedLambdaException': 'تعذّر على التطبيق تجهيز رمزك. يُرجى المحاولة مرة أخرى لاحقًا.',
  'error.UserLambdaValidationException': 'لم يقبل التطبيق هذا الطلب. يُرجى مراجعة بياناتك.',
  'error.UserNotFoundException': 'لم نعثر على هذا الحساب. تحقّق من الاسم وحاول مرة أخرى.',
  'error.CodeMismatchException': 'هذا الرمز غير صحيح. تحقّق منه وحاول مرة أخرى، أو اطلب رمزًا جديدًا.',
  'error.ExpiredCodeException': 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
  'error.TooManyFailedAttemptsException': 'أُدخلت رموز خاطئة مرات كثيرة. يُرجى الانتظار قليلًا، ثم اطلب رمزًا جديدًا.',
  'error.AliasExistsException': 'هذا البريد الإلكتروني أو رقم الهاتف مستخدَم بالفعل في حساب آخر.',
  'error.InvalidUserPoolConfigurationException': 'هذا التطبيق غير مُعَدّ بشكل صحيح. يُرجى إبلاغ مالك التطبيق.',
  'error.PasswordResetRequiredException': 'عليك إعادة تعيين كلمة المرور قبل المتابعة.',
  'error.UserNotConfirmedException': 'لم يتم تأكيد هذا الحساب بعد. أدخل الرمز الذي أرسلناه إليك.',
  'error.UnsupportedOperationException': 'هذا الإجراء غير متاح هنا.',
  'error.InvalidPasswordException': 'اختر كلمة مرور تستوفي كل القواعد المعروضة.',
  'error.PasswordHistoryPolicyViolationException': 'اختر كلمة مرور لم تستخدمها مؤخرًا.',
  'error.ValidationError': 'يُرجى مراجعة ما أدخلته.',
  'error.ValidationError.code': 'أدخل الرمز كما وصلك تمامًا، بدون مسافات.',
  'error.ValidationError.username': 'أدخل اسم المستخدم أو عنوان بريدك الإلكتروني.',
  'error.NetworkError': 'يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك وحاول مرة أخرى.',
  'error.TimeoutError': 'يستغرق هذا وقتًا طويلًا. تحقّق من اتصالك وحاول مرة أخرى.',
  'error.AbortError': 'تم إلغاء الطلب.',
  'error.InvalidResponseError': 'تلقّينا ردًّا غير متوقَّع. يُرجى المحاولة مرة أخرى.',
  'error.UnknownError': 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',

  // ── حالات خطوة التأكيد: إعادة إرسال هادئة، رمز غير مكتمل، عدم اتصال، نجاح، حساب مؤكَّد مسبقًا ──
  'resend.prompt': 'ألم يصلك الرمز؟',
  'resend.link': 'إعادة الإرسال',
  'resend.rateLimited': 'محاولات كثيرة جدًا. يمكنك طلب رمز جديد بعد {time}.',
  'resend.sent': 'تم إرسال رمز جديد إلى \u2066{destination}\u2069.',
  'resend.sentUnknown': 'تم إرسال رمز جديد.',
  'code.incomplete': {
    zero: 'الرمز غير مكتمل: ينقصه {count} حرف.',
    one: 'الرمز غير مكتمل: ينقصه حرف واحد.',
    two: 'الرمز غير مكتمل: ينقصه حرفان.',
    few: 'الرمز غير مكتمل: ينقصه {count} أحرف.',
    many: 'الرمز غير مكتمل: ينقصه {count} حرفًا.',
    other: 'الرمز غير مكتمل: ينقصه {count} حرف.',
  },
  'code.incompleteDigits': {
    zero: 'الرمز غير مكتمل: ينقصه {count} رقم.',
    one: 'الرمز غير مكتمل: ينقصه رقم واحد.',
    two: 'الرمز غير مكتمل: ينقصه رقمان.',
    few: 'الرمز غير مكتمل: ينقصه {count} أرقام.',
    many: 'الرمز غير مكتمل: ينقصه {count} رقمًا.',
    other: 'الرمز غير مكتمل: ينقصه {count} رقم.',
  },
  'confirm.expired': 'انتهت صلاحية هذا الرمز. استخدم «إعادة الإرسال» أدناه للحصول على رمز جديد.',
  'offline.notice': 'أنت غير متصل بالإنترنت. لم يُرسَل أي شيء: يمكنك المتابعة عند عودة الاتصال.',
  'announce.online': 'عاد الاتصال بالإنترنت.',
  'signUp.successTitle': 'تم تأكيد الحساب',
  'signUp.alreadyTitle': 'الحساب مؤكَّد مسبقًا',
  'signUp.already': 'هذا الحساب مؤكَّد مسبقًا. سجّل الدخول للمتابعة.',
  'signUp.signIn': 'تسجيل الدخول',
  'signUp.signedInTitle': 'تم تسجيل دخولك',
  'signUp.signedIn': 'سجّلت الدخول باسم \u2066{username}\u2069.',
  'attribute.successTitle': 'تم التحقق',
  'destination.unknownAttribute.email': 'أرسلنا رمزًا إلى عنوان البريد الإلكتروني المسجَّل في حسابك.',
  'destination.unknownAttribute.phone_number': 'أرسلنا رمزًا في رسالة نصية إلى رقم الهاتف المسجَّل في حسابك.',
  'destination.unknownAttribute.other': 'أرسلنا رمزًا لتأكيد \u2066{attribute}\u2069.',

  // Password reset
  'reset.title': 'إعادة تعيين كلمة المرور',
  'reset.intro': 'أدخل اسم المستخدم أو البريد الإلكتروني. سنرسل إليك رمزًا لإعادة تعيين كلمة المرور.',
  'reset.introFor': 'سنرسل رمزًا لإعادة تعيين كلمة مرور \u2066{username}\u2069.',
  'reset.usernameLabel': 'اسم المستخدم أو البريد الإلكتروني',
  'reset.send': 'إرسال الرمز',
  'reset.sending': 'جارٍ الإرسال…',
  'reset.changeUsername': 'استخدام اسم آخر',
  'reset.enumerationSafe': 'إذا كان هناك حساب باسم \u2066{username}\u2069، فقد أرسلنا إليه رمزًا. تحقّق من بريدك الإلكتروني ورسائلك النصية.',
  'reset.noVerifiedContact':
    'ليس لهذا الحساب بريد إلكتروني أو رقم هاتف مؤكَّد يمكن إرسال الرمز إليه. إذا كنت قد سجّلت للتو، فأكِّد تسجيلك أولًا.',
  'reset.notConfirmed': 'لم يُؤكَّد هذا الحساب بعد. أكِّد تسجيلك أولًا، ثم سجّل الدخول.',
  'reset.confirmSignUp': 'تأكيد التسجيل',
  'reset.passwordLabel': 'كلمة المرور الجديدة',
  'reset.showPassword': 'إظهار كلمة المرور',
  'reset.rules': 'تحتاج كلمة المرور الجديدة إلى:',
  'reset.ruleMet': 'مستوفى',
  'reset.ruleUnmet': 'غير مستوفى بعد',
  'reset.rule.MinimumLength': {
    zero: '{count} حرف على الأقل',
    one: 'حرف واحد على الأقل',
    two: 'حرفان على الأقل',
    few: '{count} أحرف على الأقل',
    many: '{count} حرفًا على الأقل',
    other: '{count} حرف على الأقل',
  },
  'reset.rule.RequireUppercase': 'حرف لاتيني كبير',
  'reset.rule.RequireLowercase': 'حرف لاتيني صغير',
  'reset.rule.RequireNumbers': 'رقم',
  'reset.rule.RequireSymbols': 'رمز خاص، مثل \u2066!\u2069 أو \u2066?\u2069',
  'reset.passwordMissing': 'أدخل كلمة مرور جديدة.',
  'reset.passwordWeak': 'اختر كلمة مرور تستوفي كل القواعد أدناه.',
  'reset.passwordRule': 'رُفضت كلمة المرور هذه. تحتاج إلى: {rule}.',
  'reset.passwordInvalid': 'كلمة المرور هذه لا تستوفي قواعد كلمات المرور في التطبيق. اختر كلمة أقوى.',
  'reset.passwordReused': 'سبق أن استخدمت كلمة المرور هذه. اختر كلمة جديدة.',
  'reset.passwordFormat': 'لا يمكن أن تبدأ كلمة المرور أو تنتهي بمسافة، وطولها 256 حرفًا على الأكثر.',
  'reset.submit': 'إعادة تعيين كلمة المرور',
  'reset.submitting': 'جارٍ إعادة التعيين…',
  'reset.successTitle': 'تم تغيير كلمة المرور',
  'reset.success': 'تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.',
};
export default ar;
