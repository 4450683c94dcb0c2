// Layout measurements in a real page: what a person on a narrow phone would see cut off.
import type { Locator, Page } from 'playwright';

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements (outside clipping ancestors such as visually hidden text) beyond either edge. */
  outside: string[];
}

export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.clip !== 'auto') return true;
      }
      return false;
    };
    const outside: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || clipped(element)) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        outside.push(
          `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ${Math.round(box.left)}…${Math.round(box.right)}`,
        );
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside };
  });
}

/** Left and right edges, in CSS pixels. */
export async function edges(locator: Locator): Promise<{ left: number; right: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not visible.');
  return { left: box.x, right: box.x + box.width };
}
