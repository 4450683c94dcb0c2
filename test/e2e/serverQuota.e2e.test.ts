// The server's quota as a person sees it: the demo's dev server runs createConfirmationHandler with
// limits on; lowered to one resend per person in the settings panel, the second resend gets a 429
// whose Retry-After becomes the button's countdown (and survives a reload).
import { describe, expect, it } from 'vitest';
import {
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
    expect(await page.getByLabel('Transport').inputValue()).toBe('fetch');
    const applied = page.waitForResponse((response) => response.url().endsWith('/api/limits') && response.ok());
    await page.getByLabel('Server quota').selectOption('one-per-2-min');
    await applied;
    // A lowered quota only shows through the handler: the demo switched to the backend transport.
    expect(await page.getByLabel('Transport').inputValue()).toBe('backend');
    await signUpInPage(page, user);

    // The one allowed resend, then the kit's own 30 s cooldown (Playwright's clock jumps past it).
    await resendButton(page).click();
    await expectText(resendButton(page), /^Resend in 0:[23]\d$/);
    await page.clock.fastForward(31_000);
    await expect.poll(() => resendButton(page).getAttribute('data-state')).toBe('idle');

    // Through a route, so the body is read in Node: DevTools may drop it once the kit's bounded reader is done.
    const answers: Array<{ status: number; body: string; retryAfter: string | undefined }> = [];
    await page.route('**/api/cognito', async (route) => {
      const answer = await route.fetch();
      answers.push({ status: answer.status(), body: await answer.text(), retryAfter: answer.headers()['retry-after'] });
      await route.fulfill({ response: answer });
    });
    await resendButton(page).click();
    await expect.poll(() => answers.length).toBe(1);
    const response = answers[0]!;
    expect(response.status).toBe(429);
    const retryAfter = Number(response.retryAfter);
    // The server's window is 2 minutes of real time, nearly all of it left.
    expect(retryAfter).toBeGreaterThan(60);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(JSON.parse(response.body)).toMatchObject({ __type: 'LimitExceededException' });

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
