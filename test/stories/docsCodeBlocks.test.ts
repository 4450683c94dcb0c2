// The written Storybook pages (stories/docs/*.mdx) show code that nothing compiles there. So each
// TypeScript block on them is a copy of one in README.md, which scripts/check-readme.mjs type-checks
// against the built package: a block changed on one side only fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = 'stories/docs';

function typeScriptBlocks(text: string): string[] {
  return [...text.matchAll(/^```tsx?[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map((match) => match[1]!);
}

const readme = new Set(typeScriptBlocks(readFileSync('README.md', 'utf8')));
const pages = readdirSync(DOCS).filter((name) => name.endsWith('.mdx'));

describe('code on the Storybook docs pages', () => {
  it('finds the pages and their blocks', () => {
    expect(pages).toContain('Introduction.mdx');
    expect(pages.flatMap((name) => typeScriptBlocks(readFileSync(path.join(DOCS, name), 'utf8'))).length).toBeGreaterThan(5);
  });

  it.each(pages)('%s: every TypeScript block is one of the README, which is compiled', (name) => {
    const blocks = typeScriptBlocks(readFileSync(path.join(DOCS, name), 'utf8'));
    for (const block of blocks) expect(readme.has(block), `a block of ${name} not in README.md:\n${block.slice(0, 200)}`).toBe(true);
  });
});
