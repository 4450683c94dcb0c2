// The demo follows the system's dark setting by default ("System"), can be forced light or dark,
// and passes axe (contrast included) in both schemes, on the sign-up form and the confirmation step.
import { createRequire } from 'node:module';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { codeInput, expectText, resendButton, setUpDemoInBrowser, signUpInPage, uniqueUser } from './support/demo';

const env = setUpDemoInBrowser();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
/** Relative luminance of an rgb() color: < 0.2 is dark, > 0.8 light. */
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

describe('the demo theme', () => {
  it('follows a dark OS by default and switches live when the OS does; Light and Dark override it', async () => {
    const page = await env.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(env.demo.url);
    await expect.poll(() => page.getByLabel('Theme').inputValue()).toBe('system');
    expect(luminance(await background(page, 'html'))).toBeLessThan(0.2);
    await signUpInPage(page, uniqueUser('dark'));
    expect(await page.locator('main .ck-theme').getAttribute('data-color-scheme')).toBe('auto');
    expect(luminance(await background(page, 'main section'))).toBeLessThan(0.2);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => luminance(await background(page, 'main section'))).toBeGreaterThan(0.8);
    expect(luminance(await background(page, 'html'))).toBeGreaterThan(0.8);

    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(async () => luminance(await background(page, 'main section'))).toBeLessThan(0.2);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Theme').selectOption('light');
    await expect.poll(async () => luminance(await background(page, 'main section'))).toBeGreaterThan(0.8);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} (contrast, names, landmarks), with a visible focus ring on the code boxes, Confirm and Resend`, async () => {
      const page = await env.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(env.demo.url);
      // The sign-up form with its messages showing.
      await page.getByRole('button', { name: 'Sign up' }).click();
      await expectText(page.locator('.demo-error').first(), /Enter a username/);
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await signUpInPage(page, uniqueUser(`axe${scheme}`));
      await codeInput(page).fill('000000');
      await expectText(page.locator('main .ck-error'), /not right/);
      expect(await axeViolations(page)).toEqual([]);

      // Focus shows on the box the next digit goes into, in the focus color, ≥ 3:1 against the card.
      await codeInput(page).focus();
      const ring = await page.locator('main .ck-slot[data-active]').evaluate((slot) => {
        const style = getComputedStyle(slot);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), color: style.outlineColor };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      const card = await background(page, 'main section');
      const [lighter, darker] = [luminance(ring.color), luminance(card)].sort((a, b) => b - a);
      expect((lighter! + 0.05) / (darker! + 0.05)).toBeGreaterThanOrEqual(3);

      // The same ring, reached with the keyboard, on Confirm and on the quiet Resend link.
      for (const target of [page.locator('main').getByRole('button', { name: 'Confirm' }), resendButton(page)]) {
        for (let presses = 0; presses < 12 && !(await target.evaluate((element) => element === document.activeElement)); presses++) {
          await page.keyboard.press('Tab');
        }
        const focused = await target.evaluate((element) => {
          const style = getComputedStyle(element);
          return {
            visible: element.matches(':focus-visible'),
            style: style.outlineStyle,
            width: Number.parseFloat(style.outlineWidth),
            color: style.outlineColor,
          };
        });
        expect(focused).toMatchObject({ visible: true, style: 'solid' });
        expect(focused.width).toBeGreaterThanOrEqual(2);
        const [light, dark] = [luminance(focused.color), luminance(card)].sort((a, b) => b - a);
        expect((light! + 0.05) / (dark! + 0.05)).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
