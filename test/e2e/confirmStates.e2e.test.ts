// The confirmation step's ordinary situations in real Chromium against the emulator, at a phone's
// and a desktop's width (320, 375, 1280 px): an incomplete code sends nothing, focus follows the person, a stale tab
// after confirming in another ends calmly with "Sign in", a second tab keeps the destination and
// countdown, offline waits, and WebOTP fills the code.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  codeInput,
  countdownSeconds,
  expectText,
  requestsFor,
  resendButton,
  resultPanel,
  screenshot,
  setUpDemoInBrowser,
  signUpInPage,
  uniqueUser,
  userStatus,
  wrongCodeFor,
} from './support/demo';

const env = setUpDemoInBrowser();

/** Whether the code field has focus. */
const fieldFocused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('autocomplete') === 'one-time-code');

/** The message that describes the code field (its aria-describedby, last id), or ''. */
const fieldMessage = (page: Page) =>
  codeInput(page).evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return ids.length > 1 ? (document.getElementById(ids.at(-1)!)?.textContent ?? '') : '';
  });

describe.each([320, 375, 1280])('the confirmation step at %i px', (width) => {
  const open = async (prefix: string, initScript?: () => void) => {
    const user = uniqueUser(`${prefix}${width}`);
    const page = await env.context.newPage();
    // On this page only: a context-wide script would follow every later test of the file.
    if (initScript) await page.addInitScript(initScript);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    await signUpInPage(page, user);
    return { user, page };
  };

  it('an incomplete code sends nothing: the field says what is missing, is invalid, and keeps focus; focus is in the field on open and after a reload', async () => {
    const { user, page } = await open('short');
    await expect.poll(() => fieldFocused(page)).toBe(true);

    await page.locator('main').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => fieldMessage(page)).toBe('Enter the 6-digit code.');
    expect(await codeInput(page).getAttribute('aria-invalid')).toBe('true');
    expect(await fieldFocused(page)).toBe(true);

    await codeInput(page).fill('123');
    await codeInput(page).press('Enter');
    await expect.poll(() => fieldMessage(page)).toBe('The code is incomplete: 3 digits are missing.');
    expect(await codeInput(page).inputValue()).toBe('123');
    expect(await fieldFocused(page)).toBe(true);
    await screenshot(page, `incomplete-code-${width}`);
    expect(requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username)).toHaveLength(0);

    // A failed confirm: focus back on the field, the message announced once in the one live region.
    const wrong = wrongCodeFor(env.demo.emulator.latestCode(user.username));
    await codeInput(page).fill(wrong);
    await expect.poll(() => fieldMessage(page)).toMatch(/^That code is not right/);
    expect(await fieldFocused(page)).toBe(true);
    const main = page.locator('main');
    expect(await main.locator('[aria-live]').count()).toBe(1);
    await expectText(main.locator('[aria-live]'), /^That code is not right/);
    expect(requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username)).toHaveLength(1);

    await page.reload();
    await codeInput(page).waitFor();
    await expect.poll(() => fieldFocused(page)).toBe(true);
  });

  it('a tab left open after confirming in another: one calm message and Sign in, no error', async () => {
    const { user, page } = await open('stale');
    const stale = await env.context.newPage();
    await stale.setViewportSize({ width, height: 800 });
    await stale.goto(page.url());
    await codeInput(stale).waitFor();

    // Confirmed in the first tab.
    await page.bringToFront();
    await codeInput(page).fill(env.demo.emulator.latestCode(user.username)!);
    await resultPanel(page).waitFor();
    expect(await userStatus(env.demo.emulator, user.username)).toBe('CONFIRMED');

    // The stale tab tries a code: Cognito answers NotAuthorizedException "… status is CONFIRMED".
    await stale.bringToFront();
    await codeInput(stale).fill('000000');
    const main = stale.locator('main');
    await expectText(
      main.locator('.ck-success[data-state="already-confirmed"]'),
      /This account is already confirmed\. Sign in to continue\./,
    );
    expect(await main.getByRole('heading', { name: 'Already confirmed' }).count()).toBe(1);
    expect(await main.locator('.ck-error, [aria-invalid="true"]').count()).toBe(0);
    await expectText(main.locator('[aria-live]'), /^This account is already confirmed\. Sign in to continue\.$/);
    const confirms = requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username);
    expect(confirms).toHaveLength(2);
    await screenshot(stale, `already-confirmed-${width}`);

    await main.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(stale.url()).searchParams.get('tab')).toBe('reverify');
    expect(await stale.getByLabel('Username').inputValue()).toBe(user.username);

    // A third tab that asks for a new code instead ("User is already confirmed."): the same calm end.
    const third = await env.context.newPage();
    await third.setViewportSize({ width, height: 800 });
    await third.goto(`${env.demo.url}?confirm=${user.username}`);
    await resendButton(third).click();
    await expectText(third.locator('main .ck-success'), /This account is already confirmed/);
    expect(await third.locator('main .ck-error').count()).toBe(0);
  });

  it('a second tab shows the masked destination and the same countdown', async () => {
    const { user, page } = await open('tab');
    await resendButton(page).click();
    await expectText(resendButton(page), /^Resend in 0:[23]\d$/);
    const first = await countdownSeconds(page);

    const second = await env.context.newPage();
    await second.setViewportSize({ width, height: 800 });
    await second.goto(page.url());
    const masked = /We sent a code by email to e\*\*\*@e\*\*\*\.com\./;
    await expectText(second.locator('main .ck-destination'), masked);
    expect(await second.locator('main').textContent()).not.toContain(user.email);
    const inSecond = await countdownSeconds(second);
    expect(inSecond).toBeLessThanOrEqual(first);
    expect(inSecond).toBeGreaterThanOrEqual(first - 5);
    await expectText(second.locator('main .ck-resend'), /^Didn’t get a code\? Resend in 0:[23]\d/);
    await screenshot(second, `second-tab-${width}`);
  });

  it('offline: says so before anything is sent, the buttons wait, and the person goes on once back online', async () => {
    const { user, page } = await open('offline');
    await env.context.setOffline(true);
    const main = page.locator('main');
    await expectText(main.locator('.ck-notice'), /^You are offline\. Nothing was sent/);
    const confirm = main.getByRole('button', { name: 'Confirm' });
    await expect.poll(() => confirm.getAttribute('aria-disabled')).toBe('true');
    expect(await resendButton(page).getAttribute('aria-disabled')).toBe('true');

    const code = env.demo.emulator.latestCode(user.username)!;
    await codeInput(page).fill(code);
    await confirm.click({ force: true });
    await resendButton(page).click({ force: true });
    await screenshot(page, `offline-${width}`);
    expect(requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username)).toHaveLength(0);
    expect(requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username)).toHaveLength(0);

    await env.context.setOffline(false);
    await expect.poll(() => main.locator('.ck-notice').count()).toBe(0);
    expect(await confirm.getAttribute('aria-disabled')).toBeNull();
    expect(await codeInput(page).inputValue()).toBe(code);
    await confirm.click();
    await resultPanel(page).waitFor();
    expect(requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username)).toHaveLength(1);
  });

  it('WebOTP: the browser hands over the SMS code, the field fills and submits it; every resend asks again, one request at a time', async () => {
    // A stubbed credentials API: each get() answers once the test hands the newest one the code "in the SMS".
    // It notes how many requests were still open when each started and which open ones were aborted.
    const stubCredentials = () => {
      type Call = { transport: unknown; hasSignal: boolean; openBefore: number; open: boolean; aborted: boolean };
      const w = window as unknown as Record<string, unknown>;
      const calls: Call[] = [];
      let deliver: (code: string) => void = () => {};
      w['OTPCredential'] = class OTPCredential {};
      w['__otpCalls'] = calls;
      w['__deliverOtp'] = (code: string) => deliver(code);
      Object.defineProperty(navigator, 'credentials', {
        configurable: true,
        value: {
          get: (options: { otp?: { transport?: string[] }; signal?: AbortSignal }) => {
            const call: Call = {
              transport: options.otp?.transport,
              hasSignal: options.signal instanceof AbortSignal,
              openBefore: calls.filter((previous) => previous.open).length,
              open: true,
              aborted: false,
            };
            calls.push(call);
            return new Promise((resolve, reject) => {
              deliver = (code) => {
                call.open = false;
                resolve({ type: 'otp', id: '', code });
              };
              options.signal?.addEventListener('abort', () => {
                if (call.open) call.aborted = true;
                call.open = false;
                reject(new DOMException('aborted', 'AbortError'));
              });
            });
          },
        },
      });
    };
    type Call = { transport: unknown; hasSignal: boolean; openBefore: number; open: boolean; aborted: boolean };
    const { user, page } = await open('otp', stubCredentials);
    const calls = () => page.evaluate(() => (window as unknown as { __otpCalls: Call[] }).__otpCalls);
    const deliver = (code: string) =>
      page.evaluate((value) => (window as unknown as { __deliverOtp: (code: string) => void }).__deliverOtp(value), code);
    // One open request once the field is up (the demo's StrictMode mounts it twice in development: the first is aborted).
    await expect.poll(async () => (await calls()).filter(({ open }) => open).length).toBe(1);
    const first = (await calls()).length;
    expect((await calls()).at(-1)).toEqual({ transport: ['sms'], hasSignal: true, openBefore: 0, open: true, aborted: false });

    // A resend while that request is still open: it is aborted before the next one starts.
    await resendButton(page).click();
    await expect.poll(async () => (await calls()).length).toBe(first + 1);
    // The resend has answered (its cooldown runs) before the SMS is read: the newer "code sent" message
    // would otherwise replace the error the test waits for.
    await expect.poll(() => resendButton(page).getAttribute('data-state')).toBe('cooldown');
    expect((await calls()).slice(-2).map(({ openBefore, open, aborted }) => ({ openBefore, open, aborted }))).toEqual([
      { openBefore: 0, open: false, aborted: true },
      { openBefore: 0, open: true, aborted: false },
    ]);

    // That request reads an SMS whose code is not right (an old one); the next resend must ask again.
    const wrong = wrongCodeFor(env.demo.emulator.latestCode(user.username));
    await deliver(wrong);
    await expect.poll(() => fieldMessage(page)).toMatch(/^That code is not right/);
    await page.clock.fastForward(121_000);
    await expect.poll(() => resendButton(page).getAttribute('data-state')).toBe('idle');
    const resendsBefore = requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username).length;
    await resendButton(page).click();
    await expect.poll(() => requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username).length).toBe(resendsBefore + 1);
    await expect.poll(async () => (await calls()).length).toBe(first + 2);

    // The emulator logs the request as it arrives and the code once delivered: read it after the answer.
    await expect.poll(() => resendButton(page).getAttribute('data-state')).toBe('cooldown');
    const code = env.demo.emulator.latestCode(user.username)!;
    await deliver(code);
    await resultPanel(page).waitFor();
    const confirms = requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username);
    expect(confirms.map((request) => request.body.ConfirmationCode)).toEqual([wrong, code]);
    // Never two requests at once; the one the resend replaced is the only one aborted after the field was up.
    const final = await calls();
    expect(final).toHaveLength(first + 2);
    expect(final.every(({ openBefore, open }) => openBefore === 0 && !open)).toBe(true);
    expect(final.slice(first - 1).map(({ aborted }) => aborted)).toEqual([true, false, false]);
  });
});
