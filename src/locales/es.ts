import type { KitMessages } from './en.js';

/** Spanish texts for cognito-confirm-kit. Import: `import { es } from 'cognito-confirm-kit/locales/es'`. */
export const es: KitMessages = {
  // Resend button
  'resend.idle': 'Reenviar código',
  'resend.send': 'Enviar código',
  'resend.pending': 'Enviando…',
  'resend.cooldown': 'Reenviar en {time}',
  'resend.retry': 'Reintentar',
  'resend.reason.pending': 'Un código nuevo está en camino.',
  'resend.reason.cooldown': 'Podrás pedir un código nuevo cuando termine el temporizador.',

  // Where the code went
  'destination.email': 'Te enviamos un código por correo electrónico a {destination}.',
  'destination.sms': 'Te enviamos un código por mensaje de texto a {destination}.',
  'destination.other': 'Te enviamos un código a {destination}.',
  'destination.unknown':
    'Si existe una cuenta con este nombre, le enviamos un código. Revisa tu correo electrónico y tus mensajes de texto.',
  'destination.emailLabel': 'Correo electrónico',
  'destination.smsLabel': 'Mensaje de texto',

  // Code input
  'code.label': 'Código de confirmación',
  'code.fromLink': 'Hemos rellenado el código de tu enlace. Selecciona {action} para terminar.',
  'code.hint': {
    one: 'Ingresa el código de {count} carácter.',
    many: 'Ingresa el código de {count} caracteres.',
    other: 'Ingresa el código de {count} caracteres.',
  },
  'code.hintDigits': {
    one: 'Ingresa el código de {count} dígito.',
    many: 'Ingresa el código de {count} dígitos.',
    other: 'Ingresa el código de {count} dígitos.',
  },

  // Composed screens
  'signUp.title': 'Confirma tu cuenta',
  'signUp.usernameLabel': 'Nombre de usuario o correo electrónico',
  'signUp.usernameSubmit': 'Continuar',
  'signUp.changeUsername': 'Usar otro nombre',
  'signUp.confirm': 'Confirmar',
  'signUp.confirming': 'Confirmando…',
  'signUp.success': 'Tu cuenta está confirmada. Ya puedes iniciar sesión.',
  'attribute.title.email': 'Verifica tu correo electrónico',
  'attribute.title.phone_number': 'Verifica tu número de teléfono',
  'attribute.title.other': 'Verifica {attribute}',
  'attribute.intro': 'Te enviaremos un código para confirmar que te pertenece.',
  'attribute.verify': 'Verificar',
  'attribute.verifying': 'Verificando…',
  'attribute.success': 'Verificado. Gracias.',

  // Announcements (one polite live region; never every second)
  'announce.sent': 'Código enviado a {destination}.',
  'announce.sentUnknown': 'Código enviado.',
  'announce.cooldownEnded': 'Ya puedes pedir un código nuevo.',

  // Durations (the numbers and units come from Intl)
  'duration.inAbout': 'aproximadamente {duration}',

  // Errors: one per code the kit can report
  'error.CodeDeliveryFailureException': 'No pudimos entregar el código. Revisa la dirección o el número e inténtalo de nuevo.',
  'error.CodeDeliveryFailureException.sms':
    'No pudimos enviar un mensaje de texto a tu teléfono. Si esta app sigue en el entorno de pruebas (sandbox) de SMS, solo los números verificados reciben códigos: consulta al propietario de la app.',
  'error.ForbiddenException': 'Se bloqueó esta solicitud. Inténtalo más tarde o desde otra red.',
  'error.InternalErrorException': 'Algo salió mal de nuestro lado. Inténtalo de nuevo.',
  'error.InvalidEmailRoleAccessPolicyException':
    'El envío de correos no está bien configurado en esta app. Avísale al propietario de la app.',
  'error.InvalidLambdaResponseException': 'La app no pudo preparar tu código. Inténtalo de nuevo más tarde.',
  'error.InvalidParameterException': 'No se pudo completar esta solicitud. Si tu cuenta ya está confirmada, inicia sesión.',
  'error.InvalidSmsRoleAccessPolicyException':
    'Los mensajes de texto no están bien configurados en esta app. Avísale al propietario de la app.',
  'error.InvalidSmsRoleTrustRelationshipException':
    'Los mensajes de texto no están bien configurados en esta app. Avísale al propietario de la app.',
  'error.LimitExceededException': 'Demasiados intentos. Espera {duration} antes de volver a intentarlo.',
  'error.LimitExceededException.emailDaily':
    'Esta app alcanzó su límite diario de correos. El propietario de la app debe configurar Amazon SES para Cognito; inténtalo de nuevo mañana.',
  'error.NotAuthorizedException':
    'Esta cuenta no se puede confirmar de esta forma. Es posible que ya esté confirmada: intenta iniciar sesión.',
  'error.ResourceNotFoundException': 'Esta app no está bien configurada. Avísale al propietario de la app.',
  'error.TooManyRequestsException': 'Demasiadas solicitudes. Espera {duration} antes de volver a intentarlo.',
  'error.UnexpectedLambdaException': 'La app no pudo preparar tu código. Inténtalo de nuevo más tarde.',
  'error.UserLambdaValidationException': 'La app no aceptó esta solicitud. Revisa tus datos.',
  'error.UserNotFoundException': 'No encontramos esa cuenta. Revisa el nombre e inténtalo de nuevo.',
  'error.CodeMismatchException': 'Ese código no es correcto. Revísalo e inténtalo de nuevo, o pide uno nuevo.',
  'error.ExpiredCodeException': 'Ese código expiró. Pide un código nuevo.',
  'error.TooManyFailedAttemptsException': 'Demasiados códigos incorrectos. Espera un rato y luego pide un código nuevo.',
  'error.AliasExistsException': 'Otra cuenta ya usa este correo electrónico o número de teléfono.',
  'error.InvalidUserPoolConfigurationException': 'Esta app no está bien configurada. Avísale al propietario de la app.',
  'error.PasswordResetRequiredException': 'Debes restablecer tu contraseña antes de continuar.',
  'error.UserNotConfirmedException': 'Esta cuenta aún no está confirmada. Ingresa el código que te enviamos.',
  'error.UnsupportedOperationException': 'Esta acción no está disponible aquí.',
  'error.InvalidPasswordException': 'Elige una contraseña que cumpla todas las reglas indicadas.',
  'error.PasswordHistoryPolicyViolationException': 'Elige una contraseña que no hayas usado recientemente.',
  'error.ValidationError': 'Revisa los datos que ingresaste.',
  'error.ValidationError.code': 'Ingresa el código tal como lo recibiste, sin espacios.',
  'error.ValidationError.username': 'Ingresa tu nombre de usuario o correo electrónico.',
  'error.NetworkError': 'Parece que no tienes conexión. Revisa tu conexión e inténtalo de nuevo.',
  'error.TimeoutError': 'Esto está tardando demasiado. Revisa tu conexión e inténtalo de nuevo.',
  'error.AbortError': 'Se canceló la solicitud.',
  'error.InvalidResponseError': 'Recibimos una respuesta inesperada. Inténtalo de nuevo.',
  'error.UnknownError': 'Algo salió mal. Inténtalo de nuevo.',

  // ── Estados de la pantalla de confirmación: reenvío discreto, código incompleto, sin conexión, éxito, ya confirmada ──
  'resend.prompt': '¿No recibiste el código?',
  'resend.link': 'Reenviar',
  'resend.rateLimited': 'Demasiados intentos. Podrás pedir un código nuevo en {time}.',
  'resend.sent': 'Nuevo código enviado a {destination}.',
  'resend.sentUnknown': 'Nuevo código enviado.',
  'code.incomplete': {
    one: 'El código está incompleto: falta {count} carácter.',
    many: 'El código está incompleto: faltan {count} caracteres.',
    other: 'El código está incompleto: faltan {count} caracteres.',
  },
  'code.incompleteDigits': {
    one: 'El código está incompleto: falta {count} dígito.',
    many: 'El código está incompleto: faltan {count} dígitos.',
    other: 'El código está incompleto: faltan {count} dígitos.',
  },
  'confirm.expired': 'Ese código ha caducado. Usa Reenviar, más abajo, para recibir uno nuevo.',
  'offline.notice': 'No tienes conexión. No se ha enviado nada: podrás continuar cuando vuelvas a estar en línea.',
  'announce.online': 'Vuelves a tener conexión.',
  'signUp.successTitle': 'Cuenta confirmada',
  'signUp.alreadyTitle': 'Ya confirmada',
  'signUp.already': 'Esta cuenta ya está confirmada. Inicia sesión para continuar.',
  'signUp.signIn': 'Iniciar sesión',
  'signUp.signedInTitle': 'Sesión iniciada',
  'signUp.signedIn': 'Has iniciado sesión como {username}.',
  'attribute.successTitle': 'Verificado',
  'destination.unknownAttribute.email': 'Enviamos un código a la dirección de correo electrónico de tu cuenta.',
  'destination.unknownAttribute.phone_number': 'Enviamos un código por SMS al número de teléfono de tu cuenta.',
  'destination.unknownAttribute.other': 'Enviamos un código para confirmar tu {attribute}.',

  // Password reset
  'reset.title': 'Restablece tu contraseña',
  'reset.intro': 'Ingresa tu nombre de usuario o correo electrónico. Te enviaremos un código para restablecer tu contraseña.',
  'reset.introFor': 'Te enviaremos un código para restablecer la contraseña de {username}.',
  'reset.usernameLabel': 'Nombre de usuario o correo electrónico',
  'reset.send': 'Enviar código',
  'reset.sending': 'Enviando…',
  'reset.changeUsername': 'Usar otro nombre',
  'reset.enumerationSafe': 'Si existe una cuenta para {username}, le enviamos un código. Revisa tu correo y tus mensajes de texto.',
  'reset.noVerifiedContact':
    'Esta cuenta no tiene un correo electrónico ni un teléfono verificados a los que enviar un código. Si acabas de registrarte, confirma primero tu registro.',
  'reset.notConfirmed': 'Esta cuenta aún no está confirmada. Confirma primero tu registro y luego inicia sesión.',
  'reset.confirmSignUp': 'Confirmar registro',
  'reset.passwordLabel': 'Nueva contraseña',
  'reset.showPassword': 'Mostrar contraseña',
  'reset.rules': 'Tu nueva contraseña necesita:',
  'reset.ruleMet': 'cumplido',
  'reset.ruleUnmet': 'pendiente',
  'reset.rule.MinimumLength': {
    one: 'Al menos {count} carácter',
    many: 'Al menos {count} caracteres',
    other: 'Al menos {count} caracteres',
  },
  'reset.rule.RequireUppercase': 'Una letra mayúscula',
  'reset.rule.RequireLowercase': 'Una letra minúscula',
  'reset.rule.RequireNumbers': 'Un número',
  'reset.rule.RequireSymbols': 'Un símbolo, como ! o ?',
  'reset.passwordMissing': 'Ingresa una nueva contraseña.',
  'reset.passwordWeak': 'Elige una contraseña que cumpla todas las reglas de abajo.',
  'reset.passwordRule': 'Esta contraseña no fue aceptada. Necesita: {rule}.',
  'reset.passwordInvalid': 'Esta contraseña no cumple las reglas de la aplicación. Elige una más segura.',
  'reset.passwordReused': 'Ya usaste esta contraseña antes. Elige una nueva.',
  'reset.passwordFormat': 'Una contraseña no puede empezar ni terminar con un espacio y tiene como máximo 256 caracteres.',
  'reset.submit': 'Restablecer contraseña',
  'reset.submitting': 'Restableciendo…',
  'reset.successTitle': 'Contraseña cambiada',
  'reset.success': 'Tu contraseña se cambió. Inicia sesión con tu nueva contraseña.',
};
export default es;
