// Forgot password, done as well as sign-up (issue #30), in real Chromium against the emulator at a
// phone's and a desktop's width: a confirmed person asks for a code on the demo's reset tab, sees where
// it went (masked), types it with a new password and ends signed in with it; afterwards only the new
// password works at the emulator. Resend is cooled down, the step survives a reload, a wrong code keeps
// what was typed, a weak password is refused before any request, and the app client with a secret
// gets its SecretHash on the server.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../support/emulator.js';
import {
  chooseTransport,
  type DemoTransport,
  expectText,
  referenceSecretHash,
  requestsFor,
  resendButton,
  screenshot,
  setUpDemoInBrowser,
  uniqueUser,
  wrongCodeFor,
} from './support/demo';
import { measureOverflow } from './support/layout';

const env = setUpDemoInBrowser();
const NEW_PASSWORD = 'Fresh-Start-42!';

/** Cognito's JSON API at the emulator, as any client calls it. */
async function cognito(emulator: Emulator, operation: string, body: Record<string, unknown>) {
  const response = await fetch(emulator.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A person who signed up and confirmed (through the API: this file is about the reset). */
async function confirmedUser(prefix: string) {
  const { emulator } = env.demo;
  const user = uniqueUser(prefix);
  const signUp = await cognito(emulator, 'SignUp', {
    ClientId: emulator.clientId,
    Username: user.username,
    Password: user.password,
    UserAttributes: [{ Name: 'email', Value: user.email }],
  });
  expect(signUp.status).toBe(200);
  const confirm = await cognito(emulator, 'ConfirmSignUp', {
    ClientId: emulator.clientId,
    Username: user.username,
    ConfirmationCode: emulator.latestCode(user.username),
  });
  expect(confirm.status).toBe(200);
  return user;
}

/** USER_PASSWORD_AUTH at the emulator: whether this password signs in now. */
async function passwordWorks(username: string, password: string): Promise<boolean> {
  const { emulator } = env.demo;
  const answer = await cognito(emulator, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: emulator.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return (
    answer.status === 200 && typeof (answer.body['AuthenticationResult'] as { AccessToken?: unknown } | undefined)?.AccessToken === 'string'
  );
}

const usernameField = (page: Page) => page.getByRole('textbox', { name: /username|email/i });
const codeField = (page: Page) => page.getByLabel('Confirmation code');
const passwordField = (page: Page) => page.locator('main input[type="password"], main input[autocomplete="new-password"]').first();
const resetButton = (page: Page) => page.locator('main').getByRole('button', { name: /^(Reset password|Resetting)/ });
const resetCode = (username: string) => env.demo.emulator.latestCode(username);

/** The reset tab at this width, the transport chosen, the name sent: resolves on the code step. */
async function openAndSend(width: number, username: string, transport?: DemoTransport): Promise<Page> {
  const page = await env.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${env.demo.url}?tab=reset`);
  if (transport) await chooseTransport(page, transport);
  await usernameField(page).fill(username);
  await page.locator('main').getByRole('button', { name: 'Send code' }).click();
  await codeField(page).waitFor();
  return page;
}

describe.each([320, 375, 1280])('password reset at %i px', (width) => {
  it('a confirmed person resets their password and ends signed in; only the new password works afterwards', async () => {
    const user = await confirmedUser(`reset${width}`);
    const page = await openAndSend(width, user.username);
    // Where the code went, masked, before anything is typed.
    await expectText(page.locator('main'), /We sent a code by email to e\*+@e\*+\.com/);
    expect(await page.locator('main').textContent()).not.toContain(user.email);
    expect(requestsFor(env.demo.emulator, 'ForgotPassword', user.username)).toHaveLength(1);
    await screenshot(page, `reset-code-${width}`);

    await codeField(page).fill(resetCode(user.username)!);
    await passwordField(page).fill(NEW_PASSWORD);
    await resetButton(page).click();

    const panel = page.locator('main .ck-success[data-state="signed-in"]');
    await panel.waitFor();
    await expectText(panel, new RegExp(`Signed in as ${user.username}`));
    await expectText(page.getByTestId('signed-in').locator('dl'), new RegExp(`cognito:username${user.username}`));
    expect(await measureOverflow(page)).toEqual({ scrollWidth: width, clientWidth: width, outside: [] });
    await screenshot(page, `reset-signed-in-${width}`);

    // Cognito got the code and the password together, then a USER_AUTH password sign-in.
    const [confirm, ...more] = requestsFor(env.demo.emulator, 'ConfirmForgotPassword', user.username);
    expect(more).toEqual([]);
    expect(confirm?.body).toMatchObject({ ConfirmationCode: resetCode(user.username), Password: NEW_PASSWORD });
    const signIn = env.demo.emulator.requests.filter(
      (request) => request.target === 'InitiateAuth' && request.body?.AuthParameters?.USERNAME === user.username,
    );
    expect(signIn.map((request) => [request.body.AuthFlow, request.body.AuthParameters.PREFERRED_CHALLENGE])).toEqual([
      ['USER_AUTH', 'PASSWORD'],
    ]);
    // The password lives nowhere in the page's storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(NEW_PASSWORD);

    expect(await passwordWorks(user.username, user.password)).toBe(false);
    expect(await passwordWorks(user.username, NEW_PASSWORD)).toBe(true);
  });
});

describe('the reset step at 375 px', () => {
  const width = 375;

  it('Resend is cooled down: "Resend in m:ss", inert, ten clicks send nothing; after the wait one click sends one code', async () => {
    const user = await confirmedUser('cool');
    const page = await openAndSend(width, user.username);
    const resend = resendButton(page);
    await expectText(resend, /Resend in \d:\d\d/);
    expect((await resend.getAttribute('aria-disabled')) === 'true' || (await resend.isDisabled())).toBe(true);
    for (let click = 0; click < 10; click++) await resend.click({ force: true });
    expect(requestsFor(env.demo.emulator, 'ForgotPassword', user.username)).toHaveLength(1);

    await page.clock.fastForward(31_000);
    await expect.poll(() => resend.getAttribute('data-state')).toBe('idle');
    for (let click = 0; click < 10; click++) await resend.click({ force: true });
    await expectText(resend, /Resend in \d:\d\d/);
    expect(requestsFor(env.demo.emulator, 'ForgotPassword', user.username)).toHaveLength(2);
  });

  it('a reload mid-step returns to the code step with the masked destination and the running cooldown', async () => {
    const user = await confirmedUser('reload');
    const page = await openAndSend(width, user.username);
    await page.reload();
    await codeField(page).waitFor();
    await expectText(page.locator('main'), /e\*+@e\*+\.com/);
    await expectText(resendButton(page), /Resend in \d:\d\d/);
    expect(requestsFor(env.demo.emulator, 'ForgotPassword', user.username)).toHaveLength(1);
    // And the code still works after the reload.
    await codeField(page).fill(resetCode(user.username)!);
    await passwordField(page).fill(NEW_PASSWORD);
    await resetButton(page).click();
    await page.locator('main .ck-success[data-state="signed-in"]').waitFor();
  });

  it('a wrong code is worded beside the code field and keeps both the code and the new password', async () => {
    const user = await confirmedUser('wrong');
    const page = await openAndSend(width, user.username);
    const wrong = wrongCodeFor(resetCode(user.username));
    await codeField(page).fill(wrong);
    await passwordField(page).fill(NEW_PASSWORD);
    await resetButton(page).click();
    await expectText(page.locator('main .ck-code .ck-error'), /That code is not right/);
    expect(await codeField(page).inputValue()).toBe(wrong);
    expect(await passwordField(page).inputValue()).toBe(NEW_PASSWORD);
    expect(await passwordWorks(user.username, user.password)).toBe(true);
  });

  it('a weak password is refused beside its field before any request', async () => {
    const user = await confirmedUser('weak');
    const page = await openAndSend(width, user.username);
    await codeField(page).fill(resetCode(user.username)!);
    await passwordField(page).fill('weak');
    await resetButton(page).click();
    await expectText(page.locator('main'), /meets every rule/);
    expect(await passwordField(page).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toMatch(/password|text/);
    expect(requestsFor(env.demo.emulator, 'ConfirmForgotPassword', user.username)).toHaveLength(0);
  });

  it('the app client with a secret (backend transport): SecretHash added on the server, signed in', async () => {
    const { emulator } = env.demo;
    // The person belongs to the same pool; the secret client serves them too.
    const user = await confirmedUser('secret');
    const posted: string[] = [];
    const page = await env.context.newPage();
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(`${request.url()} ${request.postData() ?? ''}`);
    });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${env.demo.url}?tab=reset`);
    await chooseTransport(page, 'backend');
    await usernameField(page).fill(user.username);
    await page.locator('main').getByRole('button', { name: 'Send code' }).click();
    await codeField(page).waitFor();
    await codeField(page).fill(resetCode(user.username)!);
    await passwordField(page).fill(NEW_PASSWORD);
    await resetButton(page).click();
    await page.locator('main .ck-success[data-state="signed-in"]').waitFor();

    const secretHash = referenceSecretHash(user.username, emulator.secretClientId, emulator.clientSecret);
    for (const operation of ['ForgotPassword', 'ConfirmForgotPassword']) {
      const [request] = requestsFor(emulator, operation, user.username);
      expect(request?.body).toMatchObject({ ClientId: emulator.secretClientId, SecretHash: secretHash });
    }
    const signIn = emulator.requests.find(
      (request) => request.target === 'InitiateAuth' && request.body?.AuthParameters?.USERNAME === user.username,
    );
    expect(signIn?.body.AuthParameters).toMatchObject({ PREFERRED_CHALLENGE: 'PASSWORD', SECRET_HASH: secretHash });
    // The browser only ever talked to the app's endpoint, and never sent a SecretHash.
    expect(posted.length).toBeGreaterThan(0);
    for (const post of posted) {
      expect(post).toContain('/api/cognito');
      expect(post).not.toMatch(/SecretHash|SECRET_HASH/);
    }
    expect(await passwordWorks(user.username, NEW_PASSWORD)).toBe(true);
  });

  it('identity-js: the sign-in after the reset goes through its SRP', async () => {
    const user = await confirmedUser('srp');
    const page = await openAndSend(width, user.username, 'identity-js');
    await codeField(page).fill(resetCode(user.username)!);
    await passwordField(page).fill(NEW_PASSWORD);
    await resetButton(page).click();
    await page.locator('main .ck-success[data-state="signed-in"]').waitFor();
    const flows = env.demo.emulator.requests
      .filter((request) => request.target === 'InitiateAuth' && request.body?.AuthParameters?.USERNAME === user.username)
      .map((request) => request.body.AuthFlow);
    expect(flows).toEqual(['USER_SRP_AUTH']);
  });

  it('the emailed reset link opens the step on another device with the code filled in; it waits for the new password and one tap', async () => {
    const user = await confirmedUser('link');
    const sender = await openAndSend(width, user.username);
    await sender.close();
    const message = env.demo.emulator.messages.filter((sent) => sent.username === user.username).at(-1);
    expect(message?.source).toBe('ForgotPassword');
    const link = new URL(message!.link!);
    expect(Object.fromEntries(link.searchParams)).toEqual({ tab: 'reset', username: user.username, code: resetCode(user.username) });

    // Another device: a fresh context, nothing stored.
    const other = await env.browser.newContext({ viewport: { width, height: 800 }, locale: 'en-US' });
    try {
      const page = await other.newPage();
      await page.goto(link.href);
      await codeField(page).waitFor();
      expect(await codeField(page).inputValue()).toBe(resetCode(user.username));
      // Nothing sent on load (mail scanners open links); the code is out of the address bar.
      expect(requestsFor(env.demo.emulator, 'ConfirmForgotPassword', user.username)).toHaveLength(0);
      expect(new URL(page.url()).searchParams.has('code')).toBe(false);
      await passwordField(page).fill(NEW_PASSWORD);
      await resetButton(page).click();
      await page.locator('main .ck-success[data-state="signed-in"]').waitFor();
      expect(await passwordWorks(user.username, NEW_PASSWORD)).toBe(true);
    } finally {
      await other.close();
    }
  });
});
