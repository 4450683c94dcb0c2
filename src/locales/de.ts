import type { KitMessages } from './en.js';

/** German texts for cognito-confirm-kit. Import: `import { de } from 'cognito-confirm-kit/locales/de'`. */
export const de: KitMessages = {
  // Resend button
  'resend.idle': 'Code erneut senden',
  'resend.send': 'Code senden',
  'resend.pending': 'Wird gesendet…',
  'resend.cooldown': 'Erneut senden in {time}',
  'resend.retry': 'Erneut versuchen',
  'resend.reason.pending': 'Ein neuer Code ist unterwegs.',
  'resend.reason.cooldown': 'Sie können einen neuen Code anfordern, sobald der Timer abgelaufen ist.',

  // Where the code went
  'destination.email': 'Wir haben einen Code per E-Mail an {destination} gesendet.',
  'destination.sms': 'Wir haben einen Code per SMS an {destination} gesendet.',
  'destination.other': 'Wir haben einen Code an {destination} gesendet.',
  'destination.unknown':
    'Falls für diesen Namen ein Konto existiert, haben wir einen Code dorthin gesendet. Prüfen Sie Ihre E-Mails und SMS.',
  'destination.emailLabel': 'E-Mail',
  'destination.smsLabel': 'SMS',

  // Code input
  'code.label': 'Bestätigungscode',
  'code.fromLink': 'Der Code aus Ihrem Link ist eingetragen. Wählen Sie „{action}“, um abzuschließen.',
  'code.hint': {
    one: 'Geben Sie den Code mit {count} Zeichen ein.',
    other: 'Geben Sie den Code mit {count} Zeichen ein.',
  },
  'code.hintDigits': {
    one: 'Geben Sie den {count}-stelligen Code ein.',
    other: 'Geben Sie den {count}-stelligen Code ein.',
  },

  // Composed screens
  'signUp.title': 'Konto bestätigen',
  'signUp.usernameLabel': 'Benutzername oder E-Mail-Adresse',
  'signUp.usernameSubmit': 'Weiter',
  'signUp.changeUsername': 'Anderen Namen verwenden',
  'signUp.confirm': 'Bestätigen',
  'signUp.confirming': 'Wird bestätigt…',
  'signUp.success': 'Ihr Konto ist bestätigt. Sie können sich jetzt anmelden.',
  'attribute.title.email': 'E-Mail-Adresse bestätigen',
  'attribute.title.phone_number': 'Telefonnummer bestätigen',
  'attribute.title.other': '{attribute} bestätigen',
  'attribute.intro': 'Wir senden Ihnen einen Code, um zu bestätigen, dass Sie Zugriff darauf haben.',
  'attribute.verify': 'Bestätigen',
  'attribute.verifying': 'Wird bestätigt…',
  'attribute.success': 'Bestätigt. Vielen Dank.',

  // Announcements (one polite live region; never every second)
  'announce.sent': 'Code an {destination} gesendet.',
  'announce.sentUnknown': 'Code gesendet.',
  'announce.cooldownEnded': 'Sie können jetzt einen neuen Code anfordern.',

  // Durations (the numbers and units come from Intl)
  'duration.inAbout': 'etwa {duration}',

  // Errors: one per code the kit can report
  'error.CodeDeliveryFailureException':
    'Der Code konnte nicht zugestellt werden. Prüfen Sie die Adresse oder Nummer und versuchen Sie es erneut.',
  'error.CodeDeliveryFailureException.sms':
    'Wir konnten Ihnen keine SMS senden. Wenn sich diese App noch in der SMS-Sandbox befindet, erhalten nur verifizierte Nummern Codes: Wenden Sie sich an den Betreiber der App.',
  'error.ForbiddenException': 'Diese Anfrage wurde blockiert. Versuchen Sie es später erneut oder über ein anderes Netzwerk.',
  'error.InternalErrorException': 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  'error.InvalidEmailRoleAccessPolicyException':
    'Der E-Mail-Versand ist für diese App nicht richtig eingerichtet. Bitte informieren Sie den Betreiber der App.',
  'error.InvalidLambdaResponseException': 'Die App konnte Ihren Code nicht vorbereiten. Bitte versuchen Sie es später erneut.',
  'error.InvalidParameterException':
    'Diese Anfrage konnte nicht abgeschlossen werden. Wenn Ihr Konto bereits bestätigt ist, melden Sie sich stattdessen an.',
  'error.InvalidSmsRoleAccessPolicyException':
    'Der SMS-Versand ist für diese App nicht richtig eingerichtet. Bitte informieren Sie den Betreiber der App.',
  'error.InvalidSmsRoleTrustRelationshipException':
    'Der SMS-Versand ist für diese App nicht richtig eingerichtet. Bitte informieren Sie den Betreiber der App.',
  'error.LimitExceededException': 'Zu viele Versuche. Bitte warten Sie {duration}, bevor Sie es erneut versuchen.',
  'error.LimitExceededException.emailDaily':
    'Diese App hat ihr tägliches E-Mail-Limit erreicht. Der Betreiber der App muss Amazon SES für Cognito einrichten; bitte versuchen Sie es morgen erneut.',
  'error.NotAuthorizedException':
    'Dieses Konto kann auf diese Weise nicht bestätigt werden. Möglicherweise ist es bereits bestätigt: Versuchen Sie, sich anzumelden.',
  'error.ResourceNotFoundException': 'Diese App ist nicht richtig eingerichtet. Bitte informieren Sie den Betreiber der App.',
  'error.TooManyRequestsException': 'Zu viele Anfragen. Bitte warten Sie {duration}, bevor Sie es erneut versuchen.',
  'error.UnexpectedLambdaException': 'Die App konnte Ihren Code nicht vorbereiten. Bitte versuchen Sie es später erneut.',
  'error.UserLambdaValidationException': 'Die App hat diese Anfrage nicht akzeptiert. Bitte prüfen Sie Ihre Angaben.',
  'error.UserNotFoundException': 'Wir konnten dieses Konto nicht finden. Prüfen Sie den Namen und versuchen Sie es erneut.',
  'error.CodeMismatchException':
    'Dieser Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut, oder fordern Sie einen neuen an.',
  'error.ExpiredCodeException': 'Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an.',
  'error.TooManyFailedAttemptsException': 'Zu viele falsche Codes. Bitte warten Sie eine Weile und fordern Sie dann einen neuen Code an.',
  'error.AliasExistsException': 'Diese E-Mail-Adresse oder Telefonnummer wird bereits von einem anderen Konto verwendet.',
  'error.InvalidUserPoolConfigurationException': 'Diese App ist nicht richtig eingerichtet. Bitte informieren Sie den Betreiber der App.',
  'error.PasswordResetRequiredException': 'Sie müssen Ihr Passwort zurücksetzen, bevor Sie fortfahren können.',
  'error.UserNotConfirmedException': 'Dieses Konto ist noch nicht bestätigt. Geben Sie den Code ein, den wir Ihnen gesendet haben.',
  'error.UnsupportedOperationException': 'Diese Aktion ist hier nicht verfügbar.',
  'error.InvalidPasswordException': 'Wählen Sie ein Passwort, das alle angezeigten Regeln erfüllt.',
  'error.PasswordHistoryPolicyViolationException': 'Wählen Sie ein Passwort, das Sie in letzter Zeit nicht verwendet haben.',
  'error.ValidationError': 'Bitte prüfen Sie Ihre Eingabe.',
  'error.ValidationError.code': 'Geben Sie den Code genau so ein, wie Sie ihn erhalten haben, ohne Leerzeichen.',
  'error.ValidationError.username': 'Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.',
  'error.NetworkError': 'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.TimeoutError': 'Das dauert zu lange. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.AbortError': 'Die Anfrage wurde abgebrochen.',
  'error.InvalidResponseError': 'Wir haben eine unerwartete Antwort erhalten. Bitte versuchen Sie es erneut.',
  'error.UnknownError': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',

  // ── Zustände des Bestätigungsschritts: dezentes Erneut-Senden, unvollständiger Code, offline, Erfolg, bereits bestätigt ──
  'resend.prompt': 'Keinen Code erhalten?',
  'resend.link': 'Erneut senden',
  'resend.rateLimited': 'Zu viele Versuche. Sie können in {time} einen neuen Code anfordern.',
  'resend.sent': 'Neuer Code an {destination} gesendet.',
  'resend.sentUnknown': 'Neuer Code gesendet.',
  'code.incomplete': {
    one: 'Der Code ist unvollständig: Es fehlt {count} Zeichen.',
    other: 'Der Code ist unvollständig: Es fehlen {count} Zeichen.',
  },
  'code.incompleteDigits': {
    one: 'Der Code ist unvollständig: Es fehlt {count} Ziffer.',
    other: 'Der Code ist unvollständig: Es fehlen {count} Ziffern.',
  },
  'confirm.expired': 'Dieser Code ist abgelaufen. Fordern Sie unten mit „Erneut senden“ einen neuen an.',
  'offline.notice': 'Sie sind offline. Es wurde nichts gesendet: Sie können fortfahren, sobald Sie wieder online sind.',
  'announce.online': 'Sie sind wieder online.',
  'signUp.successTitle': 'Konto bestätigt',
  'signUp.alreadyTitle': 'Bereits bestätigt',
  'signUp.already': 'Dieses Konto ist bereits bestätigt. Melden Sie sich an, um fortzufahren.',
  'signUp.signIn': 'Anmelden',
  'signUp.signedInTitle': 'Angemeldet',
  'signUp.signedIn': 'Angemeldet als {username}.',
  'attribute.successTitle': 'Bestätigt',
  'destination.unknownAttribute.email': 'Wir haben einen Code an die E-Mail-Adresse Ihres Kontos gesendet.',
  'destination.unknownAttribute.phone_number': 'Wir haben einen Code per SMS an die Telefonnummer Ihres Kontos gesendet.',
  'destination.unknownAttribute.other': 'Wir haben einen Code gesendet, um {attribute} zu bestätigen.',

  // Password reset
  'reset.title': 'Passwort zurücksetzen',
  'reset.intro': 'Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Code, um Ihr Passwort zurückzusetzen.',
  'reset.introFor': 'Wir senden einen Code, um das Passwort von {username} zurückzusetzen.',
  'reset.usernameLabel': 'Benutzername oder E-Mail-Adresse',
  'reset.send': 'Code senden',
  'reset.sending': 'Wird gesendet…',
  'reset.changeUsername': 'Anderen Namen verwenden',
  'reset.enumerationSafe': 'Falls es ein Konto für {username} gibt, haben wir ihm einen Code gesendet. Prüfen Sie Ihre E-Mails und SMS.',
  'reset.noVerifiedContact':
    'Dieses Konto hat keine bestätigte E-Mail-Adresse oder Telefonnummer, an die ein Code gehen kann. Wenn Sie sich gerade registriert haben, bestätigen Sie zuerst Ihre Registrierung.',
  'reset.notConfirmed': 'Dieses Konto ist noch nicht bestätigt. Bestätigen Sie zuerst Ihre Registrierung und melden Sie sich dann an.',
  'reset.confirmSignUp': 'Registrierung bestätigen',
  'reset.passwordLabel': 'Neues Passwort',
  'reset.showPassword': 'Passwort anzeigen',
  'reset.rules': 'Ihr neues Passwort braucht:',
  'reset.ruleMet': 'erfüllt',
  'reset.ruleUnmet': 'noch nicht erfüllt',
  'reset.rule.MinimumLength': {
    one: 'Mindestens {count} Zeichen',
    other: 'Mindestens {count} Zeichen',
  },
  'reset.rule.RequireUppercase': 'Einen Großbuchstaben',
  'reset.rule.RequireLowercase': 'Einen Kleinbuchstaben',
  'reset.rule.RequireNumbers': 'Eine Ziffer',
  'reset.rule.RequireSymbols': 'Ein Sonderzeichen, etwa ! oder ?',
  'reset.passwordMissing': 'Geben Sie ein neues Passwort ein.',
  'reset.passwordWeak': 'Wählen Sie ein Passwort, das alle Regeln unten erfüllt.',
  'reset.passwordRule': 'Dieses Passwort wurde abgelehnt. Es braucht: {rule}.',
  'reset.passwordInvalid': 'Dieses Passwort erfüllt die Passwortregeln der App nicht. Wählen Sie ein sichereres.',
  'reset.passwordReused': 'Dieses Passwort haben Sie schon einmal verwendet. Wählen Sie ein neues.',
  'reset.passwordFormat': 'Ein Passwort darf nicht mit einem Leerzeichen beginnen oder enden und hat höchstens 256 Zeichen.',
  'reset.submit': 'Passwort zurücksetzen',
  'reset.submitting': 'Wird zurückgesetzt…',
  'reset.successTitle': 'Passwort geändert',
  'reset.success': 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',
};
export default de;
