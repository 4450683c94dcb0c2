import type { KitMessages } from './en.js';

/**
 * French texts for cognito-confirm-kit. Import: `import { fr } from 'cognito-confirm-kit/locales/fr'`.
 * `\u00a0` is a no-break space before `:` and `;`, as French typography requires.
 */
export const fr: KitMessages = {
  // Resend button
  'resend.idle': 'Renvoyer le code',
  'resend.send': 'Envoyer le code',
  'resend.pending': 'Envoi en cours…',
  'resend.cooldown': 'Renvoyer dans {time}',
  'resend.retry': 'Réessayer',
  'resend.reason.pending': 'Un nouveau code est en route.',
  'resend.reason.cooldown': 'Vous pourrez demander un nouveau code à la fin du minuteur.',

  // Where the code went
  'destination.email': 'Nous avons envoyé un code par e-mail à {destination}.',
  'destination.sms': 'Nous avons envoyé un code par SMS au {destination}.',
  'destination.other': 'Nous avons envoyé un code à {destination}.',
  'destination.unknown': 'Si un compte existe pour ce nom, nous lui avons envoyé un code. Consultez vos e-mails et vos SMS.',
  'destination.emailLabel': 'E-mail',
  'destination.smsLabel': 'SMS',

  // Code input
  'code.label': 'Code de confirmation',
  'code.fromLink': 'Le code de votre lien est déjà saisi. Sélectionnez « {action} » pour terminer.',
  'code.hint': {
    one: 'Saisissez le code à {count} caractère.',
    many: 'Saisissez le code à {count} caractères.',
    other: 'Saisissez le code à {count} caractères.',
  },
  'code.hintDigits': {
    one: 'Saisissez le code à {count} chiffre.',
    many: 'Saisissez le code à {count} chiffres.',
    other: 'Saisissez le code à {count} chiffres.',
  },

  // Composed screens
  'signUp.title': 'Confirmez votre compte',
  'signUp.usernameLabel': 'Nom d’utilisateur ou e-mail',
  'signUp.usernameSubmit': 'Continuer',
  'signUp.changeUsername': 'Utiliser un autre nom',
  'signUp.confirm': 'Confirmer',
  'signUp.confirming': 'Confirmation…',
  'signUp.success': 'Votre compte est confirmé. Vous pouvez maintenant vous connecter.',
  'attribute.title.email': 'Vérifiez votre adresse e-mail',
  'attribute.title.phone_number': 'Vérifiez votre numéro de téléphone',
  'attribute.title.other': 'Vérifiez {attribute}',
  'attribute.intro': 'Nous allons vous envoyer un code pour vérifier qu’il s’agit bien de vous.',
  'attribute.verify': 'Vérifier',
  'attribute.verifying': 'Vérification…',
  'attribute.success': 'Vérification réussie. Merci.',

  // Announcements (one polite live region; never every second)
  'announce.sent': 'Code envoyé à {destination}.',
  'announce.sentUnknown': 'Code envoyé.',
  'announce.cooldownEnded': 'Vous pouvez maintenant demander un nouveau code.',

  // Durations (the numbers and units come from Intl)
  'duration.inAbout': 'environ {duration}',

  // Errors: one per code the kit can report
  'error.CodeDeliveryFailureException': 'Nous n’avons pas pu envoyer le code. Vérifiez l’adresse ou le numéro, puis réessayez.',
  'error.CodeDeliveryFailureException.sms':
    'Nous n’avons pas pu envoyer de SMS à votre téléphone. Si cette application est encore dans la sandbox SMS, seuls les numéros vérifiés reçoivent des codes\u00a0: contactez le propriétaire de l’application.',
  'error.ForbiddenException': 'Cette demande a été bloquée. Réessayez plus tard ou depuis un autre réseau.',
  'error.InternalErrorException': 'Un problème est survenu de notre côté. Veuillez réessayer.',
  'error.InvalidEmailRoleAccessPolicyException':
    'L’envoi d’e-mails n’est pas correctement configuré pour cette application. Veuillez en informer son propriétaire.',
  'error.InvalidLambdaResponseException': 'L’application n’a pas pu préparer votre code. Veuillez réessayer plus tard.',
  'error.InvalidParameterException': 'Cette demande n’a pas pu aboutir. Si votre compte est déjà confirmé, connectez-vous plutôt.',
  'error.InvalidSmsRoleAccessPolicyException':
    'L’envoi de SMS n’est pas correctement configuré pour cette application. Veuillez en informer son propriétaire.',
  'error.InvalidSmsRoleTrustRelationshipException':
    'L’envoi de SMS n’est pas correctement configuré pour cette application. Veuillez en informer son propriétaire.',
  'error.LimitExceededException': 'Trop de tentatives. Veuillez patienter {duration} avant de réessayer.',
  'error.LimitExceededException.emailDaily':
    'Cette application a atteint sa limite quotidienne d’e-mails. Son propriétaire doit configurer Amazon SES pour Cognito\u00a0; veuillez réessayer demain.',
  'error.NotAuthorizedException':
    'Ce compte ne peut pas être confirmé de cette façon. Il est peut-être déjà confirmé\u00a0: essayez de vous connecter.',
  'error.ResourceNotFoundException': 'Cette application n’est pas correctement configurée. Veuillez en informer son propriétaire.',
  'error.TooManyRequestsException': 'Trop de demandes. Veuillez patienter {duration} avant de réessayer.',
  'error.UnexpectedLambdaException': 'L’application n’a pas pu préparer votre code. Veuillez réessayer plus tard.',
  'error.UserLambdaValidationException': 'L’application n’a pas accepté cette demande. Veuillez vérifier vos informations.',
  'error.UserNotFoundException': 'Nous n’avons pas trouvé ce compte. Vérifiez le nom, puis réessayez.',
  'error.CodeMismatchException': 'Ce code est incorrect. Vérifiez-le et réessayez, ou demandez-en un nouveau.',
  'error.ExpiredCodeException': 'Ce code a expiré. Demandez un nouveau code.',
  'error.TooManyFailedAttemptsException': 'Trop de codes incorrects. Patientez un moment, puis demandez un nouveau code.',
  'error.AliasExistsException': 'Un autre compte utilise déjà cette adresse e-mail ou ce numéro de téléphone.',
  'error.InvalidUserPoolConfigurationException':
    'Cette application n’est pas correctement configurée. Veuillez en informer son propriétaire.',
  'error.PasswordResetRequiredException': 'Vous devez réinitialiser votre mot de passe avant de continuer.',
  'error.UserNotConfirmedException': 'Ce compte n’est pas encore confirmé. Saisissez le code que nous vous avons envoyé.',
  'error.UnsupportedOperationException': 'Cette action n’est pas disponible ici.',
  'error.InvalidPasswordException': 'Choisissez un mot de passe qui respecte toutes les règles indiquées.',
  'error.PasswordHistoryPolicyViolationException': 'Choisissez un mot de passe que vous n’avez pas utilisé récemment.',
  'error.ValidationError': 'Veuillez vérifier votre saisie.',
  'error.ValidationError.code': 'Saisissez le code exactement comme vous l’avez reçu, sans espaces.',
  'error.ValidationError.username': 'Saisissez votre nom d’utilisateur ou votre adresse e-mail.',
  'error.NetworkError': 'Vous semblez être hors ligne. Vérifiez votre connexion, puis réessayez.',
  'error.TimeoutError': 'Cela prend trop de temps. Vérifiez votre connexion, puis réessayez.',
  'error.AbortError': 'La demande a été annulée.',
  'error.InvalidResponseError': 'Nous avons reçu une réponse inattendue. Veuillez réessayer.',
  'error.UnknownError': 'Un problème est survenu. Veuillez réessayer.',

  // ── États de l’écran de confirmation : renvoi discret, code incomplet, hors ligne, succès, déjà confirmé ──
  'resend.prompt': 'Vous n’avez pas reçu de code ?',
  'resend.link': 'Renvoyer',
  'resend.rateLimited': 'Trop de tentatives. Vous pourrez demander un nouveau code dans {time}.',
  'resend.sent': 'Nouveau code envoyé à {destination}.',
  'resend.sentUnknown': 'Nouveau code envoyé.',
  'code.incomplete': {
    one: 'Le code est incomplet : il manque {count} caractère.',
    many: 'Le code est incomplet : il manque {count} caractères.',
    other: 'Le code est incomplet : il manque {count} caractères.',
  },
  'code.incompleteDigits': {
    one: 'Le code est incomplet : il manque {count} chiffre.',
    many: 'Le code est incomplet : il manque {count} chiffres.',
    other: 'Le code est incomplet : il manque {count} chiffres.',
  },
  'confirm.expired': 'Ce code a expiré. Utilisez « Renvoyer » ci-dessous pour en recevoir un nouveau.',
  'offline.notice': 'Vous êtes hors ligne. Rien n’a été envoyé : vous pourrez continuer une fois la connexion rétablie.',
  'announce.online': 'Vous êtes de nouveau en ligne.',
  'signUp.successTitle': 'Compte confirmé',
  'signUp.alreadyTitle': 'Déjà confirmé',
  'signUp.already': 'Ce compte est déjà confirmé. Connectez-vous pour continuer.',
  'signUp.signIn': 'Se connecter',
  'signUp.signedInTitle': 'Connexion réussie',
  'signUp.signedIn': 'Connecté en tant que {username}.',
  'attribute.successTitle': 'Vérifié',
  'destination.unknownAttribute.email': 'Nous avons envoyé un code à l’adresse e-mail de votre compte.',
  'destination.unknownAttribute.phone_number': 'Nous avons envoyé un code par SMS au numéro de téléphone de votre compte.',
  'destination.unknownAttribute.other': 'Nous avons envoyé un code pour confirmer votre {attribute}.',

  // Password reset
  'reset.title': 'Réinitialisez votre mot de passe',
  'reset.intro':
    'Saisissez votre nom d’utilisateur ou votre adresse e-mail. Nous vous enverrons un code pour réinitialiser votre mot de passe.',
  'reset.introFor': 'Nous enverrons un code pour réinitialiser le mot de passe de {username}.',
  'reset.usernameLabel': 'Nom d’utilisateur ou e-mail',
  'reset.send': 'Envoyer le code',
  'reset.sending': 'Envoi en cours…',
  'reset.changeUsername': 'Utiliser un autre nom',
  'reset.enumerationSafe': 'Si un compte existe pour {username}, nous lui avons envoyé un code. Consultez vos e-mails et vos SMS.',
  'reset.noVerifiedContact':
    'Ce compte n’a ni adresse e-mail ni numéro de téléphone vérifié auquel envoyer un code. Si vous venez de vous inscrire, confirmez d’abord votre inscription.',
  'reset.notConfirmed': 'Ce compte n’est pas encore confirmé. Confirmez d’abord votre inscription, puis connectez-vous.',
  'reset.confirmSignUp': 'Confirmer l’inscription',
  'reset.passwordLabel': 'Nouveau mot de passe',
  'reset.showPassword': 'Afficher le mot de passe',
  'reset.rules': 'Votre nouveau mot de passe doit contenir\u00a0:',
  'reset.ruleMet': 'fait',
  'reset.ruleUnmet': 'pas encore',
  'reset.rule.MinimumLength': {
    one: 'Au moins {count} caractère',
    many: 'Au moins {count} caractères',
    other: 'Au moins {count} caractères',
  },
  'reset.rule.RequireUppercase': 'Une lettre majuscule',
  'reset.rule.RequireLowercase': 'Une lettre minuscule',
  'reset.rule.RequireNumbers': 'Un chiffre',
  'reset.rule.RequireSymbols': 'Un symbole, comme\u00a0! ou\u00a0?',
  'reset.passwordMissing': 'Saisissez un nouveau mot de passe.',
  'reset.passwordWeak': 'Choisissez un mot de passe qui respecte toutes les règles ci-dessous.',
  'reset.passwordRule': 'Ce mot de passe a été refusé. Il lui manque\u00a0: {rule}.',
  'reset.passwordInvalid': 'Ce mot de passe ne respecte pas les règles de l’application. Choisissez-en un plus robuste.',
  'reset.passwordReused': 'Vous avez déjà utilisé ce mot de passe. Choisissez-en un nouveau.',
  'reset.passwordFormat': 'Un mot de passe ne peut ni commencer ni finir par une espace, et compte au plus 256 caractères.',
  'reset.submit': 'Réinitialiser le mot de passe',
  'reset.submitting': 'Réinitialisation…',
  'reset.successTitle': 'Mot de passe modifié',
  'reset.success': 'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
};
export default fr;
