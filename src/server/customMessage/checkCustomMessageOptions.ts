import { containLogger } from '../hooks/containLogger.js';
import {
  CUSTOM_MESSAGE_TEXT_KEYS,
  CUSTOM_MESSAGE_TEXTS,
  RESET_TEXT_KEYS,
  type CustomMessageTextOverrides,
  type CustomMessageTexts,
} from './customMessageTexts.js';
import { COGNITO_MESSAGE_CHARACTERS, COGNITO_MESSAGE_LIMITS, type MessagePurpose, renderConfirmMessage } from './renderConfirmMessage.js';

export interface CustomMessageHandlerOptions {
  /**
   * The app's page that confirms a sign-up (`SignUpConfirmation` with `codeFromUrl`), absolute https
   * (http only for localhost). The link is this address with `username` and `code` added to its query.
   */
  confirmUrl: string;
  /**
   * The page that re-verifies an address for a signed-in user (`CustomMessage_VerifyUserAttribute`).
   * Without it those messages carry the code alone: the sign-up page cannot verify an attribute.
   */
  verifyUrl?: string | undefined;
  /**
   * The app's password reset page (the kit's reset screen with the code from the address), for
   * `CustomMessage_ForgotPassword`: the same link, `resetUrl?username=<username>&code={####}`, with
   * the reset texts. Without it those messages are left to Cognito (the pool's own reset message), as
   * before this option existed.
   */
  resetUrl?: string | undefined;
  /** The language when the request names none the handler has. Default `en`. */
  defaultLocale?: string | undefined;
  /**
   * Replace texts of a shipped locale (`{ de: { subject: '…' } }`) or add a locale (every text
   * required, e.g. `{ it: { … } }`). Checked when the handler is made, against Cognito's limits.
   */
  messages?: Record<string, CustomMessageTextOverrides | undefined> | undefined;
  /** `html` (default): a real link; `text`: plain text for senders or templates that want it. */
  emailFormat?: 'html' | 'text' | undefined;
  /**
   * The host of the SMS's last line, `@host #code`, which lets Chrome on Android fill the code
   * (WebOTP): the host of the page with the code field. Default: `confirmUrl`'s host (`resetUrl`'s for
   * a password reset). `false`: none.
   */
  webOtpHost?: string | false | undefined;
  /** Where a message sent without its link is reported (never with the username). Default `console`. */
  logger?: { warn: (message: string, details?: unknown) => void } | undefined;
}

/** A checked page address, split where the link's parameters go. */
export interface LinkBase {
  /** Everything up to and including `username=`. */
  prefix: string;
  /** The fragment, put back after the parameters. */
  hash: string;
}

export interface CustomMessageSettings {
  confirm: LinkBase;
  verify: LinkBase | undefined;
  reset: LinkBase | undefined;
  defaultLocale: string;
  texts: ReadonlyMap<string, CustomMessageTexts>;
  emailFormat: 'html' | 'text';
  webOtpHost: string | undefined;
  /** For a password reset: `webOtpHost` when given, else `resetUrl`'s host. */
  resetWebOtpHost: string | undefined;
  logger: { warn: (message: string, details?: unknown) => void };
}

/** Page addresses stay short enough that any username Cognito allows fits the link and the email. */
export const MAX_PAGE_URL_LENGTH = 1024;
/** Cognito's own limit for a username (botocore: UsernameType max 128). */
export const MAX_USERNAME_LENGTH = 128;
/** Placeholders longer than this are not Cognito's (`{####}`); the handler leaves such events alone. */
export const MAX_CODE_PARAMETER_LENGTH = 64;

const NAME = 'createCustomMessageHandler';
const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\]|.+\.localhost)$/i;
const LOCALE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

/**
 * Checks every option when the handler is made, so a mistake fails the function's cold start with
 * the option's name rather than every sign-up with Cognito's UserLambdaValidationException.
 */
export function checkCustomMessageOptions(options: CustomMessageHandlerOptions): CustomMessageSettings {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${NAME} needs an options object.`);
  const confirm = checkPageUrl('confirmUrl', options.confirmUrl);
  const verify = options.verifyUrl === undefined ? undefined : checkPageUrl('verifyUrl', options.verifyUrl);
  const reset = options.resetUrl === undefined ? undefined : checkPageUrl('resetUrl', options.resetUrl);
  const texts = checkMessages(options.messages, reset !== undefined);

  const defaultLocale = options.defaultLocale === undefined ? 'en' : normaliseLocale(options.defaultLocale);
  if (defaultLocale === undefined || !texts.has(defaultLocale)) {
    throw new RangeError(`${NAME}: defaultLocale must be one of ${[...texts.keys()].join(', ')}, got ${describe(options.defaultLocale)}.`);
  }
  if (options.emailFormat !== undefined && options.emailFormat !== 'html' && options.emailFormat !== 'text') {
    throw new TypeError(`${NAME}: emailFormat must be 'html' or 'text', got ${describe(options.emailFormat)}.`);
  }
  let webOtpHost: string | undefined;
  if (options.webOtpHost === false) webOtpHost = undefined;
  else if (options.webOtpHost === undefined) webOtpHost = new URL(options.confirmUrl).hostname;
  else if (typeof options.webOtpHost === 'string' && HOST.test(options.webOtpHost)) webOtpHost = options.webOtpHost.toLowerCase();
  else
    throw new TypeError(`${NAME}: webOtpHost must be a host name such as www.example.com (or false), got ${describe(options.webOtpHost)}.`);

  const logger = options.logger ?? console;
  if (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function') {
    throw new TypeError(`${NAME}: logger must have a warn function.`);
  }

  const settings: CustomMessageSettings = {
    confirm,
    verify,
    reset,
    defaultLocale,
    texts,
    emailFormat: options.emailFormat ?? 'html',
    webOtpHost,
    resetWebOtpHost: options.webOtpHost === undefined && reset ? new URL(options.resetUrl!).hostname : webOtpHost,
    // A logger that throws must not fail the trigger: Cognito would fail the call that sends the code.
    logger: containLogger(logger),
  };
  for (const [locale, localeTexts] of texts) checkLimits(settings, locale, localeTexts);
  return settings;
}

/** `de`, `de-AT`, `DE_at` → `de` / `de-at`; anything else → undefined. */
export function normaliseLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 35) return undefined;
  const tag = value.trim().replaceAll('_', '-').toLowerCase();
  return LOCALE_TAG.test(tag) ? tag : undefined;
}

function checkPageUrl(name: string, value: unknown): LinkBase {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || typeof value !== 'string') {
    throw new TypeError(`${NAME}: ${name} must be an absolute URL such as https://www.example.com/confirm, got ${describe(value)}.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.test(url.hostname))) {
    throw new RangeError(`${NAME}: ${name} must be an https URL (http only for localhost), got ${describe(value)}.`);
  }
  if (url.username !== '' || url.password !== '') throw new RangeError(`${NAME}: ${name} must not carry a user name or password.`);
  if (url.searchParams.has('username') || url.searchParams.has('code')) {
    throw new RangeError(`${NAME}: ${name} must not have a username or code parameter of its own: the handler adds them.`);
  }
  if (url.href.length > MAX_PAGE_URL_LENGTH) {
    throw new RangeError(`${NAME}: ${name} must be at most ${MAX_PAGE_URL_LENGTH} characters long, got ${url.href.length}.`);
  }
  const hash = url.hash;
  url.hash = '';
  const base = url.href;
  const separator = base.endsWith('?') ? '' : url.search ? '&' : '?';
  return { prefix: `${base}${separator}username=`, hash };
}

/** `withReset`: the reset texts are needed (there is a `resetUrl`), so a new locale must have them too. */
function checkMessages(messages: unknown, withReset: boolean): ReadonlyMap<string, CustomMessageTexts> {
  const texts = new Map<string, CustomMessageTexts>(Object.entries(CUSTOM_MESSAGE_TEXTS).map(([locale, t]) => [locale, { ...t }]));
  if (messages === undefined) return texts;
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
    throw new TypeError(`${NAME}: messages must be an object of locales, e.g. { de: { subject: '…' } }.`);
  }
  for (const [given, overrides] of Object.entries(messages)) {
    const locale = normaliseLocale(given);
    if (locale === undefined) throw new RangeError(`${NAME}: messages.${given} is not a locale code such as de or pt-BR.`);
    if (overrides === undefined) continue;
    if (typeof overrides !== 'object' || overrides === null) throw new TypeError(`${NAME}: messages.${given} must be an object of texts.`);
    const base = texts.get(locale);
    const merged: Partial<CustomMessageTexts> = { ...base };
    for (const [key, text] of Object.entries(overrides)) {
      if (!(CUSTOM_MESSAGE_TEXT_KEYS as readonly string[]).includes(key)) {
        throw new RangeError(`${NAME}: messages.${given}.${key} is not a text of the message (${CUSTOM_MESSAGE_TEXT_KEYS.join(', ')}).`);
      }
      if (text === undefined) continue;
      if (typeof text !== 'string' || text.trim() === '')
        throw new TypeError(`${NAME}: messages.${given}.${key} must be a non-empty string.`);
      merged[key as keyof CustomMessageTexts] = text;
    }
    // A locale added before resets existed stays valid: its reset texts are only read with a resetUrl.
    const needed = withReset ? CUSTOM_MESSAGE_TEXT_KEYS : CUSTOM_MESSAGE_TEXT_KEYS.filter((key) => !isResetText(key));
    const missing = needed.filter((key) => merged[key] === undefined);
    if (missing.length > 0) {
      throw new RangeError(`${NAME}: messages.${given} is a new locale and needs every text; missing: ${missing.join(', ')}.`);
    }
    for (const key of ['code', 'codeOnly', 'resetCodeOnly'] as const) {
      const text = merged[key];
      if (text !== undefined && !text.includes('{code}')) throw new RangeError(`${NAME}: messages.${given}.${key} must contain {code}.`);
    }
    texts.set(locale, merged as CustomMessageTexts);
  }
  return texts;
}

/**
 * Renders the longest message this locale can produce (the longest username Cognito allows, every
 * character encoded to 12 URL characters, a long placeholder) and refuses texts that would break
 * Cognito's limits or its character rules: what passes here fits at run time.
 */
function checkLimits(settings: CustomMessageSettings, locale: string, texts: CustomMessageTexts): void {
  const username = '\u{10FFFF}'.repeat(MAX_USERNAME_LENGTH);
  const codeParameter = `{${'#'.repeat(MAX_CODE_PARAMETER_LENGTH - 2)}}`;
  const purposes: MessagePurpose[] = settings.reset ? ['signUp', 'verify', 'reset'] : ['signUp', 'verify'];
  for (const purpose of purposes) {
    const base = linkBase(settings, purpose);
    const link = base ? buildLink(base, username, codeParameter) : undefined;
    const webOtpHost = purpose === 'reset' ? settings.resetWebOtpHost : settings.webOtpHost;
    const message = renderConfirmMessage({ texts, locale, purpose, link, codeParameter, webOtpHost });
    const shortSms = renderConfirmMessage({ texts, locale, purpose, link: undefined, codeParameter: '{####}', webOtpHost }).sms;
    const checks: Array<[string, string, number]> = [
      ['the email', message.html.length > message.text.length ? message.html : message.text, COGNITO_MESSAGE_LIMITS.emailMessage],
      ['the subject', message.subject, COGNITO_MESSAGE_LIMITS.emailSubject],
      ['the SMS (without its link)', shortSms, COGNITO_MESSAGE_LIMITS.smsMessage],
    ];
    for (const [what, text, limit] of checks) {
      if (text.length > limit) {
        throw new RangeError(`${NAME}: messages.${locale} makes ${what} ${text.length} characters long; Cognito takes at most ${limit}.`);
      }
      if (!COGNITO_MESSAGE_CHARACTERS.test(text)) {
        throw new RangeError(`${NAME}: messages.${locale} puts a character in ${what} that Cognito refuses (control characters).`);
      }
    }
  }
}

/** The page a message links to, by its purpose; undefined: the code alone (or, for a reset, Cognito's own message). */
export function linkBase(settings: CustomMessageSettings, purpose: MessagePurpose): LinkBase | undefined {
  return purpose === 'reset' ? settings.reset : purpose === 'verify' ? settings.verify : settings.confirm;
}

function isResetText(key: string): boolean {
  return (RESET_TEXT_KEYS as readonly string[]).includes(key);
}

/** The link for one user: the page's address, `username=` URL-encoded, `code=` Cognito's placeholder as is. */
export function buildLink(base: LinkBase, username: string, codeParameter: string): string {
  return `${base.prefix}${encodeURIComponent(username)}&code=${codeParameter}${base.hash}`;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value === 'number' ? String(value) : typeof value;
}
