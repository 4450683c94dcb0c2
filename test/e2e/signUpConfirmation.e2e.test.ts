// The whole sign-up confirmation in a real browser: the demo app (kit from source) on Vite's dev
// server, the kit's fetch transport, the local Cognito emulator.
import { describe, expect, it } from 'vitest';
import {
  ANALYTICS_ENDPOINT_ID,
  codeInput,
  countdownSeconds,
  encodedDataFor,
  expectText,
  requestsFor,
  resendButton,
  resultPanel,
  screenshot,
  signUpInPage,
  storedDeadlines,
  uniqueUser,
  userStatus,
  wrongCodeFor,
  setUpDemoInBrowser,
} from './support/demo';

const env = setUpDemoInBrowser();

describe('sign up → confirm (fetch transport)', () => {
  it('shows where the code went, keeps the cooldown across a reload and a second tab, keeps a wrong code, confirms with the resent one', async () => {
    const { emulator } = env.demo;
    const user = uniqueUser('flow');
    const page = await env.context.newPage();
    await page.goto(env.demo.url);
    await signUpInPage(page, user);

    // Masked destination, never the raw address (the dev codes panel in the aside does show it).
    const main = page.locator('main');
    await expectText(main.locator('.ck-destination'), /We sent a code by email to e\*\*\*@e\*\*\*\.com\./);
    expect(await main.textContent()).not.toContain(user.email);
    expect(new URL(page.url()).searchParams.get('confirm')).toBe(user.username);
    const signUpCode = emulator.latestCode(user.username);
    expect(signUpCode).toMatch(/^\d{6}$/);
    // The dev-only panel shows the code the emulator "sent".
    await expectText(page.getByTestId('codes-panel').locator(`code[data-username="${user.username}"]`), new RegExp(`^${signUpCode}$`));

    // Resend → inert button with a countdown from ~30 s.
    await expectText(resendButton(page), /^Resend$/);
    await resendButton(page).click();
    await expectText(resendButton(page), /^Resend in \d:\d\d$/);
    await expect.poll(() => resendButton(page).getAttribute('aria-disabled')).toBe('true');
    expect(await resendButton(page).getAttribute('data-state')).toBe('cooldown');
    // Visible, not only announced: where the new code went, in the one message area.
    await expectText(main.locator('p[data-state="sent"]'), /^New code sent to e\*\*\*@e\*\*\*\.com\.$/);
    const before = await countdownSeconds(page);
    expect(before).toBeGreaterThanOrEqual(25);
    expect(before).toBeLessThanOrEqual(30);
    const deadlines = await storedDeadlines(page);
    expect(Object.values(deadlines)).toHaveLength(1);
    const resentCode = emulator.latestCode(user.username);
    expect(resentCode).not.toBe(signUpCode);

    // What reached the emulator: one resend, with advanced-security context data and analytics.
    const resends = requestsFor(emulator, 'ResendConfirmationCode', user.username);
    expect(resends).toHaveLength(1);
    expect(resends[0]!.body).toMatchObject({
      ClientId: emulator.clientId,
      Username: user.username,
      UserContextData: { EncodedData: encodedDataFor(user.username) },
      AnalyticsMetadata: { AnalyticsEndpointId: ANALYTICS_ENDPOINT_ID },
      ClientMetadata: { source: 'cognito-confirm-kit-demo' },
    });
    expect(resends[0]!.body).not.toHaveProperty('SecretHash');
    // The codes panel (newest first) picks up the resent code.
    await expectText(page.getByTestId('codes-panel').locator(`code[data-username="${user.username}"]`), new RegExp(`^${resentCode}$`));
    await screenshot(page, 'signup-cooldown');

    // Reload: the same deadline (from the kit's localStorage), the countdown carries on from it.
    const reloadedAt = Date.now();
    await page.reload();
    const afterReload = await countdownSeconds(page);
    const elapsed = Math.ceil((Date.now() - reloadedAt) / 1000);
    expect(afterReload).toBeLessThanOrEqual(before);
    expect(afterReload).toBeGreaterThanOrEqual(before - elapsed - 1);
    expect(await storedDeadlines(page)).toEqual(deadlines);
    expect(await resendButton(page).getAttribute('aria-disabled')).toBe('true');
    // This tab remembers where SignUp said the code went.
    await expectText(main.locator('.ck-destination'), /e\*\*\*@e\*\*\*\.com/);

    // A second tab on the same URL shows the same cooldown.
    const second = await env.context.newPage();
    await second.goto(page.url());
    const inSecond = await countdownSeconds(second);
    expect(inSecond).toBeLessThanOrEqual(afterReload);
    expect(inSecond).toBeGreaterThanOrEqual(afterReload - 5);
    expect(await resendButton(second).getAttribute('aria-disabled')).toBe('true');
    expect(requestsFor(emulator, 'ResendConfirmationCode', user.username)).toHaveLength(1);

    // Wrong code: the error is shown, the typed code stays, the field is marked invalid.
    await page.bringToFront();
    const wrong = wrongCodeFor(resentCode);
    await codeInput(page).fill(wrong);
    await expectText(main.locator('.ck-code .ck-error'), /That code is not right/);
    expect(await codeInput(page).inputValue()).toBe(wrong);
    expect(await codeInput(page).getAttribute('aria-invalid')).toBe('true');
    expect(requestsFor(emulator, 'ConfirmSignUp', user.username)).toHaveLength(1);
    await screenshot(page, 'signup-wrong-code');

    // The emulator's latest code → confirmed, and signed in with SignUp's Session (issue #22).
    await codeInput(page).fill(resentCode!);
    await resultPanel(page).waitFor();
    await expectText(resultPanel(page), new RegExp(`Signed in as ${user.username}\\.`));
    await screenshot(page, 'signup-confirmed');

    const confirms = requestsFor(emulator, 'ConfirmSignUp', user.username);
    expect(confirms.map((request) => request.body.ConfirmationCode)).toEqual([wrong, resentCode]);
    expect(confirms[1]!.body).toMatchObject({
      UserContextData: { EncodedData: encodedDataFor(user.username) },
      AnalyticsMetadata: { AnalyticsEndpointId: ANALYTICS_ENDPOINT_ID },
    });
    expect(await userStatus(emulator, user.username)).toBe('CONFIRMED');

    // Confirming cleared the cooldown; the other tab follows through the storage event.
    expect(await storedDeadlines(page)).toEqual({});
    await expectText(resendButton(second), /^Resend$/);
  });
});
