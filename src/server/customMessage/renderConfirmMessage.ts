import type { CustomMessageTexts } from './customMessageTexts.js';

/**
 * Cognito's limits for the messages (botocore's cognito-idp model: EmailVerificationMessageType max
 * 20,000, EmailVerificationSubjectType max 140, SmsVerificationMessageType max 140). Measured in
 * UTF-16 units, which never undercounts characters.
 */
export const COGNITO_MESSAGE_LIMITS = { emailMessage: 20_000, emailSubject: 140, smsMessage: 140 } as const;

/** The characters Cognito's message patterns allow: letters, marks, symbols, numbers, punctuation, white space. */
export const COGNITO_MESSAGE_CHARACTERS = /^[\p{L}\p{M}\p{S}\p{N}\p{P}\s]*$/u;

/** A sign-up code, an address to re-verify, or a password reset. */
export type MessagePurpose = 'signUp' | 'verify' | 'reset';

export interface ConfirmMessageInput {
  texts: CustomMessageTexts;
  /** For the HTML's `lang`. */
  locale: string;
  purpose: MessagePurpose;
  /** The whole link with Cognito's placeholder in it, or none (code only). */
  link: string | undefined;
  /** Cognito's placeholder (`{####}`), put in literally. */
  codeParameter: string;
  /** The host of the WebOTP line (`@host #code`), or none. */
  webOtpHost: string | undefined;
}

export interface ConfirmMessage {
  subject: string;
  html: string;
  text: string;
  sms: string;
}

/** The email (HTML and text), its subject and the SMS for one code. Pure: same input, same message. */
export function renderConfirmMessage(input: ConfirmMessageInput): ConfirmMessage {
  const { texts, purpose, link, codeParameter } = input;
  const code = (template: string) => template.split('{code}').join(codeParameter);
  const codeHtml = (template: string) =>
    template.split('{code}').map(escapeHtml).join(`<strong style="font-size:1.25em;letter-spacing:0.1em">${codeParameter}</strong>`);
  const reset = purpose === 'reset';
  const intro = reset ? texts.resetIntro : purpose === 'verify' ? texts.verifyIntro : texts.intro;
  const codeOnly = reset ? texts.resetCodeOnly : texts.codeOnly;

  const html = link
    ? [
        `<div lang="${escapeHtml(input.locale)}">`,
        `<p>${escapeHtml(intro)}</p>`,
        `<p><a href="${escapeHtml(link)}">${escapeHtml(reset ? texts.resetButton : texts.button)}</a></p>`,
        `<p>${codeHtml(texts.code)}</p>`,
        `<p>${escapeHtml(texts.ignore)}</p>`,
        '</div>',
      ].join('\n')
    : [`<div lang="${escapeHtml(input.locale)}">`, `<p>${codeHtml(codeOnly)}</p>`, `<p>${escapeHtml(texts.ignore)}</p>`, '</div>'].join(
        '\n',
      );
  const text = link ? `${intro}\n${link}\n\n${code(texts.code)}\n\n${texts.ignore}` : `${code(codeOnly)}\n\n${texts.ignore}`;

  // The browser takes a WebOTP code only from the SMS's last line. The link goes in when it fits.
  const webOtp = input.webOtpHost ? `\n\n@${input.webOtpHost} #${codeParameter}` : '';
  const withLink = link ? `${code(codeOnly)}\n${link}${webOtp}` : undefined;
  const sms = withLink && withLink.length <= COGNITO_MESSAGE_LIMITS.smsMessage ? withLink : `${code(codeOnly)}${webOtp}`;

  return { subject: reset ? texts.resetSubject : purpose === 'verify' ? texts.verifySubject : texts.subject, html, text, sms };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}
