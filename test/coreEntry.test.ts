import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as coreEntry from '../src/coreEntry';

// `cognito-confirm-kit/core` is for Server Components: pure helpers, no React, no 'use client'.
describe('the core entry', () => {
  it('exports the pure helpers and error types', () => {
    for (const name of [
      'maskDestination',
      'formatDuration',
      'formatMessage',
      'describeError',
      'CognitoConfirmError',
      'toCognitoConfirmError',
    ]) {
      expect(coreEntry).toHaveProperty(name);
    }
    expect(coreEntry.formatDuration(90_000, 'en')).toMatch(/1 minute.*30 seconds/);
  });

  it('re-exports only core and ui (no React layer, no components)', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../src/coreEntry.ts'), 'utf8');
    const specifiers = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers).toEqual(['./core/index.js', './ui/index.js']);
    expect(source).not.toMatch(/^['"]use client['"]/m);
    expect(Object.keys(coreEntry).filter((name) => /^(use[A-Z]|CognitoConfirmProvider|SignUpConfirmation)/.test(name))).toEqual([]);
  });
});
