import type { CustomMessageTriggerEvent, CustomMessageTriggerHandler } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { type CustomMessageHandlerOptions, createCustomMessageHandler } from '../../../src/server/customMessage/createCustomMessageHandler';
import { CUSTOM_MESSAGE_TEXTS } from '../../../src/server/customMessage/customMessageTexts';
import { ALL_TRIGGER_SOURCES, customMessageEvent, type TriggerSource } from './customMessageEvents';

const CONFIRM_URL = 'https://app.example.com/confirm';
const quiet = () => ({ warn: vi.fn() });
const handlerWith = (extra: Partial<CustomMessageHandlerOptions> = {}) =>
  createCustomMessageHandler({ confirmUrl: CONFIRM_URL, logger: quiet(), ...extra });

/** What Cognito does after the function returns: every placeholder becomes the code. */
const fill = (text: string | null | undefined, code = '123456') => (text ?? '').split('{####}').join(code);
const hrefOf = (html: string) => {
  const match = /<a href="([^"]*)">/.exec(html);
  return match ? match[1]!.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"') : undefined;
};
const count = (text: string, part: string) => text.split(part).length - 1;

describe('createCustomMessageHandler: the published event shape', () => {
  it('is a CustomMessageTriggerHandler of @types/aws-lambda', async () => {
    const handler: CustomMessageTriggerHandler = createCustomMessageHandler({ confirmUrl: CONFIRM_URL });
    const result: CustomMessageTriggerEvent = await createCustomMessageHandler({ confirmUrl: CONFIRM_URL })(
      customMessageEvent('CustomMessage_SignUp'),
    );
    expect(typeof handler).toBe('function');
    expect(result.triggerSource).toBe('CustomMessage_SignUp');
  });

  for (const source of ['CustomMessage_SignUp', 'CustomMessage_ResendCode'] as const) {
    it(`${source}: an HTML email with a link carrying the username and Cognito's placeholder, the code as text, an SMS ending in the WebOTP line`, async () => {
      const event = customMessageEvent(source);
      const before = structuredClone(event);
      const result = await handlerWith()(event);

      expect(event).toEqual(before); // the input is left as it came
      expect(result).toMatchObject({ ...before, response: expect.any(Object) });
      const { emailMessage, emailSubject, smsMessage } = result.response;
      expect(emailSubject).toBe('Confirm your sign-up');
      expect(hrefOf(emailMessage!)).toBe('https://app.example.com/confirm?username=test-user&code={####}');
      // In the link and as text: Cognito requires the placeholder in the message and fills every one.
      expect(count(emailMessage!, '{####}')).toBe(2);
      expect(emailMessage).toContain('Or enter this code: <strong');
      expect(emailMessage).toMatch(/^<div lang="en">/);
      expect(smsMessage).toBe(
        'Your confirmation code is {####}.\nhttps://app.example.com/confirm?username=test-user&code={####}\n\n@app.example.com #{####}',
      );
      // Once Cognito fills the code in, the link is the app's confirmation page with both values.
      const url = new URL(hrefOf(fill(emailMessage))!);
      expect(`${url.origin}${url.pathname}`).toBe(CONFIRM_URL);
      expect(url.searchParams.get('username')).toBe('test-user');
      expect(url.searchParams.get('code')).toBe('123456');
      expect(fill(smsMessage).split('\n').at(-1)).toBe('@app.example.com #123456');
    });
  }

  it('CustomMessage_VerifyUserAttribute: the code alone unless a verifyUrl is given (the sign-up page cannot verify an attribute)', async () => {
    const plain = await handlerWith()(customMessageEvent('CustomMessage_VerifyUserAttribute'));
    expect(plain.response.emailSubject).toBe('Confirm your email address');
    expect(plain.response.emailMessage).not.toContain('<a ');
    expect(plain.response.emailMessage).toContain('Your confirmation code is <strong');
    expect(plain.response.smsMessage).toBe('Your confirmation code is {####}.\n\n@app.example.com #{####}');

    const linked = await handlerWith({ verifyUrl: 'https://app.example.com/account/verify' })(
      customMessageEvent('CustomMessage_VerifyUserAttribute', { userName: 'alice' }),
    );
    expect(hrefOf(linked.response.emailMessage!)).toBe('https://app.example.com/account/verify?username=alice&code={####}');
    expect(linked.response.emailMessage).toContain('Open this link to confirm your email address:');
  });

  const untouched = ALL_TRIGGER_SOURCES.filter(
    (source) => !['CustomMessage_SignUp', 'CustomMessage_ResendCode', 'CustomMessage_VerifyUserAttribute'].includes(source),
  );
  for (const source of untouched) {
    it(`${source} comes back unchanged (Cognito sends its own message)`, async () => {
      const event = customMessageEvent(source);
      const before = structuredClone(event);
      const result = await handlerWith()(event);
      expect(result).toBe(event);
      expect(result).toEqual(before);
    });
  }

  it('passes through trigger sources it does not know, and events that are not CustomMessage events', async () => {
    const handler = handlerWith();
    const future = { ...customMessageEvent('CustomMessage_SignUp'), triggerSource: 'CustomMessage_Something' };
    expect(await handler(future)).toBe(future);
    const inherited = { ...customMessageEvent('CustomMessage_SignUp'), triggerSource: 'toString' };
    expect(await handler(inherited)).toBe(inherited);
    for (const odd of [
      null,
      'x',
      { triggerSource: 'CustomMessage_SignUp' },
      { triggerSource: 'CustomMessage_SignUp', request: {}, response: null },
    ]) {
      expect(await handler(odd as never)).toBe(odd);
    }
  });

  it("leaves an event without a usable codeParameter to Cognito's own message, and says so", async () => {
    const logger = quiet();
    const handler = handlerWith({ logger });
    for (const codeParameter of ['', '{#<b>#}', 'a b', `{${'#'.repeat(80)}}`]) {
      const event = customMessageEvent('CustomMessage_SignUp', { codeParameter });
      expect(await handler(event)).toBe(event);
    }
    const missing = customMessageEvent('CustomMessage_ResendCode');
    delete (missing.request as { codeParameter?: string }).codeParameter;
    expect(await handler(missing)).toBe(missing);
    expect(logger.warn).toHaveBeenCalledTimes(5);
  });

  it('uses the placeholder the event names rather than assuming {####}', async () => {
    const result = await handlerWith()(customMessageEvent('CustomMessage_SignUp', { codeParameter: '{####CODE}' }));
    expect(hrefOf(result.response.emailMessage!)).toBe('https://app.example.com/confirm?username=test-user&code={####CODE}');
    expect(result.response.smsMessage!.split('\n').at(-1)).toBe('@app.example.com #{####CODE}');
  });
});

describe('createCustomMessageHandler: usernames', () => {
  it('URL-encodes the username in the link and HTML-escapes the link, so markup in a username stays text', async () => {
    const username = `jöhn+"<b>x</b>'&=?#%`;
    const result = await handlerWith()(customMessageEvent('CustomMessage_SignUp', { userName: username }));
    const email = result.response.emailMessage!;
    expect(email).not.toContain('<b>');
    expect(email).toContain('username=j%C3%B6hn%2B%22%3Cb%3Ex%3C%2Fb%3E&#39;%26%3D%3F%23%25&amp;code={####}');
    const url = new URL(hrefOf(fill(email))!);
    expect(url.searchParams.get('username')).toBe(username);
    expect(url.searchParams.get('code')).toBe('123456');
    expect(url.hash).toBe('');
  });

  it('sends the message without its link for a username Cognito would not allow (too long, white space), without logging it', async () => {
    const logger = quiet();
    const handler = handlerWith({ logger });
    for (const userName of ['x'.repeat(129), '\u{1F600}'.repeat(129), 'two words', 'tab\tbed', '']) {
      const result = await handler(customMessageEvent('CustomMessage_SignUp', { userName }));
      expect(result.response.emailMessage).not.toContain('<a ');
      expect(result.response.emailMessage).toContain('{####}');
      expect(result.response.smsMessage).toBe('Your confirmation code is {####}.\n\n@app.example.com #{####}');
    }
    const noName = customMessageEvent('CustomMessage_SignUp');
    delete (noName as { userName?: string }).userName;
    expect((await handler(noName)).response.emailMessage).not.toContain('<a ');
    expect(logger.warn).toHaveBeenCalledTimes(6);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('two words');
  });

  it('keeps every message within Cognito limits for the longest username Cognito allows and the longest page address', async () => {
    const confirmUrl = `https://app.example.com/${'p'.repeat(1024 - 'https://app.example.com/'.length)}`;
    const username = '\u{1F600}'.repeat(128); // 4 UTF-8 bytes each: 12 characters each in the link
    for (const locale of Object.keys(CUSTOM_MESSAGE_TEXTS)) {
      for (const source of ['CustomMessage_SignUp', 'CustomMessage_ResendCode', 'CustomMessage_VerifyUserAttribute'] as const) {
        const handler = handlerWith({ confirmUrl, verifyUrl: confirmUrl });
        const { response } = await handler(customMessageEvent(source, { userName: username, clientMetadata: { locale } }));
        expect(response.emailMessage!.length).toBeLessThanOrEqual(20_000);
        expect(response.emailSubject!.length).toBeLessThanOrEqual(140);
        expect(response.smsMessage!.length).toBeLessThanOrEqual(140);
        expect(hrefOf(response.emailMessage!)).toHaveLength(confirmUrl.length + '?username='.length + 128 * 12 + '&code={####}'.length);
        // Too long for an SMS: the SMS keeps the code and the WebOTP line.
        expect(response.smsMessage).not.toContain('https://');
        expect(response.smsMessage!.split('\n').at(-1)).toBe('@app.example.com #{####}');
      }
    }
  });
});

describe('createCustomMessageHandler: languages', () => {
  const subjectFor = async (input: Parameters<typeof customMessageEvent>[1], extra: Partial<CustomMessageHandlerOptions> = {}) =>
    (await handlerWith(extra)(customMessageEvent('CustomMessage_SignUp', input))).response.emailSubject;

  it('picks the locale clientMetadata.locale names, in any case or region form', async () => {
    expect(await subjectFor({ clientMetadata: { locale: 'de' } })).toBe('Bestätigen Sie Ihre Registrierung');
    expect(await subjectFor({ clientMetadata: { locale: 'es-MX' } })).toBe('Confirma tu registro');
    expect(await subjectFor({ clientMetadata: { locale: 'FR_ca' } })).toBe('Confirmez votre inscription');
    expect(await subjectFor({ clientMetadata: { locale: 'ja' } })).toBe('登録の確認');
  });

  it('falls back to the user’s locale attribute, then to English (or defaultLocale)', async () => {
    const attributes = { sub: 'a1b2', email: 'a@example.com', locale: 'ja' };
    expect(await subjectFor({ userAttributes: attributes })).toBe('登録の確認');
    expect(await subjectFor({ userAttributes: attributes, clientMetadata: { locale: 'de' } })).toBe('Bestätigen Sie Ihre Registrierung');
    expect(await subjectFor({ clientMetadata: { locale: 'pt-BR' } })).toBe('Confirm your sign-up');
    expect(await subjectFor({ clientMetadata: { locale: '<script>' } })).toBe('Confirm your sign-up');
    expect(await subjectFor({ clientMetadata: { locale: 'x'.repeat(5000) } })).toBe('Confirm your sign-up');
    expect(await subjectFor({ clientMetadata: { other: 'de' } }, { defaultLocale: 'fr' })).toBe('Confirmez votre inscription');
  });

  it('marks the HTML with its language, and every shipped locale carries the code and the link', async () => {
    for (const locale of Object.keys(CUSTOM_MESSAGE_TEXTS)) {
      const { response } = await handlerWith()(customMessageEvent('CustomMessage_ResendCode', { clientMetadata: { locale } }));
      expect(response.emailMessage).toMatch(new RegExp(`^<div lang="${locale}">`));
      expect(count(response.emailMessage!, '{####}')).toBe(2);
      expect(response.smsMessage).toContain('https://app.example.com/confirm?username=test-user&code={####}');
    }
  });

  it('takes text overrides and new locales, checked when the handler is made', async () => {
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
    const extra = { messages: { de: { subject: 'Willkommen bei Beispiel' }, it: it_ } };
    expect(await subjectFor({ clientMetadata: { locale: 'de' } }, extra)).toBe('Willkommen bei Beispiel');
    expect(await subjectFor({ clientMetadata: { locale: 'it-IT' } }, extra)).toBe('Conferma la registrazione');
  });
});

describe('createCustomMessageHandler: formats and WebOTP', () => {
  it("emailFormat 'text': the link and the code as plain text", async () => {
    const { response } = await handlerWith({ emailFormat: 'text' })(customMessageEvent('CustomMessage_SignUp'));
    expect(response.emailMessage).toBe(
      'Open this link to confirm your sign-up:\nhttps://app.example.com/confirm?username=test-user&code={####}\n\nOr enter this code: {####}\n\n' +
        "If you didn't ask for this, you can ignore this message.",
    );
  });

  it('keeps the page address’s own query and fragment', async () => {
    const { response } = await handlerWith({ confirmUrl: 'https://app.example.com/confirm?lang=de#top' })(
      customMessageEvent('CustomMessage_SignUp'),
    );
    expect(hrefOf(response.emailMessage!)).toBe('https://app.example.com/confirm?lang=de&username=test-user&code={####}#top');
  });

  it('webOtpHost names another host, or false leaves the line out', async () => {
    const other = await handlerWith({ webOtpHost: 'www.example.com' })(customMessageEvent('CustomMessage_SignUp'));
    expect(other.response.smsMessage!.split('\n').at(-1)).toBe('@www.example.com #{####}');
    const none = await handlerWith({ webOtpHost: false })(customMessageEvent('CustomMessage_SignUp'));
    expect(none.response.smsMessage).toBe(
      'Your confirmation code is {####}.\nhttps://app.example.com/confirm?username=test-user&code={####}',
    );
    const local = await handlerWith({ confirmUrl: 'http://localhost:5173/confirm' })(customMessageEvent('CustomMessage_SignUp'));
    expect(local.response.smsMessage!.split('\n').at(-1)).toBe('@localhost #{####}');
  });
});

describe('createCustomMessageHandler: options', () => {
  const make = (options: unknown) => () => createCustomMessageHandler(options as CustomMessageHandlerOptions);

  it('refuses a confirmUrl that is not an absolute https URL (http only for localhost), naming the option', () => {
    expect(make(undefined)).toThrow(TypeError);
    expect(make({})).toThrow(/confirmUrl must be an absolute URL/);
    expect(make({ confirmUrl: '/confirm' })).toThrow(/confirmUrl must be an absolute URL/);
    expect(make({ confirmUrl: 42 })).toThrow(TypeError);
    expect(make({ confirmUrl: 'http://app.example.com/confirm' })).toThrow(/confirmUrl must be an https URL/);
    expect(make({ confirmUrl: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(make({ confirmUrl: 'ftp://app.example.com/' })).toThrow(RangeError);
    expect(make({ confirmUrl: 'https://user:pw@app.example.com/' })).toThrow(/confirmUrl must not carry a user name/);
    expect(make({ confirmUrl: 'https://app.example.com/c?code=1' })).toThrow(/confirmUrl must not have a username or code/);
    expect(make({ confirmUrl: `https://app.example.com/${'x'.repeat(1024)}` })).toThrow(/confirmUrl must be at most 1024/);
    for (const local of ['http://localhost:5173/confirm', 'http://127.0.0.1/c', 'http://[::1]:8080/', 'http://app.localhost/']) {
      expect(make({ confirmUrl: local })).not.toThrow();
    }
    expect(make({ confirmUrl: CONFIRM_URL, verifyUrl: 'http://example.com/' })).toThrow(/verifyUrl must be an https URL/);
  });

  it('refuses wrong texts, locales and formats, naming them', () => {
    const base = { confirmUrl: CONFIRM_URL };
    expect(make({ ...base, messages: { de: { subjekt: 'x' } } })).toThrow(/messages\.de\.subjekt is not a text/);
    expect(make({ ...base, messages: { de: { code: 'Code: 123' } } })).toThrow(/messages\.de\.code must contain \{code\}/);
    expect(make({ ...base, messages: { de: { subject: '' } } })).toThrow(/messages\.de\.subject must be a non-empty string/);
    expect(make({ ...base, messages: { de: { subject: 7 } } })).toThrow(TypeError);
    expect(make({ ...base, messages: { it: { subject: 'Ciao' } } })).toThrow(
      /messages\.it is a new locale and needs every text; missing: verifySubject/,
    );
    expect(make({ ...base, messages: { 'not a locale': {} } })).toThrow(/is not a locale code/);
    expect(make({ ...base, messages: [] })).toThrow(/messages must be an object/);
    expect(make({ ...base, messages: { en: { subject: 'x'.repeat(141) } } })).toThrow(
      /messages\.en makes the subject 141 characters long; Cognito takes at most 140/,
    );
    expect(make({ ...base, messages: { en: { codeOnly: `${'x'.repeat(120)} {code}` } } })).toThrow(/the SMS \(without its link\)/);
    expect(make({ ...base, messages: { en: { ignore: 'x'.repeat(20_000) } } })).toThrow(/the email .* Cognito takes at most 20000/);
    expect(make({ ...base, messages: { en: { ignore: 'bye\u0000' } } })).toThrow(/a character in the email that Cognito refuses/);
    expect(make({ ...base, defaultLocale: 'pt' })).toThrow(/defaultLocale must be one of en, es, fr, de, ja/);
    expect(make({ ...base, emailFormat: 'markdown' })).toThrow(/emailFormat must be 'html' or 'text'/);
    expect(make({ ...base, webOtpHost: 'https://www.example.com' })).toThrow(/webOtpHost must be a host name/);
    expect(make({ ...base, webOtpHost: true })).toThrow(/webOtpHost/);
    expect(make({ ...base, logger: {} })).toThrow(/logger must have a warn function/);
  });
});

// Keeps the list of sources in the fixtures in step with @types/aws-lambda's union.
const _everySource: Record<TriggerSource, true> = Object.fromEntries(ALL_TRIGGER_SOURCES.map((s) => [s, true])) as Record<
  TriggerSource,
  true
>;
void _everySource;
