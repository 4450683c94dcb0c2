// How the resend button behaves when things go wrong, in a real browser against the emulator:
// Cognito's rate limit, an unreachable Cognito, and impatient double clicks.
import type { Request as PlaywrightRequest } from 'playwright';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countdownSeconds,
  expectText,
  requestsFor,
  resendButton,
  screenshot,
  signUpInPage,
  uniqueUser,
  setUpDemoInBrowser,
} from './support/demo';

const env = setUpDemoInBrowser();
afterEach(() => {
  env.demo.emulator.setResendLimit(Infinity);
});

/** The browser's own Cognito calls (not the codes panel's /_harness polling) for one operation. */
function cognitoCalls(requests: PlaywrightRequest[], target: string) {
  return requests.filter(
    (request) => request.method() === 'POST' && request.headers()['x-amz-target'] === `AWSCognitoIdentityProviderService.${target}`,
  );
}

describe.each([320, 375, 1280])('a rate limit at %i px', (width) => {
  it('rate limit: LimitExceededException starts the longer (escalated) cooldown and says how long to wait', async () => {
    const user = uniqueUser(`limit${width}`);
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    await signUpInPage(page, user);
    env.demo.emulator.setResendLimit(0);

    await resendButton(page).click();
    const main = page.locator('main');
    await expectText(main.locator('.ck-error'), /^Too many attempts\. You can ask for a new code in (1:00|0:5\d)\.$/);
    // 30 s × 2 after the first rate limit.
    const seconds = await countdownSeconds(page);
    expect(seconds).toBeGreaterThanOrEqual(55);
    expect(seconds).toBeLessThanOrEqual(60);
    await expectText(resendButton(page), /^Resend in [01]:\d\d$/);
    expect(await resendButton(page).getAttribute('aria-disabled')).toBe('true');
    expect(requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username)).toHaveLength(1);
    await screenshot(page, `resend-rate-limited-${width}`);

    // The longer cooldown also survives a reload, and so does its reason: the sentence counts down with it.
    await page.reload();
    expect(await countdownSeconds(page)).toBeGreaterThan(30);
    await expectText(main.locator('[data-state="rate-limited"]'), /^Too many attempts\. You can ask for a new code in [01]:\d\d\.$/);
    const before = await main.locator('[data-state="rate-limited"]').textContent();
    await page.clock.fastForward(10_000);
    await expect.poll(() => main.locator('[data-state="rate-limited"]').textContent()).not.toBe(before);
  });
});

describe('resend when things go wrong', () => {
  it('emulator down: a network error message, no cooldown, and "Try again" works once it is back', async () => {
    const user = uniqueUser('down');
    const page = await env.context.newPage();
    await page.goto(env.demo.url);
    await signUpInPage(page, user);

    // From the browser's point of view Cognito is gone: its connections are refused. The codes
    // panel's /_harness polling stays up.
    const cognitoOrigin = new URL(env.demo.emulator.endpoint).origin;
    const isCognitoCall = (url: URL) => url.origin === cognitoOrigin && !url.pathname.startsWith('/_harness/');
    await page.route(isCognitoCall, (route) => route.abort('connectionrefused'));

    await resendButton(page).click();
    const main = page.locator('main');
    await expectText(main.locator('.ck-error'), /You seem to be offline\. Check your connection and try again\./);
    await expectText(resendButton(page), /^Try again$/);
    expect(await resendButton(page).getAttribute('data-state')).toBe('error');
    expect(await resendButton(page).getAttribute('aria-disabled')).toBeNull();
    expect(await main.getByRole('timer').count()).toBe(0);
    expect(requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username)).toHaveLength(0);
    await screenshot(page, 'resend-network-error');

    await page.unroute(isCognitoCall);
    await resendButton(page).click();
    await expectText(resendButton(page), /^Resend in 0:[23]\d$/);
    expect(await main.locator('.ck-error').count()).toBe(0);
    expect(requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username)).toHaveLength(1);
  });

  it('double click: exactly one ResendConfirmationCode leaves the browser and reaches the emulator', async () => {
    const user = uniqueUser('dbl');
    const page = await env.context.newPage();
    const sent: PlaywrightRequest[] = [];
    page.on('request', (request) => sent.push(request));
    await page.goto(env.demo.url);
    await signUpInPage(page, user);

    await resendButton(page).dblclick();
    await expectText(resendButton(page), /^Resend in 0:[23]\d$/);
    // Clicks on the inert (aria-disabled, still focusable) button during the cooldown send nothing
    // either; `force` because Playwright itself refuses to click an aria-disabled button.
    await resendButton(page).click({ force: true });
    await resendButton(page).dblclick({ force: true });
    // One more round trip to the emulator, so anything sent by those clicks would have arrived.
    await page.reload();
    await countdownSeconds(page);

    expect(cognitoCalls(sent, 'ResendConfirmationCode')).toHaveLength(1);
    expect(requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username)).toHaveLength(1);
  });

  it('a burst of clicks within one task (before React re-renders the button) still sends one request', async () => {
    const user = uniqueUser('burst');
    const page = await env.context.newPage();
    const sent: PlaywrightRequest[] = [];
    page.on('request', (request) => sent.push(request));
    await page.goto(env.demo.url);
    await signUpInPage(page, user);

    // Ten synchronous clicks: every one reaches the same onClick, so only the kit's guard stops them.
    await resendButton(page).evaluate((button: HTMLElement) => {
      for (let i = 0; i < 10; i++) button.click();
    });
    await expectText(resendButton(page), /^Resend in 0:[23]\d$/);
    await page.reload();
    await countdownSeconds(page);

    expect(cognitoCalls(sent, 'ResendConfirmationCode')).toHaveLength(1);
    expect(requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username)).toHaveLength(1);
  });
});
