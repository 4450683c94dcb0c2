import type { KitMessages } from './en.js';

/** Japanese texts for cognito-confirm-kit. Import: `import { ja } from 'cognito-confirm-kit/locales/ja'`. */
export const ja: KitMessages = {
  // Resend button
  'resend.idle': 'コードを再送信',
  'resend.send': 'コードを送信',
  'resend.pending': '送信中…',
  'resend.cooldown': '再送信まで {time}',
  'resend.retry': '再試行',
  'resend.reason.pending': '新しいコードを送信しています。',
  'resend.reason.cooldown': 'タイマーが終了すると、新しいコードをリクエストできます。',

  // Where the code went
  'destination.email': '{destination} にメールでコードを送信しました。',
  'destination.sms': '{destination} に SMS でコードを送信しました。',
  'destination.other': '{destination} にコードを送信しました。',
  'destination.unknown': 'この名前のアカウントが存在する場合は、そのアカウントにコードを送信しました。メールと SMS をご確認ください。',
  'destination.emailLabel': 'メール',
  'destination.smsLabel': 'SMS',

  // Code input
  'code.label': '確認コード',
  'code.fromLink': 'リンクのコードを入力しました。「{action}」を選んで完了してください。',
  'code.hint': { other: '{count} 文字のコードを入力してください。' },
  'code.hintDigits': { other: '{count} 桁のコードを入力してください。' },

  // Composed screens
  'signUp.title': 'アカウントの確認',
  'signUp.usernameLabel': 'ユーザー名またはメールアドレス',
  'signUp.usernameSubmit': '次へ',
  'signUp.changeUsername': '別の名前を使用',
  'signUp.confirm': '確認',
  'signUp.confirming': '確認中…',
  'signUp.success': 'アカウントが確認されました。サインインできます。',
  'attribute.title.email': 'メールアドレスの確認',
  'attribute.title.phone_number': '電話番号の確認',
  'attribute.title.other': '{attribute} の確認',
  'attribute.intro': 'ご本人のものであることを確認するため、コードをお送りします。',
  'attribute.verify': '確認',
  'attribute.verifying': '確認中…',
  'attribute.success': '確認が完了しました。ありがとうございます。',

  // Announcements (one polite live region; never every second)
  'announce.sent': '{destination} にコードを送信しました。',
  'announce.sentUnknown': 'コードを送信しました。',
  'announce.cooldownEnded': '新しいコードをリクエストできるようになりました。',

  // Durations (the numbers and units come from Intl)
  'duration.inAbout': '約{duration}',

  // Errors: one per code the kit can report
  'error.CodeDeliveryFailureException': 'コードを届けられませんでした。メールアドレスまたは電話番号を確認して、もう一度お試しください。',
  'error.CodeDeliveryFailureException.sms':
    'SMS を送信できませんでした。このアプリがまだ SMS サンドボックス内にある場合、コードを受け取れるのは検証済みの番号だけです。アプリの運営者にお問い合わせください。',
  'error.ForbiddenException': 'このリクエストはブロックされました。しばらくしてから、または別のネットワークからもう一度お試しください。',
  'error.InternalErrorException': 'こちら側で問題が発生しました。もう一度お試しください。',
  'error.InvalidEmailRoleAccessPolicyException': 'このアプリのメール送信が正しく設定されていません。アプリの運営者にお知らせください。',
  'error.InvalidLambdaResponseException': 'アプリでコードを準備できませんでした。しばらくしてからもう一度お試しください。',
  'error.InvalidParameterException': 'このリクエストを完了できませんでした。アカウントがすでに確認済みの場合は、サインインしてください。',
  'error.InvalidSmsRoleAccessPolicyException': 'このアプリの SMS 送信が正しく設定されていません。アプリの運営者にお知らせください。',
  'error.InvalidSmsRoleTrustRelationshipException': 'このアプリの SMS 送信が正しく設定されていません。アプリの運営者にお知らせください。',
  'error.LimitExceededException': '試行回数が多すぎます。{duration}待ってから、もう一度お試しください。',
  'error.LimitExceededException.emailDaily':
    'このアプリは 1 日のメール送信上限に達しました。アプリの運営者が Cognito 用に Amazon SES を設定する必要があります。明日もう一度お試しください。',
  'error.NotAuthorizedException':
    'このアカウントはこの方法では確認できません。すでに確認済みの可能性があります。サインインをお試しください。',
  'error.ResourceNotFoundException': 'このアプリは正しく設定されていません。アプリの運営者にお知らせください。',
  'error.TooManyRequestsException': 'リクエストが多すぎます。{duration}待ってから、もう一度お試しください。',
  'error.UnexpectedLambdaException': 'アプリでコードを準備できませんでした。しばらくしてからもう一度お試しください。',
  'error.UserLambdaValidationException': 'アプリがこのリクエストを受け付けませんでした。入力内容をご確認ください。',
  'error.UserNotFoundException': 'アカウントが見つかりませんでした。名前を確認して、もう一度お試しください。',
  'error.CodeMismatchException': 'コードが正しくありません。確認してもう一度入力するか、新しいコードをリクエストしてください。',
  'error.ExpiredCodeException': 'コードの有効期限が切れています。新しいコードをリクエストしてください。',
  'error.TooManyFailedAttemptsException': '誤ったコードの入力が多すぎます。しばらく待ってから、新しいコードをリクエストしてください。',
  'error.AliasExistsException': 'このメールアドレスまたは電話番号は、すでに別のアカウントで使用されています。',
  'error.InvalidUserPoolConfigurationException': 'このアプリは正しく設定されていません。アプリの運営者にお知らせください。',
  'error.PasswordResetRequiredException': '続行する前に、パスワードをリセットしてください。',
  'error.UserNotConfirmedException': 'このアカウントはまだ確認されていません。お送りしたコードを入力してください。',
  'error.UnsupportedOperationException': 'この操作はここでは利用できません。',
  'error.InvalidPasswordException': '表示されているすべてのルールを満たすパスワードを選んでください。',
  'error.PasswordHistoryPolicyViolationException': '最近使用していないパスワードを選んでください。',
  'error.ValidationError': '入力内容をご確認ください。',
  'error.ValidationError.code': '受け取ったコードを、スペースを入れずにそのまま入力してください。',
  'error.ValidationError.username': 'ユーザー名またはメールアドレスを入力してください。',
  'error.NetworkError': 'オフラインのようです。接続を確認して、もう一度お試しください。',
  'error.TimeoutError': '時間がかかりすぎています。接続を確認して、もう一度お試しください。',
  'error.AbortError': 'リクエストはキャンセルされました。',
  'error.InvalidResponseError': '予期しない応答を受け取りました。もう一度お試しください。',
  'error.UnknownError': '問題が発生しました。もう一度お試しください。',

  // ── 確認画面の状態: 控えめな再送信、未完成のコード、オフライン、完了、確認済み ──
  'resend.prompt': 'コードが届きませんか?',
  'resend.link': '再送信',
  'resend.rateLimited': '試行回数が多すぎます。{time} 後に新しいコードをリクエストできます。',
  'resend.sent': '{destination} に新しいコードを送信しました。',
  'resend.sentUnknown': '新しいコードを送信しました。',
  'code.incomplete': { other: 'コードが不完全です。あと {count} 文字必要です。' },
  'code.incompleteDigits': { other: 'コードが不完全です。あと {count} 桁必要です。' },
  'confirm.expired': 'このコードは有効期限が切れています。下の「再送信」から新しいコードを受け取ってください。',
  'offline.notice': 'オフラインです。何も送信されていません。オンラインに戻ったら続行できます。',
  'announce.online': 'オンラインに戻りました。',
  'signUp.successTitle': 'アカウントを確認しました',
  'signUp.alreadyTitle': '確認済みです',
  'signUp.already': 'このアカウントはすでに確認されています。サインインして続行してください。',
  'signUp.signIn': 'サインイン',
  'signUp.signedInTitle': 'サインインしました',
  'signUp.signedIn': '{username} としてサインインしています。',
  'attribute.successTitle': '確認が完了しました',
  'destination.unknownAttribute.email': 'アカウントに登録されたメールアドレスにコードを送信しました。',
  'destination.unknownAttribute.phone_number': 'アカウントに登録された電話番号に SMS でコードを送信しました。',
  'destination.unknownAttribute.other': '{attribute} を確認するためのコードを送信しました。',
};
export default ja;
