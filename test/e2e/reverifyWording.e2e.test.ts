// Re-verifying an email in real Chromium against the emulator, at a phone's and a desktop's width,
// when Cognito's GetUserAttributeVerificationCode answers without CodeDeliveryDetails (an optional
// member of its output): the step says where the code went in re-verification terms, never the
// sign-up "If an account exists…", and the code still verifies.
import { afterEach, describe, expect, it } from 'vitest';
import { harnessClient } from '../support/harnessClient.mjs';
import { codeInput, countdownSeconds, expectText, resultPanel, screenshot, setUpDemoInBrowser, uniqueUser } from './support/demo';

const env = setUpDemoInBrowser();
afterEach(() => env.demo.emulator.setDeliveryDetails(true));

describe.each([320, 375, 1280])('re-verify without delivery details at %i px', (width) => {
  it('words the destination for re-verification and verifies the code', async () => {
    const { emulator } = env.demo;
    const user = uniqueUser(`reverify${width}`);
    const harness = harnessClient(emulator.endpoint);
    await harness.signUp(user);
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${env.demo.url}?confirm=${user.username}`);
    await codeInput(page).fill(emulator.latestCode(user.username)!);
    // No SignUp Session in this browser: confirmed, and the kit's panel offers Sign in with the name.
    await resultPanel(page, 'confirmed').getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const main = page.locator('main');
    await expectText(main.getByRole('heading', { level: 2 }), /^Verify your email address$/);

    emulator.setDeliveryDetails(false);
    await main.getByRole('button', { name: 'Send code' }).click();
    expect(await countdownSeconds(page)).toBeGreaterThanOrEqual(25);
    await expectText(main.locator('.ck-destination'), /^We sent a code to the email address on your account\.$/);
    expect(await main.textContent()).not.toContain('If an account exists');
    await screenshot(page, `reverify-no-details-${width}`);

    const code = emulator.messages.findLast(
      (message) => message.username === user.username && message.source === 'VerifyUserAttribute',
    )?.code;
    await codeInput(page).fill(code!);
    await expectText(main.locator('.ck-success'), /Verified\. Thank you\.$/);
  });
});
