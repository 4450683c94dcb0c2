// Resend → confirm through the kit's other two transports (amazon-cognito-identity-js, and the
// backend transport with the dev server's createConfirmationHandler adding the SecretHash), the
// re-verify tab (AttributeVerification), and the settings panel.
import type { Request as PlaywrightRequest } from 'playwright';
import { describe, expect, it } from 'vitest';
import { harnessClient } from '../support/harnessClient.mjs';
import {
  ANALYTICS_ENDPOINT_ID,
  chooseTransport,
  codeInput,
  countdownSeconds,
  encodedDataFor,
  expectText,
  referenceSecretHash,
  requestsFor,
  resendButton,
  resultPanel,
  screenshot,
  signUpInPage,
  uniqueUser,
  userStatus,
  setUpDemoInBrowser,
} from './support/demo';

const env = setUpDemoInBrowser();

describe('transports', () => {
  it('amazon-cognito-identity-js: resend and confirm go through the SDK with context data and analytics', async () => {
    const { emulator } = env.demo;
    const user = uniqueUser('sdk');
    const page = await env.context.newPage();
    await page.goto(env.demo.url);
    await chooseTransport(page, 'identity-js');
    await signUpInPage(page, user);

    await resendButton(page).click();
    expect(await countdownSeconds(page)).toBeGreaterThanOrEqual(25);
    const [resend] = requestsFor(emulator, 'ResendConfirmationCode', user.username);
    // The SDK's own header: the call went through CognitoUserPool's client, not the fetch transport.
    expect(resend?.headers['x-amz-user-agent']).toMatch(/aws-amplify/);
    expect(resend?.body).toMatchObject({
      ClientId: emulator.clientId,
      UserContextData: { EncodedData: encodedDataFor(user.username) },
      AnalyticsMetadata: { AnalyticsEndpointId: ANALYTICS_ENDPOINT_ID },
    });

    await codeInput(page).fill(emulator.latestCode(user.username)!);
    await resultPanel(page).waitFor();
    const [confirm] = requestsFor(emulator, 'ConfirmSignUp', user.username);
    expect(confirm?.headers['x-amz-user-agent']).toMatch(/aws-amplify/);
    expect(confirm?.body).toMatchObject({ UserContextData: { EncodedData: encodedDataFor(user.username) } });
    expect(await userStatus(emulator, user.username)).toBe('CONFIRMED');
  });

  it('backend: the dev server adds the SecretHash for the client with a secret; the browser never sends or sees it', async () => {
    const { emulator } = env.demo;
    const user = uniqueUser('backend');
    const expectedHash = referenceSecretHash(user.username, emulator.secretClientId, emulator.clientSecret);
    const page = await env.context.newPage();
    const fromBrowser: PlaywrightRequest[] = [];
    page.on('request', (request) => fromBrowser.push(request));
    // Keep what the browser received from its own server as it arrives: Chromium may drop a response body
    // from its buffer later, and reading it afterwards then fails for reasons unrelated to the kit.
    const receivedBodies: string[] = [];
    await page.route('**/api/**', async (route) => {
      const response = await route.fetch();
      receivedBodies.push(await response.text());
      await route.fulfill({ response });
    });
    await page.goto(env.demo.url);
    await chooseTransport(page, 'backend');
    await signUpInPage(page, user);

    // SignUp went through /api/auth with the secret client's SecretHash.
    const [signUp] = requestsFor(emulator, 'SignUp', user.username);
    expect(signUp?.body).toMatchObject({ ClientId: emulator.secretClientId, SecretHash: expectedHash });

    await resendButton(page).click();
    expect(await countdownSeconds(page)).toBeGreaterThanOrEqual(25);
    const [resend] = requestsFor(emulator, 'ResendConfirmationCode', user.username);
    expect(resend?.body).toMatchObject({
      ClientId: emulator.secretClientId,
      SecretHash: expectedHash,
      UserContextData: { EncodedData: encodedDataFor(user.username), IpAddress: '127.0.0.1' },
      AnalyticsMetadata: { AnalyticsEndpointId: ANALYTICS_ENDPOINT_ID },
    });

    await codeInput(page).fill(emulator.latestCode(user.username)!);
    await resultPanel(page).waitFor();
    const [confirm] = requestsFor(emulator, 'ConfirmSignUp', user.username);
    expect(confirm?.body).toMatchObject({ ClientId: emulator.secretClientId, SecretHash: expectedHash });
    expect(await userStatus(emulator, user.username)).toBe('CONFIRMED');

    // The browser talked to its own server only, and no secret material passed through it.
    const apiCalls = fromBrowser.filter((request) => request.url().includes('/api/'));
    // SignUp, then resend, confirm and the sign-in after it.
    expect(apiCalls.map((request) => new URL(request.url()).pathname)).toEqual([
      '/api/auth',
      '/api/cognito',
      '/api/cognito',
      '/api/cognito',
    ]);
    expect(fromBrowser.filter((request) => request.url().startsWith(emulator.endpoint) && request.method() === 'POST')).toEqual([]);
    for (const request of apiCalls) expect(request.postData()).not.toMatch(/SecretHash|SECRET_HASH/);
    expect(receivedBodies).toHaveLength(apiCalls.length);
    for (const body of receivedBodies) {
      expect(body).not.toContain(emulator.clientSecret);
      expect(body).not.toContain(expectedHash);
    }
    expect(await page.content()).not.toContain(emulator.clientSecret);
  });
});

describe('re-verify email (AttributeVerification)', () => {
  it('signs in from the confirmed panel, sends a code with a cooldown, verifies it', async () => {
    const { emulator } = env.demo;
    const harness = harnessClient(emulator.endpoint);
    const user = uniqueUser('attr');
    await harness.signUp(user);
    const page = await env.context.newPage();
    await page.goto(`${env.demo.url}?confirm=${user.username}`);
    // A tab that did not do the SignUp: the kit does not invent a destination.
    await expectText(page.locator('main .ck-destination'), /If an account exists for this name/);
    await codeInput(page).fill(emulator.latestCode(user.username)!);
    // No SignUp Session in this browser: confirmed, and the kit's panel offers Sign in with the name.
    await resultPanel(page, 'confirmed').waitFor();
    await page.locator('main').getByRole('button', { name: 'Sign in' }).click();

    expect(await page.getByLabel('Username').inputValue()).toBe(user.username);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const main = page.locator('main');
    await expectText(main.getByRole('heading', { level: 2 }), /^Verify your email address$/);

    await main.getByRole('button', { name: 'Send code' }).click();
    expect(await countdownSeconds(page)).toBeGreaterThanOrEqual(25);
    expect(emulator.requests.filter((request) => request.target === 'GetUserAttributeVerificationCode')).toHaveLength(1);
    const code = emulator.messages.findLast(
      (message) => message.username === user.username && message.source === 'VerifyUserAttribute',
    )?.code;
    expect(code).toMatch(/^\d{6}$/);

    // Reload: still signed in (this tab's session), still cooling down.
    await page.reload();
    expect(await countdownSeconds(page)).toBeGreaterThan(20);
    await codeInput(page).fill(code!);
    await expectText(main.locator('.ck-success'), /Verified\. Thank you\.$/);
    expect(emulator.requests.filter((request) => request.target === 'VerifyUserAttribute').at(-1)?.body).toMatchObject({
      AttributeName: 'email',
      Code: code,
    });
  });
});

describe('settings', () => {
  it('language and theme apply to the kit; the choice survives a reload', async () => {
    const user = uniqueUser('settings');
    const page = await env.context.newPage();
    await page.goto(`${env.demo.url}?confirm=${user.username}`);
    await page.getByLabel('Language').selectOption('de');
    // The demo's own labels follow the language too.
    await page.getByLabel('Design').selectOption('dark');
    const main = page.locator('main');
    await expectText(main.getByRole('heading', { level: 2 }), /^Konto bestätigen$/);
    await main.getByRole('button', { name: 'Erneut senden' }).waitFor();
    expect(await main.locator('.ck-theme').getAttribute('data-color-scheme')).toBe('dark');

    await page.reload();
    await expectText(main.getByRole('heading', { level: 2 }), /^Konto bestätigen$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await screenshot(page, 'settings-de-dark');

    await page.getByLabel('Design').selectOption('custom');
    await page.getByLabel('Sprache').selectOption('ja');
    await expectText(main.getByRole('heading', { level: 2 }), /^アカウントの確認$/);
    expect(await main.locator('.ck-theme').getAttribute('style')).toContain('--ck-color-primary: #5b21b6');
    await page.getByLabel('言語').selectOption('fr');
    await main.getByRole('button', { name: 'Renvoyer' }).waitFor();
    await screenshot(page, 'settings-fr-custom');
  });
});
