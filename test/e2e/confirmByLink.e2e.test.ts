// Confirm by link (issue #23), in real Chromium against the emulator at a phone's and a desktop's
// width. The emulator runs the kit's CustomMessage trigger (createCustomMessageHandler) for every
// code, linking to the demo's `?tab=link` page; the test takes the link from the message the
// emulator recorded, as a person would from their inbox. Another browser context is another device
// (no storage shared with the one that signed up).
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  codeInput,
  expectText,
  newDemoContext,
  requestsFor,
  resultPanel,
  screenshot,
  setUpDemoInBrowser,
  signUpInPage,
  uniqueUser,
  userStatus,
  wrongCodeFor,
} from './support/demo';
import { measureOverflow } from './support/layout';

const env = setUpDemoInBrowser();

/** The link in the newest message to this user, as it would arrive (the code filled in by "Cognito"). */
function linkFor(username: string): string {
  const message = env.demo.emulator.messages.filter((sent) => sent.username === username).at(-1);
  expect(message?.link, `a message with a link for ${username}`).toBeTruthy();
  return message!.link!;
}
const confirms = (username: string) => requestsFor(env.demo.emulator, 'ConfirmSignUp', username);
const signIns = (username: string) =>
  env.demo.emulator.requests.filter((request) => request.target === 'InitiateAuth' && request.body?.AuthParameters?.USERNAME === username);

describe.each([320, 375, 1280])('confirm by link at %i px', (width) => {
  /** Signs up in the context every test gets (the browser that signed up). */
  async function signedUp(prefix: string) {
    const user = uniqueUser(`${prefix}${width}`);
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    await signUpInPage(page, user);
    return { user, page, link: linkFor(user.username) };
  }

  /** A page in a fresh context: another device, nothing of the sign-up in its storage. */
  async function onAnotherDevice(link: string): Promise<Page> {
    const context = await newDemoContext(env.browser);
    const page = await context.newPage();
    page.on('close', () => void context.close());
    await page.setViewportSize({ width, height: 800 });
    await page.goto(link);
    return page;
  }

  /** Opened from a link: the code in the field, where it came from said, nothing sent, the address bar clean. */
  async function expectWaitingForTap(page: Page, username: string, code: string, confirmedBefore = 0) {
    await expect.poll(() => codeInput(page).inputValue()).toBe(code);
    await expectText(page.locator('main [data-state="prefilled"]'), /^The code from your link is filled in\. Select Confirm to finish\.$/);
    // The code left the address; the name stays, so a reload comes back to this step.
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ tab: 'link', username });
    // Long past any auto-submit: the page was opened, no one tapped.
    await page.clock.fastForward(5_000);
    await page.waitForTimeout(300);
    expect(confirms(username)).toHaveLength(confirmedBefore);
    expect(await userStatus(env.demo.emulator, username)).toBe('UNCONFIRMED');
    // The one button to tap is on the screen, not under the fold or a keyboard.
    const confirm = page.locator('main').getByRole('button', { name: 'Confirm' });
    const box = await confirm.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(800);
    // Focus on Confirm (described by the notice), not in the field: no keyboard over the button.
    expect(await confirm.evaluate((button) => document.activeElement === button)).toBe(true);
    expect(await confirm.getAttribute('aria-describedby')).toBe(await page.locator('main [data-state="prefilled"]').getAttribute('id'));
    expect(await measureOverflow(page)).toEqual({ scrollWidth: width, clientWidth: width, outside: [] });
    return confirm;
  }

  it('the message carries a link to the app with the username and the code', async () => {
    const { user, link } = await signedUp('msg');
    const url = new URL(link);
    expect(url.origin).toBe(new URL(env.demo.url).origin);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tab: 'link',
      username: user.username,
      code: env.demo.emulator.latestCode(user.username),
    });
    const message = env.demo.emulator.messages.filter((sent) => sent.username === user.username).at(-1)!;
    expect(message.body).toContain(`href="${link.replaceAll('&', '&amp;')}"`);
    expect(message.body).toContain(env.demo.emulator.latestCode(user.username));
  });

  it('on another device: waits for one tap, then confirmed — sign in, with the username', async () => {
    const { user, link } = await signedUp('other');
    const code = env.demo.emulator.latestCode(user.username)!;
    const page = await onAnotherDevice(link);
    const confirm = await expectWaitingForTap(page, user.username, code);
    if (width === 375) await screenshot(page, `link-waiting-${width}`);
    await confirm.click();
    const panel = resultPanel(page, 'confirmed');
    await panel.waitFor();
    await expectText(panel, /Account confirmed/);
    expect(await userStatus(env.demo.emulator, user.username)).toBe('CONFIRMED');
    expect(confirms(user.username)).toHaveLength(1);
    // Not signed in there: no Session on that device. "Sign in" carries the name on.
    expect(signIns(user.username)).toHaveLength(0);
    await panel.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('username')).toBe(user.username);
    await page.close();
  });

  it('in the browser that signed up: one tap → signed in', async () => {
    const { user, link } = await signedUp('same');
    const code = env.demo.emulator.latestCode(user.username)!;
    // As a mail client would: a new tab in the same browser.
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(link);
    const confirm = await expectWaitingForTap(page, user.username, code);
    await confirm.click();
    const panel = resultPanel(page, 'signed-in');
    await panel.waitFor();
    await expectText(panel, new RegExp(`Signed in as ${user.username}\\.`));
    await expectText(page.getByTestId('signed-in').locator('dl'), new RegExp(`cognito:username${user.username}`));
    expect(await userStatus(env.demo.emulator, user.username)).toBe('CONFIRMED');
    expect(signIns(user.username)).toHaveLength(1);
    expect(signIns(user.username)[0]?.body).toMatchObject({ AuthFlow: 'USER_AUTH', Session: expect.any(String) });
    if (width === 375) await screenshot(page, `link-signed-in-${width}`);
  });

  it('the link opened twice: the second time says the account is already confirmed', async () => {
    const { user, link } = await signedUp('twice');
    const first = await onAnotherDevice(link);
    await (await expectWaitingForTap(first, user.username, env.demo.emulator.latestCode(user.username)!)).click();
    await resultPanel(first, 'confirmed').waitFor();
    const again = await onAnotherDevice(link);
    await expect.poll(() => codeInput(again).inputValue()).toBe(env.demo.emulator.latestCode(user.username));
    await again.locator('main').getByRole('button', { name: 'Confirm' }).click();
    await expectText(again.locator('main .ck-success'), /Already confirmed.*This account is already confirmed/);
    await first.close();
    await again.close();
  });

  it('a link with a wrong code: the error beside the field, the code kept; the right one then confirms', async () => {
    const { user, link } = await signedUp('wrong');
    const good = env.demo.emulator.latestCode(user.username)!;
    const tampered = new URL(link);
    tampered.searchParams.set('code', wrongCodeFor(good));
    const page = await onAnotherDevice(tampered.href);
    await (await expectWaitingForTap(page, user.username, wrongCodeFor(good))).click();
    await expectText(page.locator('main .ck-code .ck-error'), /That code is not right/);
    expect(await codeInput(page).inputValue()).toBe(wrongCodeFor(good));
    expect(await page.locator('main [data-state="prefilled"]').count()).toBe(0);
    await codeInput(page).fill(good);
    await resultPanel(page, 'confirmed').waitFor();
    expect(await userStatus(env.demo.emulator, user.username)).toBe('CONFIRMED');
    await page.close();
  });

  it('an expired link: says so, Resend sends a new link, and that one confirms', async () => {
    const { user, link } = await signedUp('expired');
    await env.demo.emulator.expireCode(user.username);
    const page = await onAnotherDevice(link);
    await (await expectWaitingForTap(page, user.username, env.demo.emulator.latestCode(user.username)!)).click();
    await expectText(page.locator('main .ck-code .ck-error'), /That code has expired\. Use Resend below/);
    // The name came with the link, so Resend works on this device too.
    await page
      .locator('main')
      .getByRole('button', { name: /^Resend/ })
      .click();
    await expect.poll(() => linkFor(user.username)).not.toBe(link);
    const fresh = await onAnotherDevice(linkFor(user.username));
    await (await expectWaitingForTap(fresh, user.username, env.demo.emulator.latestCode(user.username)!, 1)).click();
    await resultPanel(fresh, 'confirmed').waitFor();
    expect(await userStatus(env.demo.emulator, user.username)).toBe('CONFIRMED');
    await page.close();
    await fresh.close();
  });
});

describe('a reload on the link’s page (issue #29)', () => {
  it('keeps the step: the name in the address, the code field empty, and in the browser that signed up the typed code still signs in', async () => {
    const user = uniqueUser('reload');
    const signUpPage = await env.context.newPage();
    await signUpPage.goto(env.demo.url);
    await signUpInPage(signUpPage, user);
    const page = await env.context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(linkFor(user.username));
    await expect.poll(() => codeInput(page).inputValue()).toBe(env.demo.emulator.latestCode(user.username));
    await page.reload();
    await codeInput(page).waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ tab: 'link', username: user.username });
    expect(await codeInput(page).inputValue()).toBe('');
    expect(await page.getByLabel('Username or email').count()).toBe(0);
    await codeInput(page).fill(env.demo.emulator.latestCode(user.username)!);
    await resultPanel(page, 'signed-in').waitFor();
    expect(signIns(user.username)).toHaveLength(1);
    await page.close();
    await signUpPage.close();
  });
});

describe('the demo’s codes panel', () => {
  it('shows each message’s link; opened from there (a new tab of this browser) it signs in', async () => {
    const user = uniqueUser('panel');
    const page = await env.context.newPage();
    await page.goto(env.demo.url);
    await signUpInPage(page, user);
    const open = page.getByTestId('codes-panel').locator(`a[data-link="${user.username}"]`).first();
    await open.waitFor();
    expect(await open.getAttribute('href')).toBe(linkFor(user.username));
    const [tab] = await Promise.all([env.context.waitForEvent('page'), open.click()]);
    await expect.poll(() => codeInput(tab).inputValue()).toBe(env.demo.emulator.latestCode(user.username));
    await tab.locator('main').getByRole('button', { name: 'Confirm' }).click();
    await resultPanel(tab, 'signed-in').waitFor();
  });
});
