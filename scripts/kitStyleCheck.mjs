// Checks in a real browser page that the kit's default look is there: computed styles, not class names,
// so a stylesheet that a production pipeline rewrote into something the browser drops (a transparent
// Confirm, code boxes without edges) fails. Used by `npm run test:consumers` on production builds.

/** WCAG 2 contrast ratio of two opaque [r, g, b] colors (0–255). */
export function contrastRatio(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Runs in the page: for every kit screen (`.ck-signup`, `.ck-attribute`) the colors that matter, each
 * resolved to opaque sRGB over the background it is painted on (walking up to the page's canvas).
 * Returned as plain data; a function so Playwright can send it to the page as source.
 */
function measureInPage() {
  /** rgb()/rgba()/color(srgb …) → [r, g, b, a] in 0–255 / 0–1; null for anything else. */
  const parse = (value) => {
    let match = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)$/.exec(value);
    if (match) {
      const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
      return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
    }
    match = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
    if (match)
      return [Number(match[1]) * 255, Number(match[2]) * 255, Number(match[3]) * 255, match[4] === undefined ? 1 : Number(match[4])];
    return null;
  };
  const over = (top, bottom) => {
    const [r, g, b, a] = top;
    return [r * a + bottom[0] * (1 - a), g * a + bottom[1] * (1 - a), b * a + bottom[2] * (1 - a), 1];
  };
  // The canvas behind everything, in the root's used color scheme.
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;width:0;height:0;background-color:Canvas';
  document.documentElement.append(probe);
  const canvas = parse(getComputedStyle(probe).backgroundColor) ?? [255, 255, 255, 1];
  probe.remove();
  /** The opaque color an element's content is painted on: its own and its ancestors' backgrounds, composited. */
  const backdrop = (element) => {
    const layers = [];
    for (let node = element; node instanceof Element; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color[3] > 0) {
        layers.push(color);
        if (color[3] >= 1) break;
      }
    }
    return layers.reduceRight((below, layer) => over(layer, below), canvas);
  };
  const describe = (element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
  return [...document.querySelectorAll('.ck-signup, .ck-attribute')].map((screen) => {
    const style = (element) => getComputedStyle(element);
    const submit = screen.querySelector('.ck-submit');
    const boxes = [...screen.querySelectorAll('.ck-slot')];
    const field = boxes[0] ?? screen.querySelector('.ck-input');
    const texts = [...screen.querySelectorAll('*')]
      .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== ''))
      .filter(
        (element) => element.getClientRects().length > 0 && style(element).visibility !== 'hidden' && Number(style(element).opacity) > 0,
      );
    return {
      screen: describe(screen),
      scheme: screen.closest('[data-color-scheme]')?.getAttribute('data-color-scheme') ?? 'none',
      background: backdrop(screen),
      submit: submit && {
        text: submit.textContent.trim(),
        background: parse(style(submit).backgroundColor),
        color: parse(style(submit).color),
        backdrop: backdrop(submit.parentElement),
      },
      field: field && {
        element: describe(field),
        borderWidth: Number.parseFloat(style(field).borderTopWidth),
        borderStyle: style(field).borderTopStyle,
        border: parse(style(field).borderTopColor),
        // The edge must show against what is around the box (the card), not the box's own fill.
        backdrop: backdrop(field.parentElement),
      },
      texts: texts.map((element) => ({
        element: describe(element),
        text: element.textContent.trim().slice(0, 40),
        color: parse(style(element).color),
        backdrop: backdrop(element),
      })),
    };
  });
}

/**
 * Measures the kit screens on `page` and returns what falls short (empty when the look is intact):
 * a filled Confirm with ≥ 4.5:1 text, a visibly edged code field (border > 0, ≥ 3:1 against its
 * surroundings), ≥ 4.5:1 for every visible text, and the scheme each screen asked for: `dark` dark,
 * `light` and no colorScheme light, `auto` the emulated one.
 * @param {import('playwright').Page} page
 * @param {{ colorScheme: 'light' | 'dark' }} emulated the color scheme the page was opened with
 * @returns {Promise<{ screens: number, problems: string[] }>}
 */
export async function checkKitStyles(page, emulated) {
  const screens = await page.evaluate(measureInPage);
  const problems = [];
  const rgb = (color) => `rgb(${color.slice(0, 3).map(Math.round).join(' ')}${color[3] < 1 ? ` / ${color[3]}` : ''})`;
  const flatten = (color, backdrop) => {
    const [r, g, b, a] = color;
    return [r * a + backdrop[0] * (1 - a), g * a + backdrop[1] * (1 - a), b * a + backdrop[2] * (1 - a)];
  };
  if (screens.length === 0) problems.push('no kit screen (.ck-signup / .ck-attribute) on the page');
  for (const screen of screens) {
    const where = `${screen.screen} [data-color-scheme=${screen.scheme}]`;
    const { submit, field } = screen;
    const wanted = screen.scheme === 'auto' ? emulated.colorScheme : screen.scheme === 'dark' ? 'dark' : 'light';
    const shown = contrastRatio(screen.background, [0, 0, 0]) > contrastRatio(screen.background, [255, 255, 255]) ? 'light' : 'dark';
    if (shown !== wanted) problems.push(`${where}: a ${shown} screen (${rgb(screen.background)}) where ${wanted} was asked for`);
    if (!submit) problems.push(`${where}: no Confirm button (.ck-submit)`);
    else if (!submit.background || !submit.color) problems.push(`${where}: Confirm has unparsed colors`);
    else if (submit.background[3] < 0.99)
      problems.push(`${where}: Confirm "${submit.text}" is not filled (background ${rgb(submit.background)})`);
    else {
      const ratio = contrastRatio(flatten(submit.color, submit.background), submit.background);
      if (ratio < 4.5)
        problems.push(`${where}: Confirm text ${rgb(submit.color)} on ${rgb(submit.background)} is ${ratio.toFixed(2)}:1, under 4.5:1`);
    }
    if (!field) problems.push(`${where}: no code field (.ck-slot / .ck-input)`);
    else if (!(field.borderWidth > 0) || field.borderStyle === 'none' || field.borderStyle === 'hidden' || !field.border)
      problems.push(`${where}: the code field ${field.element} has no border (${field.borderWidth}px ${field.borderStyle})`);
    else {
      const ratio = contrastRatio(flatten(field.border, field.backdrop), field.backdrop);
      if (ratio < 3)
        problems.push(`${where}: the code field's edge ${rgb(field.border)} on ${rgb(field.backdrop)} is ${ratio.toFixed(2)}:1, under 3:1`);
    }
    if (screen.texts.length === 0) problems.push(`${where}: no visible text`);
    for (const text of screen.texts) {
      if (!text.color) {
        problems.push(`${where}: ${text.element} has an unparsed color`);
        continue;
      }
      const ratio = contrastRatio(flatten(text.color, text.backdrop), text.backdrop);
      if (ratio < 4.5)
        problems.push(
          `${where}: "${text.text}" (${text.element}) ${rgb(text.color)} on ${rgb(text.backdrop)} is ${ratio.toFixed(2)}:1, under 4.5:1`,
        );
    }
  }
  return { screens: screens.length, problems };
}

/**
 * Opens `url` + each query in `queries` in light and in dark (Playwright's color-scheme emulation)
 * and throws with every shortfall checkKitStyles finds; returns how many screens were checked.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {{ label: string, queries?: string[], screens?: number }} options `screens`: how many kit screens each page must show
 */
export async function checkKitStylesInBrowser(browser, url, { label, queries = [''], screens = 1 }) {
  const problems = [];
  let checked = 0;
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    const context = await browser.newContext({ colorScheme });
    try {
      const page = await context.newPage();
      for (const query of queries) {
        await page.goto(url + query);
        await page
          .locator('.ck-submit')
          .nth(screens - 1)
          .waitFor({ timeout: 30_000 });
        const result = await checkKitStyles(page, { colorScheme });
        checked += result.screens;
        problems.push(...result.problems.map((problem) => `${colorScheme}${query ? ` ${query}` : ''}: ${problem}`));
      }
    } finally {
      await context.close();
    }
  }
  if (problems.length > 0) throw new Error(`${label}: the kit's default look is broken:\n  ${problems.join('\n  ')}`);
  return checked;
}
