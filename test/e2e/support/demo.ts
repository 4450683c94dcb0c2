// Helpers for driving the demo app (demo/) in chromium against the emulator.
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { startDemo, type Demo } from '../../../scripts/demoServer.mjs';
import type { Emulator, RecordedRequest } from '../../support/emulator.js';
import { harnessClient } from '../../support/harnessClient.mjs';

export const SCREENSHOT_DIR = path.resolve('test-results/e2e');

/** Headless Debian chromium (the constants come from vite.config.ts through `provide`). */
export function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = inject('e2eChromium');
  return chromium.launch({ executablePath, args, headless: true });
}

/** What the stubbed advanced-security script answers, so the test can find it in request bodies. */
export const encodedDataFor = (username: string) => `e2e-encoded-data:${username}`;
export const ANALYTICS_ENDPOINT_ID = 'demo-pinpoint-endpoint';

/**
 * A fresh context (own localStorage) with AWS's advanced-security global stubbed in, as if the page
 * had loaded amazon-cognito-advanced-security-data.min.js. The demo itself does nothing for it.
 */
export async function newDemoContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 960, height: 640 }, locale: 'en-US', timezoneId: 'UTC' });
  // Playwright's clock in every page (it runs on its own; tests fast-forward it past cooldowns).
  await context.clock.install();
  await context.addInitScript(() => {
    (window as unknown as { AmazonCognitoAdvancedSecurityData: unknown }).AmazonCognitoAdvancedSecurityData = {
      getData: (username: string, userPoolId: string, clientId: string) =>
        userPoolId && clientId ? `e2e-encoded-data:${username}` : 'missing-pool-or-client',
    };
  });
  return context;
}

let counter = 0;
/** Unique per run; starts with "e" so its masked email is predictable (e***@e***.com). */
export function uniqueUser(prefix: string) {
  counter += 1;
  const username = `e2e_${prefix}_${Date.now().toString(36)}${counter}`;
  return { username, email: `${username}@example.com`, password: 'Correct-Horse-9' };
}

export type DemoTransport = 'fetch' | 'identity-js' | 'backend';

/** Picks the transport in the settings panel (kept in localStorage for this context). */
export async function chooseTransport(page: Page, transport: DemoTransport): Promise<void> {
  await page.getByLabel('Transport').selectOption(transport);
}

/** Fills the demo's sign-up form; resolves once the kit's confirmation screen is up. */
export async function signUpInPage(page: Page, user: ReturnType<typeof uniqueUser>): Promise<void> {
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByLabel('Confirmation code').waitFor();
  // SignUp has just sent a code, so Resend first waits its cooldown (the demo passes codeSentAt).
  // The context's clock is Playwright's: jump past the cooldown instead of waiting 30 s.
  await expect.poll(() => resendButton(page).getAttribute('data-state')).toBe('cooldown');
  await page.clock.fastForward(31_000);
  await expect.poll(() => resendButton(page).getAttribute('data-state')).toBe('idle');
}

/** The kit's resend button, whatever it currently says ("Resend code", "Resend in 0:27", "Try again"). */
export const resendButton = (page: Page): Locator => page.locator('main').getByRole('button', { name: /^(Resend|Try again)/ });
export const codeInput = (page: Page): Locator => page.getByLabel('Confirmation code');

/**
 * The kit's panel once the code is accepted: \`signed-in\` when this browser holds SignUp's Session
 * (the demo hands it over after its own SignUp), \`confirmed\` (with "Sign in") otherwise.
 */
export const resultPanel = (page: Page, state: 'signed-in' | 'confirmed' = 'signed-in'): Locator =>
  page.locator(`main .ck-success[data-state="${state}"]`);

/** Every key and value in the page's localStorage and sessionStorage, as one text to search. */
export function webStorageText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((storage) => Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`))
      .join('\n'),
  );
}

/** Seconds the countdown shows (`m:ss`), once it shows one. */
export async function countdownSeconds(page: Page): Promise<number> {
  const timer = page.locator('main').getByRole('timer');
  await timer.waitFor();
  const text = (await timer.textContent()) ?? '';
  const match = /^(\d+):(\d\d)$/.exec(text.trim());
  if (!match) throw new Error(`Unexpected countdown text "${text}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The kit's stored cooldown deadlines in this page's localStorage (key → endsAt). */
export async function storedDeadlines(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const found: Record<string, number> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('cognito-confirm-kit:cooldown:'))
        found[key] = (JSON.parse(localStorage.getItem(key) ?? '{}') as { endsAt: number }).endsAt;
    }
    return found;
  });
}

/** Polls until the locator's text matches. */
export async function expectText(locator: Locator, pattern: RegExp, timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => ((await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '') : ''), { timeout })
    .toMatch(pattern);
}

/** Requests of one operation for one user, as the emulator received them. */
export function requestsFor(emulator: Emulator, target: string, username: string): RecordedRequest[] {
  return emulator.requests.filter((request) => request.target === target && request.body?.Username === username);
}

/** The user's status in the emulator (AdminGetUser). */
export async function userStatus(emulator: Emulator, username: string): Promise<string | undefined> {
  const { status, body } = await harnessClient(emulator.endpoint).call<{ UserStatus?: string }>('AdminGetUser', {
    UserPoolId: emulator.userPoolId,
    Username: username,
  });
  expect(status).toBe(200);
  return body.UserStatus;
}

/** Reference SecretHash, computed independently of the kit: Base64(HMAC-SHA256(secret, username + clientId)). */
export function referenceSecretHash(username: string, clientId: string, clientSecret: string): string {
  return createHmac('sha256', clientSecret)
    .update(username + clientId)
    .digest('base64');
}

/** A code that is certainly not the valid one. */
export const wrongCodeFor = (valid: string | undefined) => (valid === '000000' ? '111111' : '000000');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The demo's content (header, flow, side panels) without the page margins.
  await page.locator('.demo-layout').screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/**
 * One demo (emulator + dev server) and one chromium per test file, a fresh browser context (own
 * storage, advanced-security stub) per test. Read `env.demo` / `env.context` inside tests.
 */
export function setUpDemoInBrowser(): { readonly demo: Demo; readonly context: BrowserContext; readonly browser: Browser } {
  let demo: Demo | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });
  beforeEach(async () => {
    context = await newDemoContext(browser!);
  });
  afterEach(async () => {
    await context?.close();
  });
  return {
    get demo() {
      return demo!;
    },
    get context() {
      return context!;
    },
    get browser() {
      return browser!;
    },
  };
}
