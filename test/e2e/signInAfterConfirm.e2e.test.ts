// Signed in the moment the code is right (issue #22), in real Chromium against the emulator at a
// phone's and a desktop's width: the demo hands SignUp's Session to SignUpConfirmation; the right
// code lands the person signed in (Cognito gets InitiateAuth USER_AUTH + Session, never a password),
// also after a reload, after a wrong code, from a second tab and with the app client that has a
// secret; an expired Session still ends confirmed, with the kit's "Sign in". No one-time Session
// stays in web storage.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import {
  chooseTransport,
  codeInput,
  type DemoTransport,
  expectText,
  referenceSecretHash,
  requestsFor,
  resultPanel,
  screenshot,
  setUpDemoInBrowser,
  signUpInPage,
  uniqueUser,
  userStatus,
  webStorageText,
  wrongCodeFor,
} from './support/demo';
import { measureOverflow } from './support/layout';

const env = setUpDemoInBrowser();

/** InitiateAuth requests Cognito received for this user. */
const signIns = (username: string) =>
  env.demo.emulator.requests.filter((request) => request.target === 'InitiateAuth' && request.body?.AuthParameters?.USERNAME === username);

describe.each([320, 375, 1280])('signing in after confirming at %i px', (width) => {
  const open = async (prefix: string, transport?: DemoTransport) => {
    const user = uniqueUser(`${prefix}${width}`);
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    if (transport) await chooseTransport(page, transport);
    await signUpInPage(page, user);
    return { user, page };
  };

  /** Signed in: the kit's panel names the person, the demo shows the ID token's claims; nothing left in storage. */
  async function expectSignedIn(page: Page, username: string, clientId = env.demo.emulator.clientId) {
    const panel = resultPanel(page);
    await panel.waitFor();
    await expectText(panel, new RegExp(`You’re signed in.*Signed in as ${username}\\.`));
    expect(await panel.getByRole('button').count()).toBe(0);
    const claims = page.getByTestId('signed-in');
    await expectText(claims.locator('dl'), new RegExp(`cognito:username${username}`));
    await expectText(claims.locator('dl'), new RegExp(`aud${clientId}`));
    expect(await userStatus(env.demo.emulator, username)).toBe('CONFIRMED');

    // Cognito received USER_AUTH with ConfirmSignUp's Session, and no password.
    const [signIn, ...more] = signIns(username);
    expect(more).toEqual([]);
    expect(signIn?.body).toMatchObject({ AuthFlow: 'USER_AUTH', ClientId: clientId, Session: expect.any(String) });
    expect(JSON.stringify(signIn?.body)).not.toMatch(/PASSWORD|SRP_A|REFRESH_TOKEN/);
    // Neither one-time Session (SignUp's, which confirmed; ConfirmSignUp's, which signed in) stays in web storage.
    const signUpSession = requestsFor(env.demo.emulator, 'ConfirmSignUp', username).at(-1)?.body.Session as string;
    expect(signUpSession).toBeTruthy();
    const stored = await webStorageText(page);
    expect(stored).not.toContain(signUpSession);
    expect(stored).not.toContain(signIn?.body.Session);
    expect(stored).not.toContain('cognito-confirm-kit:session:');
    expect(await measureOverflow(page)).toEqual({ scrollWidth: width, clientWidth: width, outside: [] });
  }

  it('the right code → signed in, the ID token’s claims shown', async () => {
    const { user, page } = await open('in');
    await codeInput(page).fill(env.demo.emulator.latestCode(user.username)!);
    await expectSignedIn(page, user.username);
    await screenshot(page, `signed-in-${width}`);
  });

  it('after a reload, the code still signs in', async () => {
    const { user, page } = await open('reload');
    await page.reload();
    await codeInput(page).fill(env.demo.emulator.latestCode(user.username)!);
    await expectSignedIn(page, user.username);
  });

  it('a wrong code, then the right one → signed in', async () => {
    const { user, page } = await open('wrong');
    const good = env.demo.emulator.latestCode(user.username)!;
    await codeInput(page).fill(wrongCodeFor(good));
    await expectText(page.locator('main .ck-code .ck-error'), /That code is not right/);
    await codeInput(page).fill(good);
    await expectSignedIn(page, user.username);
    expect(requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username).map((request) => !!request.body.Session)).toEqual([true, true]);
  });

  it('the code typed in a second tab → signed in there; the first tab, when used, ends calmly', async () => {
    const { user, page } = await open('tab');
    const second = await env.context.newPage();
    await second.setViewportSize({ width, height: 800 });
    await second.goto(page.url());
    await codeInput(second).fill(env.demo.emulator.latestCode(user.username)!);
    await expectSignedIn(second, user.username);
    // The first tab, still open on the form: the Session is gone everywhere in this browser.
    await page.bringToFront();
    expect(await webStorageText(page)).not.toContain('cognito-confirm-kit:session:');
    await codeInput(page).fill('000000');
    await expectText(page.locator('main .ck-success[data-state="already-confirmed"]'), /already confirmed/);
    expect(signIns(user.username)).toHaveLength(1);
  });

  it('the app client with a secret (backend transport) → signed in; the browser never sends a SecretHash', async () => {
    const { emulator } = env.demo;
    const user = uniqueUser(`secret${width}`);
    const page = await env.context.newPage();
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(`${request.url()} ${request.postData() ?? ''}`);
    });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    await chooseTransport(page, 'backend');
    await signUpInPage(page, user);
    await codeInput(page).fill(emulator.latestCode(user.username)!);
    await expectSignedIn(page, user.username, emulator.secretClientId);
    // The server added it, for USERNAME, before Cognito.
    expect(signIns(user.username)[0]?.body.AuthParameters).toEqual({
      USERNAME: user.username,
      SECRET_HASH: referenceSecretHash(user.username, emulator.secretClientId, emulator.clientSecret),
    });
    expect(posted.filter((post) => post.includes('/api/cognito'))).toHaveLength(2);
    for (const post of posted) expect(post).not.toMatch(/SecretHash|SECRET_HASH/);
  });

  it('amazon-cognito-identity-js → signed in, and the SDK’s own session store holds the person', async () => {
    const { user, page } = await open('idjs', 'identity-js');
    await codeInput(page).fill(env.demo.emulator.latestCode(user.username)!);
    await expectSignedIn(page, user.username);
    // Where the SDK's getCurrentUser() / getSession() read: its own keys, written through the transport.
    const prefix = `CognitoIdentityServiceProvider.${env.demo.emulator.clientId}`;
    const sdkKeys = await page.evaluate((start) => Object.keys(localStorage).filter((key) => key.startsWith(start)), prefix);
    expect(sdkKeys).toEqual(
      expect.arrayContaining([`${prefix}.LastAuthUser`, `${prefix}.${user.username}.idToken`, `${prefix}.${user.username}.accessToken`]),
    );
    await chooseTransport(page, 'fetch');
  });

  it('an expired Session → confirmed all the same, the kit’s Sign in panel carries the name on', async () => {
    const { user, page } = await open('expired');
    expect(await env.demo.emulator.expireSession(user.username)).toBe(1);
    await codeInput(page).fill(env.demo.emulator.latestCode(user.username)!);
    const panel = resultPanel(page, 'confirmed');
    await panel.waitFor();
    await expectText(panel, /Account confirmed.*You can sign in now\./);
    expect(await userStatus(env.demo.emulator, user.username)).toBe('CONFIRMED');
    expect(signIns(user.username)).toEqual([]);
    // Refused with the Session, confirmed without it.
    expect(requestsFor(env.demo.emulator, 'ConfirmSignUp', user.username).map((request) => !!request.body.Session)).toEqual([true, false]);
    expect(await webStorageText(page)).not.toContain('cognito-confirm-kit:session:');
    expect(await page.getByTestId('signed-in').count()).toBe(0);
    expect(await measureOverflow(page)).toEqual({ scrollWidth: width, clientWidth: width, outside: [] });
    await screenshot(page, `signed-in-fallback-${width}`);

    await panel.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByLabel('Username').inputValue()).toBe(user.username);
  });
});
