// The demo as polished as the kit: the sign-up form checks what it can before sending, no
// exception name ever reaches the screen, and every demo string follows the chosen language.
import { describe, expect, it } from 'vitest';
import { DEMO_MESSAGES } from '../../demo/messages';
import { codeInput, expectText, requestsFor, setUpDemoInBrowser, signUpInPage, uniqueUser } from './support/demo';

const env = setUpDemoInBrowser();
const EXCEPTION_NAME = /\b[A-Z][A-Za-z]+(Exception|Error)\b/;

describe('the demo sign-up form', () => {
  it('checks the email format and the password policy before sending anything, then sends once fixed', async () => {
    const { emulator } = env.demo;
    const user = uniqueUser('policy');
    const page = await env.context.newPage();
    await page.goto(env.demo.url);
    await page.getByLabel('Username').fill(user.username);
    await page.getByLabel('Email').fill('jane@example');
    await page.getByLabel('Password').fill('password1');
    await page.getByRole('button', { name: 'Sign up' }).click();

    const email = page.getByLabel('Email');
    const password = page.getByLabel('Password');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => email.evaluate((element) => element === document.activeElement)).toBe(true);
    // Each field says what is wrong, linked to it.
    expect(await email.evaluate((element) => (element as HTMLInputElement).ariaDescribedByElements?.map((e) => e.textContent))).toContain(
      'Enter an email address like name@example.com.',
    );
    const passwordDescription = await password.evaluate((element) =>
      ((element as HTMLInputElement).ariaDescribedByElements ?? []).map((e) => e.textContent).join(' '),
    );
    expect(passwordDescription).toContain('Use at least 8 characters, an uppercase letter, a lowercase letter, a digit, and a symbol.');
    expect(passwordDescription).toContain('The password still needs an uppercase letter and a symbol.');
    expect(requestsFor(emulator, 'SignUp', user.username)).toHaveLength(0);

    // Fixing the fields clears their messages as the person types; what they typed stays.
    await email.fill(user.email);
    await expect.poll(() => email.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByLabel('Username').inputValue()).toBe(user.username);
    await password.fill('Password1');
    await expectText(page.locator('.demo-error'), /^The password still needs a symbol\.$/);
    expect(requestsFor(emulator, 'SignUp', user.username)).toHaveLength(0);

    await password.fill(user.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await codeInput(page).waitFor();
    expect(requestsFor(emulator, 'SignUp', user.username)).toHaveLength(1);
  });

  it('words Cognito errors from the catalogue, in the chosen language, never by exception name', async () => {
    const user = uniqueUser('taken');
    const first = await env.context.newPage();
    await first.goto(env.demo.url);
    await signUpInPage(first, user);
    // The confirmation step: a wrong code, worded by the kit.
    await codeInput(first).fill('000000');
    await expectText(first.locator('main .ck-error'), /not right/);
    await expectText(first.locator('main [data-ck-live]'), /not right/);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, i.e. what is on screen.
    expect(await first.locator('body').innerText()).not.toMatch(EXCEPTION_NAME);
    // Switching language re-renders the message and the live region's last announcement in French.
    await first.getByLabel('Language').selectOption('fr');
    await expectText(first.locator('main .ck-error'), /^Ce code est incorrect\./);
    await expectText(first.locator('main [data-ck-live]'), /^Ce code est incorrect\./);
    expect(await first.getByLabel('Code de confirmation').inputValue()).toBe('000000');
    // The choice is kept for the next page: back to English for the rest of the test.
    await first.getByLabel(DEMO_MESSAGES.fr['settings.language']).selectOption('en');
    await expectText(first.locator('main [data-ck-live]'), /^That code is not right\./);

    // The same username again: UsernameExistsException, worded by the demo.
    const second = await env.context.newPage();
    await second.goto(env.demo.url);
    await second.getByLabel('Username').fill(user.username);
    await second.getByLabel('Email').fill(user.email);
    await second.getByLabel('Password').fill(user.password);
    await second.getByRole('button', { name: 'Sign up' }).click();
    const alert = second.getByRole('alert');
    await expectText(alert, /^That username is taken\. Choose another one, or sign in\.$/);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, i.e. what is on screen.
    expect(await second.locator('body').innerText()).not.toMatch(EXCEPTION_NAME);

    // Switching language rewords the message on screen (it is kept as a code, not a sentence).
    await second.getByLabel('Language').selectOption('fr');
    await expectText(alert, /^Ce nom d’utilisateur est déjà pris\./);
    expect(await second.getByLabel('Nom d’utilisateur').inputValue()).toBe(user.username);
  });
});

describe.each(['es', 'fr', 'de', 'ja', 'ar', 'he'] as const)('the demo in %s', (locale) => {
  it('shows every demo string of the sign-up form and the confirmation step in that language', async () => {
    const text = DEMO_MESSAGES[locale];
    const user = uniqueUser(`l10n${locale}`);
    const page = await env.context.newPage();
    await page.goto(env.demo.url);
    await signUpInPage(page, user);
    await page.getByLabel('Language').selectOption(locale);

    const body = page.locator('body');
    await expectText(
      page.locator('main .demo-footer'),
      new RegExp(`^${escapeRegExp(text['confirm.notYou'].replace('{username}', user.username))}`),
    );
    // textContent: the panel headings are uppercased by CSS only.
    const shown = (await body.textContent()) ?? '';
    for (const key of [
      'app.tab.signUp',
      'app.tab.reverify',
      'settings.title',
      'settings.theme',
      'settings.language',
      'confirm.startOver',
      'codes.title',
      'codes.note',
    ] as const) {
      expect(shown, key).toContain(text[key]);
    }
    expect(shown).toContain(text['settings.theme.system']);
    // Nothing of the demo is left in English (strings that differ between the two languages).
    for (const key of ['confirm.startOver', 'settings.title', 'codes.note', 'app.tab.reverify'] as const) {
      if (DEMO_MESSAGES.en[key] !== text[key]) expect(shown, key).not.toContain(DEMO_MESSAGES.en[key]);
    }
    expect(shown).not.toContain(`Not ${user.username}?`);

    // Back on the sign-up form: labels, hint and button in that language too.
    await page.getByRole('button', { name: text['confirm.startOver'] }).click();
    await page.getByRole('heading', { name: text['signUp.title'] }).waitFor();
    for (const key of ['field.username', 'field.email', 'field.password', 'signUp.submit'] as const) {
      expect(await body.textContent(), key).toContain(text[key]);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  });
});

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
