import { act } from '@testing-library/react';
import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on a rendered component and fails with the rule ids and offending markup. jsdom has
 * no layout, so color contrast is checked separately from the theme tokens (themeToCssVariables.test.ts).
 */
export async function expectAccessible(container: Element): Promise<void> {
  // axe yields to timers while it runs: an update landing meanwhile (jsdom's selectionchange after a
  // focus, a response) is applied inside act, and after axe has read the page.
  const results = await act(() =>
    axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    }),
  );
  const problems = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`);
  expect(problems, problems.join('\n')).toEqual([]);
}
