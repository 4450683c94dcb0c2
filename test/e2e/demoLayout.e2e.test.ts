// The demo on a 320 px phone, a 375 px phone and a 1280 px desktop: no horizontal scroll, nothing
// cut off at either edge, the code boxes as wide as the Confirm button and aligned with it, and
// every settings choice readable in full in every language.
import { describe, expect, it } from 'vitest';
import { codeInput, setUpDemoInBrowser, signUpInPage, uniqueUser } from './support/demo';
import { edges, measureOverflow } from './support/layout';

const env = setUpDemoInBrowser();

describe.each([320, 375, 1280])('the demo at %i px', (width) => {
  it('fits the screen on the sign-up form and on the confirmation step, code field aligned with the buttons', async () => {
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    await page.getByRole('heading', { level: 2, name: 'Create an account' }).waitFor();
    expect(await measureOverflow(page)).toEqual({ scrollWidth: width, clientWidth: width, outside: [] });

    await signUpInPage(page, uniqueUser(`w${width}`));
    const main = page.locator('main');
    const screen = main.locator('section').first();
    expect(await measureOverflow(page)).toEqual({ scrollWidth: width, clientWidth: width, outside: [] });
    const box = await screen.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);

    // The boxes span the form: same left and right edges as the Confirm button (±1 px).
    const slots = await edges(main.locator('.ck-slots'));
    const confirm = await edges(main.getByRole('button', { name: 'Confirm' }));
    expect(Math.abs(slots.left - confirm.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(slots.right - confirm.right)).toBeLessThanOrEqual(1);
    // And the real input lies over all of them, so a tap anywhere on the boxes reaches it.
    const input = await edges(codeInput(page));
    expect(Math.abs(input.left - slots.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(input.right - slots.right)).toBeLessThanOrEqual(1);

    // Desktop: the settings sit beside the screen; phones: below it.
    const settings = await page.getByRole('heading', { name: 'Settings' }).boundingBox();
    if (width >= 1280) expect(settings!.x).toBeGreaterThan(box!.x + box!.width);
    else expect(settings!.y).toBeGreaterThan(box!.y + box!.height);
  });

  it('shows every settings choice in full (a select cannot wrap its text), in every language', async () => {
    const page = await env.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(env.demo.url);
    const language = page.locator('.demo-aside select[id$="-locale"]');
    await language.waitFor();
    await page.locator('.demo-aside select[id$="-quota"]').waitFor();
    const cut: string[] = [];
    try {
      for (const locale of ['en', 'es', 'fr', 'de', 'ja', 'ar', 'he']) {
        await language.selectOption(locale);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang || '')).toMatch(new RegExp(`^${locale}`));
        // Each option's text, in the select's own font, against the room inside it (less 20 px for Chromium's arrow, ~17 px wide).
        cut.push(
          ...(await page.evaluate(() => {
            const context = document.createElement('canvas').getContext('2d')!;
            return [...document.querySelectorAll<HTMLSelectElement>('.demo-aside select')].flatMap((select) => {
              const style = getComputedStyle(select);
              context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
              return [...select.options]
                .filter((option) => context.measureText(option.text).width > room)
                .map((option) => `${document.documentElement.lang} ${select.id.replace(/^.*-/, '')}: ${option.text}`);
            });
          })),
        );
      }
    } finally {
      await language.selectOption('en');
    }
    expect(cut).toEqual([]);
  });
});
