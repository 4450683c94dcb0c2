// CustomMessage_ForgotPassword (issue #30): with a resetUrl, the reset code goes out with a link to the
// app's reset page, built like the confirmation link (`?username=…&code={####}`, the event's userName),
// in the reset texts of every shipped language; without one, Cognito's own message is left alone.
import { describe, expect, it, vi } from 'vitest';
import { type CustomMessageHandlerOptions, createCustomMessageHandler } from '../../../src/server/customMessage/createCustomMessageHandler';
import { CUSTOM_MESSAGE_TEXTS } from '../../../src/server/customMessage/customMessageTexts';
import { customMessageEvent } from './customMessageEvents';

const CONFIRM_URL = 'https://app.example.com/confirm';
const RESET_URL = 'https://app.example.com/reset';
const quiet = () => ({ warn: vi.fn() });
const handlerWith = (extra: Partial<CustomMessageHandlerOptions> = {}) =>
  createCustomMessageHandler({ confirmUrl: CONFIRM_URL, resetUrl: RESET_URL, logger: quiet(), ...extra });
const forgot = (input: Parameters<typeof customMessageEvent>[1] = {}) => customMessageEvent('CustomMessage_ForgotPassword', input);

const fill = (text: string | null | undefined, code = '123456') => (text ?? '').split('{####}').join(code);
const hrefOf = (html: string) => {
  const match = /<a href="([^"]*)">/.exec(html);
  return match ? match[1]!.replaceAll('&amp;', '&') : undefined;
};
const count = (text: string, part: string) => text.split(part).length - 1;

describe('createCustomMessageHandler: CustomMessage_ForgotPassword', () => {
  it('without a resetUrl, comes back unchanged: Cognito (the pool’s own reset message) sends it, as before', async () => {
    const event = forgot();
    const before = structuredClone(event);
    const result = await createCustomMessageHandler({ confirmUrl: CONFIRM_URL, logger: quiet() })(event);
    expect(result).toBe(event);
    expect(result).toEqual(before);
  });

  it('with a resetUrl: the reset subject, a link carrying the username and Cognito’s placeholder, the code as text, an SMS ending in the WebOTP line', async () => {
    const event = forgot({ userName: 'jane.doe' });
    const before = structuredClone(event);
    const result = await handlerWith()(event);
    expect(event).toEqual(before);
    const { emailMessage, emailSubject, smsMessage } = result.response;
    expect(emailSubject).toBe('Reset your password');
    expect(emailMessage).toContain('<p>Open this link to choose a new password:</p>');
    expect(emailMessage).toContain('>Reset password</a>');
    expect(emailMessage).not.toMatch(/sign-up|Confirm/);
    expect(hrefOf(emailMessage!)).toBe('https://app.example.com/reset?username=jane.doe&code={####}');
    expect(count(emailMessage!, '{####}')).toBe(2);
    expect(smsMessage).toBe(
      'Your password reset code is {####}.\nhttps://app.example.com/reset?username=jane.doe&code={####}\n\n@app.example.com #{####}',
    );
    const url = new URL(hrefOf(fill(emailMessage))!);
    expect(`${url.origin}${url.pathname}`).toBe(RESET_URL);
    expect(url.searchParams.get('username')).toBe('jane.doe');
    expect(url.searchParams.get('code')).toBe('123456');
  });

  it('sign-up messages keep their own texts and page beside it', async () => {
    const { response } = await handlerWith()(customMessageEvent('CustomMessage_SignUp'));
    expect(response.emailSubject).toBe('Confirm your sign-up');
    expect(hrefOf(response.emailMessage!)).toBe('https://app.example.com/confirm?username=test-user&code={####}');
  });

  it('plain text email, and the code alone (reset wording) for a username the link cannot carry', async () => {
    const text = await handlerWith({ emailFormat: 'text' })(forgot({ userName: 'jane' }));
    expect(text.response.emailMessage).toBe(
      "Open this link to choose a new password:\nhttps://app.example.com/reset?username=jane&code={####}\n\nOr enter this code: {####}\n\nIf you didn't ask for this, you can ignore this message.",
    );
    const logger = quiet();
    const unlinkable = await handlerWith({ logger })(forgot({ userName: 'two words' }));
    expect(unlinkable.response.emailMessage).not.toContain('<a ');
    expect(unlinkable.response.emailMessage).toContain('Your password reset code is <strong');
    expect(unlinkable.response.smsMessage).toBe('Your password reset code is {####}.\n\n@app.example.com #{####}');
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('two words');
  });

  it('WebOTP names the reset page’s host by default; an explicit webOtpHost or false wins', async () => {
    const other = await handlerWith({ resetUrl: 'https://account.example.com/reset' })(forgot());
    expect(other.response.smsMessage!.split('\n').at(-1)).toBe('@account.example.com #{####}');
    const signUp = await handlerWith({ resetUrl: 'https://account.example.com/reset' })(customMessageEvent('CustomMessage_SignUp'));
    expect(signUp.response.smsMessage!.split('\n').at(-1)).toBe('@app.example.com #{####}');
    const named = await handlerWith({ resetUrl: 'https://account.example.com/reset', webOtpHost: 'www.example.com' })(forgot());
    expect(named.response.smsMessage!.split('\n').at(-1)).toBe('@www.example.com #{####}');
    const none = await handlerWith({ webOtpHost: false })(forgot());
    expect(none.response.smsMessage).not.toContain('@');
  });

  it('speaks every shipped language, with the reset texts (not the sign-up ones)', async () => {
    const subjects = new Set<string>();
    for (const [locale, texts] of Object.entries(CUSTOM_MESSAGE_TEXTS)) {
      const { response } = await handlerWith()(forgot({ clientMetadata: { locale } }));
      expect(response.emailSubject).toBe(texts.resetSubject);
      expect(response.emailSubject).not.toBe(texts.subject);
      expect(response.emailMessage).toMatch(new RegExp(`^<div lang="${locale}">`));
      expect(response.emailMessage).toContain(texts.resetIntro);
      expect(response.emailMessage).toContain(texts.resetButton);
      expect(count(response.emailMessage!, '{####}')).toBe(2);
      expect(texts.resetCodeOnly).toContain('{code}');
      expect(response.smsMessage).toContain(texts.resetCodeOnly.replace('{code}', '{####}'));
      subjects.add(texts.resetSubject);
    }
    expect(subjects.size).toBe(Object.keys(CUSTOM_MESSAGE_TEXTS).length);
    // The user's locale attribute when the reset's ClientMetadata names none.
    const ja = await handlerWith()(forgot({ userAttributes: { sub: 's', locale: 'ja' } }));
    expect(ja.response.emailSubject).toBe('パスワードの再設定');
  });

  it('stays within Cognito’s limits for the longest username and the longest reset page address', async () => {
    const resetUrl = `https://app.example.com/${'r'.repeat(1024 - 'https://app.example.com/'.length)}`;
    for (const locale of Object.keys(CUSTOM_MESSAGE_TEXTS)) {
      const { response } = await handlerWith({ resetUrl })(forgot({ userName: '\u{1F600}'.repeat(128), clientMetadata: { locale } }));
      expect(response.emailMessage!.length).toBeLessThanOrEqual(20_000);
      expect(response.emailSubject!.length).toBeLessThanOrEqual(140);
      expect(response.smsMessage!.length).toBeLessThanOrEqual(140);
      expect(hrefOf(response.emailMessage!)).toHaveLength(resetUrl.length + '?username='.length + 128 * 12 + '&code={####}'.length);
    }
  });
});

describe('createCustomMessageHandler: resetUrl and the reset texts, checked when the handler is made', () => {
  it.each([
    [42, TypeError, /resetUrl must be an absolute URL/],
    ['/reset', TypeError, /resetUrl must be an absolute URL/],
    ['http://app.example.com/reset', RangeError, /resetUrl must be an https URL/],
    ['javascript:alert(1)', RangeError, /resetUrl must be an https URL/],
    ['https://user:pw@app.example.com/reset', RangeError, /resetUrl must not carry a user name or password/],
    ['https://app.example.com/reset?code=1', RangeError, /resetUrl must not have a username or code parameter/],
    [`https://app.example.com/${'r'.repeat(1100)}`, RangeError, /resetUrl must be at most 1024 characters/],
  ])('refuses resetUrl %j', (resetUrl, type, message) => {
    expect(() => handlerWith({ resetUrl: resetUrl as string })).toThrow(type);
    expect(() => handlerWith({ resetUrl: resetUrl as string })).toThrow(message);
  });

  it('takes http for localhost and keeps the page’s own query and fragment', async () => {
    const { response } = await handlerWith({ resetUrl: 'http://localhost:5173/?tab=reset#top' })(forgot({ userName: 'jane' }));
    expect(hrefOf(response.emailMessage!)).toBe('http://localhost:5173/?tab=reset&username=jane&code={####}#top');
  });

  const it_ = {
    subject: 'Conferma la registrazione',
    verifySubject: 'Conferma il tuo indirizzo email',
    intro: 'Apri questo link per confermare la registrazione:',
    verifyIntro: 'Apri questo link per confermare il tuo indirizzo email:',
    button: 'Conferma',
    code: 'Oppure inserisci questo codice: {code}',
    codeOnly: 'Il tuo codice di conferma è {code}.',
    ignore: 'Se non hai chiesto nulla, ignora questo messaggio.',
  };
  const itReset = {
    resetSubject: 'Reimposta la password',
    resetIntro: 'Apri questo link per scegliere una nuova password:',
    resetButton: 'Reimposta la password',
    resetCodeOnly: 'Il tuo codice per reimpostare la password è {code}.',
  };

  it('a locale added without the reset texts stays valid without resetUrl, and needs them with it', async () => {
    expect(() => createCustomMessageHandler({ confirmUrl: CONFIRM_URL, messages: { it: it_ } })).not.toThrow();
    expect(() => handlerWith({ messages: { it: it_ } })).toThrow(
      /messages\.it is a new locale and needs every text; missing: resetSubject, resetIntro, resetButton, resetCodeOnly/,
    );
    const { response } = await handlerWith({ messages: { it: { ...it_, ...itReset } } })(forgot({ clientMetadata: { locale: 'it' } }));
    expect(response.emailSubject).toBe('Reimposta la password');
    expect(response.smsMessage).toMatch(/^Il tuo codice per reimpostare la password è \{####\}\./);
  });

  it('takes reset text overrides of a shipped locale, and refuses wrong ones', async () => {
    const { response } = await handlerWith({ messages: { de: { resetSubject: 'Neues Passwort für Beispiel' } } })(
      forgot({ clientMetadata: { locale: 'de' } }),
    );
    expect(response.emailSubject).toBe('Neues Passwort für Beispiel');
    expect(() => handlerWith({ messages: { en: { resetCodeOnly: 'Your code.' } } })).toThrow(
      /messages\.en\.resetCodeOnly must contain \{code\}/,
    );
    expect(() => createCustomMessageHandler({ confirmUrl: CONFIRM_URL, messages: { en: { resetCodeOnly: 'Your code.' } } })).toThrow(
      /must contain \{code\}/,
    );
    expect(() => handlerWith({ messages: { en: { resetSubject: 'x'.repeat(141) } } })).toThrow(/the subject 141 characters long/);
    expect(() => handlerWith({ messages: { en: { resetCodeOnly: `${'x'.repeat(130)} {code}` } } })).toThrow(/the SMS/);
    expect(() => handlerWith({ messages: { en: { resetIntro: 'bell\u0007' } } })).toThrow(/a character in the email that Cognito refuses/);
    expect(() => handlerWith({ messages: { en: { resetButton: '' } } })).toThrow(/must be a non-empty string/);
  });
});
