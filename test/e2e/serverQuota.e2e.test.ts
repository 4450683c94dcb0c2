// The server's quota as a person sees it: the demo's dev server runs createConfirmationHandler with
// limits on; lowered to one resend per person in the settings panel, the second resend gets a 429
// whose Retry-After becomes the button's countdown (and survives a reload).
import { describe, expect, it } from 'vitest';
import {
  chooseTransport,
  countdownSeconds,
  expectText,
  requestsFor,
  resendButton,
  screenshot,
  setUpDemoInBrowser,
  signUpInPage,
  uniqueUser,
} from './support/demo';

const env = setUpDemoInBrowser();

describe('server-side resend quota in the demo', () => {
  it('a 429 from the handler turns into a countdown from Retry-After', async () => {
    const user = uniqueUser('quota');
    const page = await env.context.newPage();
    await page.goto(env.demo.url);
    await chooseTransport(page, 'backend');
    const applied = page.waitForResponse((response) => response.url().endsWith('/api/limits') && response.ok());
    await page.getByLabel('Server quota').selectOption('one-per-2-min');
    await applied;
    await signUpInPage(page, user);

    // The one allowed resend, then the kit's own 30 s cooldown (Playwright's clock jumps past it).
    await resendButton(page).click();
    await expectText(resendButton(page), /^Resend in 0:[23]\d$/);
    await page.clock.fastForward(31_000);
    await expect.poll(() => resendButton(page).getAttribute('data-state')).toBe('idle');

    const refused = page.waitForResponse((response) => response.url().endsWith('/api/cognito') && response.status() === 429);
    await resendButton(page).click();
    const response = await refused;
    const retryAfter = Number(response.headers()['retry-after']);
    // The server's window is 2 minutes of real time, nearly all of it left.
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(await response.json()).toMatchObject({ __type: 'LimitExceededException' });

    const seconds = await countdownSeconds(page);
    expect(seconds).toBeGreaterThanOrEqual(retryAfter - 2);
    expect(seconds).toBeLessThanOrEqual(retryAfter);
    await expectText(page.locator('main .ck-error'), /Too many attempts/);
    expect(await resendButton(page).getAttribute('aria-disabled')).toBe('true');
    // Refused before Cognito: the emulator saw the one allowed resend only.
    expect(requestsFor(env.demo.emulator, 'ResendConfirmationCode', user.username)).toHaveLength(1);
    await screenshot(page, 'resend-server-quota');

    await page.reload();
    const afterReload = await countdownSeconds(page);
    expect(afterReload).toBeGreaterThanOrEqual(retryAfter - 5);
    expect(afterReload).toBeLessThanOrEqual(retryAfter);
  });
});
