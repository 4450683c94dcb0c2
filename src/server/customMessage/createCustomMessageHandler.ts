import {
  buildLink,
  type CustomMessageHandlerOptions,
  checkCustomMessageOptions,
  linkBase,
  MAX_CODE_PARAMETER_LENGTH,
  MAX_USERNAME_LENGTH,
  normaliseLocale,
} from './checkCustomMessageOptions.js';
import type { ConfirmTriggerSource, CustomMessageEvent } from './CustomMessageEvent.js';
import { COGNITO_MESSAGE_CHARACTERS, COGNITO_MESSAGE_LIMITS, type MessagePurpose, renderConfirmMessage } from './renderConfirmMessage.js';

export type { CustomMessageHandlerOptions };

/** A Lambda handler for Cognito's CustomMessage trigger: `export const handler = createCustomMessageHandler({...})`. */
export type CustomMessageHandler = <E extends CustomMessageEvent>(event: E, context?: unknown) => Promise<E>;

const PURPOSES: Readonly<Record<ConfirmTriggerSource, MessagePurpose>> = {
  CustomMessage_SignUp: 'signUp',
  CustomMessage_ResendCode: 'signUp',
  CustomMessage_VerifyUserAttribute: 'verify',
  CustomMessage_ForgotPassword: 'reset',
};

// Cognito's usernames: 1-128 letters, marks, symbols, numbers, punctuation (botocore UsernameType).
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
// The placeholder goes into HTML and a URL unescaped (Cognito must find it): nothing either would change.
const CODE_PARAMETER = /^[^\s<>&"'%?=]+$/u;

/**
 * A CustomMessage Lambda trigger that sends the sign-up code with a link to the app's own
 * confirmation page: `confirmUrl?username=<username>&code={####}`, Cognito filling in the code. For
 * `CustomMessage_SignUp` and `CustomMessage_ResendCode` (and `CustomMessage_VerifyUserAttribute`, to
 * `verifyUrl`; `CustomMessage_ForgotPassword` when there is a `resetUrl`, to it) it sets the email subject, the email (HTML or text, the code shown as text too) and
 * the SMS (the WebOTP line last), in the language `clientMetadata.locale` (else the user's `locale`
 * attribute) names; every other trigger source comes back unchanged. A username the link cannot carry
 * gets the message without its link. Options are checked here, against Cognito's limits.
 */
export function createCustomMessageHandler(options: CustomMessageHandlerOptions): CustomMessageHandler {
  const settings = checkCustomMessageOptions(options);

  const pickLocale = (event: CustomMessageEvent): string => {
    for (const candidate of [event.request.clientMetadata?.['locale'], event.request.userAttributes?.['locale']]) {
      const tag = normaliseLocale(candidate);
      if (tag === undefined) continue;
      if (settings.texts.has(tag)) return tag;
      const language = tag.split('-')[0]!;
      if (settings.texts.has(language)) return language;
    }
    return settings.defaultLocale;
  };

  return async function handleCustomMessage<E extends CustomMessageEvent>(event: E): Promise<E> {
    if (!isObject(event) || !isObject(event.request) || !isObject(event.response)) return event;
    const purpose = Object.hasOwn(PURPOSES, event.triggerSource) ? PURPOSES[event.triggerSource as ConfirmTriggerSource] : undefined;
    // Without a resetUrl a reset keeps Cognito's own message, as every source the handler does not write.
    if (purpose === undefined || (purpose === 'reset' && !settings.reset)) return event;
    const codeParameter = event.request.codeParameter;
    if (typeof codeParameter !== 'string' || codeParameter.length > MAX_CODE_PARAMETER_LENGTH || !CODE_PARAMETER.test(codeParameter)) {
      // Cognito's own message then: one without the placeholder would fail the sign-up.
      settings.logger.warn(`cognito-confirm-kit: ${event.triggerSource} has no usable codeParameter; Cognito's own message is sent.`);
      return event;
    }

    const locale = pickLocale(event);
    const texts = settings.texts.get(locale)!;
    const base = linkBase(settings, purpose);
    const username = event.userName;
    const linkable = typeof username === 'string' && isCognitoUsername(username);
    if (base && !linkable) {
      settings.logger.warn(
        `cognito-confirm-kit: ${event.triggerSource} is sent without its link: the username is not one Cognito allows (1-${MAX_USERNAME_LENGTH} characters, no spaces).`,
      );
    }
    const link = base && linkable ? buildLink(base, username, codeParameter) : undefined;
    const webOtpHost = purpose === 'reset' ? settings.resetWebOtpHost : settings.webOtpHost;
    const message = renderConfirmMessage({ texts, locale, purpose, link, codeParameter, webOtpHost });
    const emailMessage = settings.emailFormat === 'text' ? message.text : message.html;

    const response = { ...event.response };
    // The options check makes the email and subject fit; a field that still would not is left to Cognito.
    if (fits(emailMessage, COGNITO_MESSAGE_LIMITS.emailMessage) && fits(message.subject, COGNITO_MESSAGE_LIMITS.emailSubject)) {
      response.emailMessage = emailMessage;
      response.emailSubject = message.subject;
    }
    if (fits(message.sms, COGNITO_MESSAGE_LIMITS.smsMessage)) response.smsMessage = message.sms;
    return { ...event, response };
  };
}

/** 1-128 characters (Unicode code points, as AWS measures string lengths) Cognito allows in a username. */
function isCognitoUsername(username: string): boolean {
  return username.length <= MAX_USERNAME_LENGTH * 2 && [...username].length <= MAX_USERNAME_LENGTH && USERNAME.test(username);
}

function fits(text: string, limit: number): boolean {
  return text.length <= limit && COGNITO_MESSAGE_CHARACTERS.test(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
