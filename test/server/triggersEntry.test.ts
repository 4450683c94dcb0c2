// `cognito-confirm-kit/triggers` (issue #29): the CustomMessage trigger without the handler's quota
// libraries, for a Lambda's cold start; `/server` keeps exporting it for apps that import it from there.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as server from 'cognito-confirm-kit/server';
import * as triggers from 'cognito-confirm-kit/triggers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every source module the triggers entry reaches, by relative import. */
function reachedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)) {
      queue.push(specifier!.startsWith('.') ? resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')) : specifier!);
    }
  }
  return seen;
}

describe('cognito-confirm-kit/triggers', () => {
  it('exports the same createCustomMessageHandler as cognito-confirm-kit/server', () => {
    expect(Object.keys(triggers)).toEqual(['createCustomMessageHandler']);
    expect(triggers.createCustomMessageHandler).toBe(server.createCustomMessageHandler);
  });

  it("reaches no package and none of the handler's modules (quotas, Lambda adapter, events)", () => {
    const reached = [...reachedFrom(resolve(root, 'src/server/triggers.ts'))].map((file) => file.replace(`${root}/`, ''));
    expect(reached.filter((file) => !file.startsWith('src/'))).toEqual([]);
    expect(reached.filter((file) => /^src\/server\/(limits|lambda|events)\/|createConfirmationHandler/.test(file))).toEqual([]);
  });

  it('is in package.json exports, with its types', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    expect(manifest.exports['./triggers']).toEqual({ types: './dist/types/server/triggers.d.ts', import: './dist/triggers.js' });
  });
});
