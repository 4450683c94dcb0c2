// Checks run after every story's play function and axe, in the storybook test projects (see
// vite.config.ts: the 320 px viewport, light and dark). A story passes only if, at that width,
// nothing spills past either edge, and it logged no error and loaded nothing that 404s.
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { NARROWEST } from './viewports';

/** Elements (outside clipping ancestors, e.g. the visually hidden live region) beyond the viewport. */
function spilled(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || isClipped(element)) continue;
    if (box.left < -0.5 || box.right > width + 0.5) {
      found.push(
        `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> at ${Math.round(box.left)}…${Math.round(box.right)} px`,
      );
    }
  }
  return found;
}

function isClipped(element: Element): boolean {
  for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX !== 'visible' || style.clip !== 'auto') return true;
  }
  return false;
}

let consoleErrors: unknown[][] = [];
let resourcesBefore = 0;

beforeEach(() => {
  consoleErrors = [];
  const original = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
    original(...args);
  });
  resourcesBefore = performance.getEntriesByType('resource').length;
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  const root = document.documentElement;
  expect(root.clientWidth, 'the viewport the checks assume').toBe(NARROWEST);
  const scheme = (import.meta as unknown as { env: Record<string, string | undefined> }).env['STORY_COLOR_SCHEME'];
  const themed = document.querySelector('.ck-theme, [data-color-scheme]');
  if (scheme && themed) expect(themed.getAttribute('data-color-scheme'), 'the color scheme of this run').toBe(scheme);
  expect(root.scrollWidth, 'horizontal scroll at this width').toBeLessThanOrEqual(root.clientWidth);
  expect(spilled(), 'elements past the edge of the viewport').toEqual([]);
  expect(
    consoleErrors.map((args) => args.map(String).join(' ')),
    'console errors',
  ).toEqual([]);
  const failed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .slice(resourcesBefore)
    .filter((entry) => entry.responseStatus >= 400)
    .map((entry) => `${entry.responseStatus} ${entry.name}`);
  expect(failed, 'failed requests').toEqual([]);
});
