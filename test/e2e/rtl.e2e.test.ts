// Right to left in real Chromium at 320 px: the demo in Arabic and Hebrew sets dir="rtl" on <html>
// (as an app would) and the kit inherits it. The screen mirrors and fits, Tab follows the reading
// order, and what must stay left to right does: the code field (first box at the left), the masked
// address, the countdown's digits.
import type { Locator, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { DEMO_MESSAGES } from '../../demo/messages';
import { ar } from '../../src/locales/ar';
import { he } from '../../src/locales/he';
import { expectText, screenshot, setUpDemoInBrowser, uniqueUser } from './support/demo';
import { measureOverflow } from './support/layout';

const env = setUpDemoInBrowser();
const WIDTH = 320;
const KIT = { ar, he } as const;

/** The given substrings of an element's text, sorted by where Chromium draws them, left to right. */
function drawnOrder(locator: Locator, pieces: string[]): Promise<string[]> {
  return locator.evaluate((element, wanted) => {
    const found: Array<{ piece: string; left: number }> = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const piece of wanted) {
        const index = text.indexOf(piece);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + piece.length);
        found.push({ piece, left: range.getBoundingClientRect().left });
      }
    }
    return found.sort((a, b) => a.left - b.left).map(({ piece }) => piece);
  }, pieces);
}

/** Where each character of an element's (one) text node is drawn, in the text's order. */
function characterLefts(locator: Locator): Promise<number[]> {
  return locator.evaluate((element) => {
    const node = element.firstChild!;
    return Array.from(node.textContent ?? '', (_, index) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().left;
    });
  });
}

/** Left and right edges of an element's text (its box may span the whole line). */
function textEdges(locator: Locator): Promise<{ left: number; right: number }> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const box = range.getBoundingClientRect();
    return { left: box.left, right: box.right };
  });
}

/** The focused element, described by what a test can recognise. */
function focused(page: Page): Promise<{ tag: string; text: string; autocomplete: string | null; top: number; bottom: number }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: element.textContent ?? '',
      autocomplete: element.getAttribute('autocomplete'),
      top: box.top,
      bottom: box.bottom,
    };
  });
}

/** Signs up through the demo's form in `locale` (picked first in the settings), up to the kit's screen. */
async function signUpIn(page: Page, locale: 'ar' | 'he', user: ReturnType<typeof uniqueUser>): Promise<void> {
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await page.goto(env.demo.url);
  await page.getByLabel('Language').selectOption(locale);
  const text = DEMO_MESSAGES[locale];
  await page.getByRole('heading', { name: text['signUp.title'] }).waitFor();
  await page.getByLabel(text['field.username']).fill(user.username);
  await page.getByLabel(text['field.email']).fill(user.email);
  await page.getByLabel(text['field.password']).fill(user.password);
  await page.getByRole('button', { name: text['signUp.submit'] }).click();
  await page.getByLabel(KIT[locale]['code.label'] as string).waitFor();
}

describe.each(['ar', 'he'] as const)('the confirmation step in %s at 320 px, right to left', (locale) => {
  const kit = KIT[locale];

  it('mirrors and fits: no sideways scroll, the title and the resend prompt start at the right', async () => {
    const page = await env.context.newPage();
    await signUpIn(page, locale, uniqueUser(`rtl${locale}`));
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', locale]);
    const main = page.locator('main');
    const screen = main.locator('section').first();
    expect(await screen.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await main.getByRole('timer').waitFor();
    expect(await measureOverflow(page)).toEqual({ scrollWidth: WIDTH, clientWidth: WIDTH, outside: [] });
    await screenshot(page, `rtl-${locale}-320`);

    // Start-aligned text sits at the right: the title ends where the Confirm button ends, right of the middle.
    const confirm = await main.getByRole('button', { name: kit['signUp.confirm'] as string }).boundingBox();
    const title = await textEdges(screen.getByRole('heading', { level: 2 }));
    expect(Math.abs(title.right - (confirm!.x + confirm!.width))).toBeLessThanOrEqual(1);
    expect(title.left).toBeGreaterThan(WIDTH / 2 - (title.right - title.left));
    expect(title.right).toBeGreaterThan(WIDTH / 2);
    // "Didn't get a code?" first, at the right like the title; the resend link after it (to its left, or below).
    const resendLine = main.locator('.ck-resend');
    const prompt = await resendLine.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element.firstChild!);
      return range.getBoundingClientRect();
    });
    const resend = await resendLine.getByRole('button').boundingBox();
    expect(Math.abs(prompt.right - title.right)).toBeLessThanOrEqual(1);
    expect(resend!.x + resend!.width).toBeLessThanOrEqual(prompt.right + 1);
    if (resend!.y < prompt.bottom - 1) expect(resend!.x + resend!.width).toBeLessThan(prompt.left + 1);
    // The demo around it turns too: its first tab is the rightmost.
    const tabs = page.getByRole('navigation').getByRole('link');
    expect((await tabs.nth(0).boundingBox())!.x).toBeGreaterThan((await tabs.nth(1).boundingBox())!.x);
  });

  it('keeps the code field, the address and the countdown left to right and readable', async () => {
    const page = await env.context.newPage();
    await signUpIn(page, locale, uniqueUser(`ltr${locale}`));
    const main = page.locator('main');

    // The code field: typed digits fill the boxes from the left.
    const input = page.getByLabel(kit['code.label'] as string);
    expect(await input.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await input.focus();
    await page.keyboard.type('12');
    const slots = main.locator('.ck-slot');
    expect(await slots.count()).toBe(6);
    const lefts = await slots.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().left));
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    expect(await slots.nth(0).textContent()).toBe('1');
    expect(await slots.nth(1).textContent()).toBe('2');

    // The address, isolated in its sentence: e***@e***.com reads in order, the sentence around it in the page's language.
    const address = main.locator('.ck-destination .ck-address');
    await expectText(address, /^e\*\*\*@e\*\*\*\.com$/);
    expect(await address.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
    expect(await drawnOrder(address, ['e***@', 'e***.com'])).toEqual(['e***@', 'e***.com']);
    const sentence = await textEdges(main.locator('.ck-destination'));
    const addressBox = await textEdges(address);
    expect(addressBox.left).toBeGreaterThanOrEqual(sentence.left - 0.5);
    expect(addressBox.right).toBeLessThanOrEqual(sentence.right + 0.5);

    // The countdown (SignUp has just sent a code): m:ss, digits in order, last in the link so at its left end.
    const timer = main.getByRole('timer');
    await expectText(timer, /^0:[0-3]\d$/);
    expect(await timer.evaluate((element) => [getComputedStyle(element).direction, getComputedStyle(element).unicodeBidi])).toEqual([
      'ltr',
      'isolate',
    ]);
    const digits = await characterLefts(timer);
    expect(digits).toHaveLength(4);
    expect([...digits].sort((a, b) => a - b)).toEqual(digits);
    const link = main.locator('.ck-resend').getByRole('button');
    expect(Math.abs((await timer.boundingBox())!.x - (await textEdges(link)).left)).toBeLessThanOrEqual(1);
    expect(await link.textContent()).toContain((kit['resend.cooldown'] as string).replace(' {time}', ''));
  });

  it('tabs in reading order: the code field, Confirm, then the resend link, top to bottom', async () => {
    const page = await env.context.newPage();
    await signUpIn(page, locale, uniqueUser(`tab${locale}`));
    // Focus starts in the code field when the step opens.
    await expect.poll(async () => (await focused(page)).autocomplete).toBe('one-time-code');
    const order = [await focused(page)];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order.map(({ tag }) => tag)).toEqual(['input', 'button', 'button']);
    expect(order[1]!.text).toBe(kit['signUp.confirm']);
    expect(order[2]!.text).toMatch(/\d:\d\d$/);
    // Each next stop lies below the previous one.
    for (let i = 1; i < order.length; i++) expect(order[i]!.top).toBeGreaterThanOrEqual(order[i - 1]!.bottom - 1);
  });
});
