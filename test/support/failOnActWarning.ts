import { afterEach, expect } from 'vitest';

// An update outside act() means a test asserted before the screen settled, or a component updates
// after it was done with: either way the test is wrong, so it fails instead of printing a warning.
const warnings: string[] = [];
const consoleError = console.error;
// Assigned, not a vi.spyOn, so a test's vi.restoreAllMocks() does not remove it.
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('not wrapped in act(')) warnings.push(args[0].split('\n')[0]!);
  consoleError.apply(console, args);
};

afterEach(() => {
  const found = warnings.splice(0);
  expect(found, 'React updates outside act()').toEqual([]);
});
