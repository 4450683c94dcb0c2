// An expired code in real Chromium against the emulator, at a phone's and a desktop's width: the
// message says the code expired and points at Resend (no dead end), what was typed stays, and the
// resent code confirms; Confirm is the one filled action. The harness answers ExpiredCodeException as Cognito does after 24 hours.
import { describe, expect, it } from 'vitest';
import {
  codeInput,
  expectText,
  requestsFor,
  resendButton,
  resultPanel,
  screenshot,
  setUpDemoInBrowser,
  signUpInPage,
  uniqueUser,
  userStatus,
} from './support/demo';

const env = setUpDemoInBrowser();

describe.each([320, 375, 1280])('an expired code at %i px', (width) => {
  it('says it expired, points at Resend, keeps the code typed; the resent code confirms', async () => {
    const { emulator } = env.demo;
    const user = uniqueUser(`expired${width}`);
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    await signUpInPage(page, user);

    // Confirm is the one primary (filled) action; Resend is the quiet link beside it.
    const filled = await page
      .locator('main')
      .evaluate((main) =>
        [...main.querySelectorAll('button, a')]
          .filter((element) => !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(element).backgroundColor))
          .map((element) => element.textContent?.trim()),
      );
    expect(filled).toEqual(['Confirm']);

    const oldCode = emulator.latestCode(user.username)!;
    await emulator.expireCode(user.username);
    await codeInput(page).fill(oldCode);

    const main = page.locator('main');
    await expectText(main.locator('[aria-live]'), /^That code has expired\. Use Resend below to get a new one\.$/);
    // Shown once beside the field it is about (the live region above only announces it).
    const described = await codeInput(page).evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .filter((text) => text.includes('expired')),
    );
    expect(described).toEqual(['That code has expired. Use Resend below to get a new one.']);
    expect(await main.locator('[aria-invalid="true"]').count()).toBe(1);
    expect(await codeInput(page).inputValue()).toBe(oldCode);
    expect(requestsFor(emulator, 'ConfirmSignUp', user.username)).toHaveLength(1);
    // The action it points at is there, usable and inside the screen.
    const resend = resendButton(page);
    expect(await resend.getAttribute('aria-disabled')).toBeNull();
    const box = await resend.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    await screenshot(page, `expired-code-${width}`);

    await resend.click();
    await expectText(resend, /^Resend in 0:[23]\d$/);
    // The sent code replaces the expiry message: one message at a time.
    await expect.poll(() => main.getByText('That code has expired', { exact: false }).count()).toBe(0);
    const fresh = emulator.latestCode(user.username)!;
    expect(fresh).not.toBe(oldCode);
    await codeInput(page).fill(fresh);
    await resultPanel(page).waitFor();
    expect(await userStatus(emulator, user.username)).toBe('CONFIRMED');
  });
});
