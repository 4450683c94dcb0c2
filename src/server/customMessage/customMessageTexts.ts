/**
 * The sentences of the confirmation (and password reset) message in one language. Plain strings;
 * `{code}` marks where the code goes (Cognito's placeholder, which it fills after the function
 * returns), and must appear in `code`, `codeOnly` and `resetCodeOnly`.
 */
export interface CustomMessageTexts {
  /** Email subject for a sign-up code (first or resent). */
  subject: string;
  /** Email subject for re-verifying an address (`CustomMessage_VerifyUserAttribute`). */
  verifySubject: string;
  /** The sentence before the link, sign-up. */
  intro: string;
  /** The sentence before the link, re-verification. */
  verifyIntro: string;
  /** The link's text in HTML email. */
  button: string;
  /** The code under the link: "Or enter this code: {code}". */
  code: string;
  /** The code alone, when there is no link (and the SMS's first line): "Your confirmation code is {code}." */
  codeOnly: string;
  /** The closing line. */
  ignore: string;
  /** Email subject for a password reset code (`CustomMessage_ForgotPassword`, with `resetUrl`). */
  resetSubject: string;
  /** The sentence before the link, password reset. */
  resetIntro: string;
  /** The link's text in HTML email, password reset. */
  resetButton: string;
  /** The reset code alone (the SMS's first line, and the email when the username cannot be linked). */
  resetCodeOnly: string;
}

/** The texts only a password reset uses: a locale added in `messages` needs them only with `resetUrl`. */
export const RESET_TEXT_KEYS = ['resetSubject', 'resetIntro', 'resetButton', 'resetCodeOnly'] as const;

/** Some texts of a locale, to replace (`undefined` keeps the shipped one). */
export type CustomMessageTextOverrides = { [K in keyof CustomMessageTexts]?: string | undefined };

/** The kit's locale codes. */
export type CustomMessageLocale = 'en' | 'es' | 'fr' | 'de' | 'ja';

// Register and typography follow src/locales (de: Sie, es: tú, fr: no-break space before ":").
export const CUSTOM_MESSAGE_TEXTS: Readonly<Record<CustomMessageLocale, Readonly<CustomMessageTexts>>> = {
  en: {
    subject: 'Confirm your sign-up',
    verifySubject: 'Confirm your email address',
    intro: 'Open this link to confirm your sign-up:',
    verifyIntro: 'Open this link to confirm your email address:',
    button: 'Confirm',
    code: 'Or enter this code: {code}',
    codeOnly: 'Your confirmation code is {code}.',
    ignore: "If you didn't ask for this, you can ignore this message.",
    resetSubject: 'Reset your password',
    resetIntro: 'Open this link to choose a new password:',
    resetButton: 'Reset password',
    resetCodeOnly: 'Your password reset code is {code}.',
  },
  es: {
    subject: 'Confirma tu registro',
    verifySubject: 'Confirma tu dirección de correo electrónico',
    intro: 'Abre este enlace para confirmar tu registro:',
    verifyIntro: 'Abre este enlace para confirmar tu dirección de correo electrónico:',
    button: 'Confirmar',
    code: 'O introduce este código: {code}',
    codeOnly: 'Tu código de confirmación es {code}.',
    ignore: 'Si no lo has pedido, puedes ignorar este mensaje.',
    resetSubject: 'Restablece tu contraseña',
    resetIntro: 'Abre este enlace para elegir una contraseña nueva:',
    resetButton: 'Restablecer contraseña',
    resetCodeOnly: 'Tu código para restablecer la contraseña es {code}.',
  },
  fr: {
    subject: 'Confirmez votre inscription',
    verifySubject: 'Confirmez votre adresse e-mail',
    intro: 'Ouvrez ce lien pour confirmer votre inscription\u00a0:',
    verifyIntro: 'Ouvrez ce lien pour confirmer votre adresse e-mail\u00a0:',
    button: 'Confirmer',
    code: 'Ou saisissez ce code\u00a0: {code}',
    codeOnly: 'Votre code de confirmation est {code}.',
    ignore: "Si vous n'avez rien demandé, vous pouvez ignorer ce message.",
    resetSubject: 'Réinitialisez votre mot de passe',
    resetIntro: 'Ouvrez ce lien pour choisir un nouveau mot de passe\u00a0:',
    resetButton: 'Réinitialiser le mot de passe',
    resetCodeOnly: 'Votre code de réinitialisation est {code}.',
  },
  de: {
    subject: 'Bestätigen Sie Ihre Registrierung',
    verifySubject: 'Bestätigen Sie Ihre E-Mail-Adresse',
    intro: 'Öffnen Sie diesen Link, um Ihre Registrierung zu bestätigen:',
    verifyIntro: 'Öffnen Sie diesen Link, um Ihre E-Mail-Adresse zu bestätigen:',
    button: 'Bestätigen',
    code: 'Oder geben Sie diesen Code ein: {code}',
    codeOnly: 'Ihr Bestätigungscode lautet {code}.',
    ignore: 'Falls Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.',
    resetSubject: 'Setzen Sie Ihr Passwort zurück',
    resetIntro: 'Öffnen Sie diesen Link, um ein neues Passwort festzulegen:',
    resetButton: 'Passwort zurücksetzen',
    resetCodeOnly: 'Ihr Code zum Zurücksetzen des Passworts lautet {code}.',
  },
  ja: {
    subject: '登録の確認',
    verifySubject: 'メールアドレスの確認',
    intro: '次のリンクを開いて、登録を確認してください。',
    verifyIntro: '次のリンクを開いて、メールアドレスを確認してください。',
    button: '確認する',
    code: 'または、次のコードを入力してください: {code}',
    codeOnly: '確認コードは {code} です。',
    ignore: 'お心当たりがない場合は、このメッセージを無視してください。',
    resetSubject: 'パスワードの再設定',
    resetIntro: '次のリンクを開いて、新しいパスワードを設定してください。',
    resetButton: 'パスワードを再設定する',
    resetCodeOnly: 'パスワードの再設定コードは {code} です。',
  },
};

export const CUSTOM_MESSAGE_TEXT_KEYS = Object.keys(CUSTOM_MESSAGE_TEXTS.en) as ReadonlyArray<keyof CustomMessageTexts>;
