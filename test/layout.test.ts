import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The one-way layout: core → ui/react → components, server apart. Checked on resolved paths, so
// an import cannot slip through by spelling its path differently.
const root = resolve(import.meta.dirname, '..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each import of a file: bare specifiers as written, relative ones as a path from the repo root. */
function importsOf(file: string, code = readFileSync(join(root, file), 'utf8')): string[] {
  return [...code.matchAll(IMPORT)].map((match) => {
    const specifier = (match[1] ?? match[2] ?? match[3])!;
    return specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier;
  });
}

const REACT = /^(react|react-dom|@tanstack\/react-query)(\/|$)/;
const SERVER_LIBS = /^(ioredis|rate-limiter-flexible)(\/|$)/;

const rules: Array<{ layer: string; forbidden: Array<[string, (target: string) => boolean]> }> = [
  {
    layer: 'src/core',
    forbidden: [
      ['React', (t) => REACT.test(t)],
      ['the UI layer', (t) => /^src\/(ui|components|react)\//.test(t)],
      ['a locale', (t) => t.startsWith('src/locales/')],
      ['server code', (t) => t.startsWith('src/server/') || t.startsWith('node:') || SERVER_LIBS.test(t)],
    ],
  },
  {
    layer: 'src/ui',
    forbidden: [
      ['React', (t) => REACT.test(t)],
      ['server code', (t) => t.startsWith('src/server/') || t.startsWith('node:') || SERVER_LIBS.test(t)],
    ],
  },
  {
    layer: 'src/react',
    forbidden: [['server code', (t) => t.startsWith('src/server/') || t.startsWith('node:') || SERVER_LIBS.test(t)]],
  },
  {
    layer: 'src/components',
    forbidden: [
      ['a transport', (t) => t.startsWith('src/core/protocol/transports/')],
      ['server code', (t) => t.startsWith('src/server/') || t.startsWith('node:') || SERVER_LIBS.test(t)],
    ],
  },
];

describe('layout', () => {
  for (const { layer, forbidden } of rules) {
    it(`${layer} imports none of: ${forbidden.map(([name]) => name).join(', ')}`, () => {
      const found = sourceFiles(layer).flatMap((file) =>
        importsOf(file).flatMap((target) => forbidden.filter(([, test]) => test(target)).map(([name]) => `${file} → ${target} (${name})`)),
      );
      expect(found).toEqual([]);
    });
  }

  it('the check sees a locale or UI import written in any form', () => {
    const imports = importsOf(
      'src/core/protocol/x.ts',
      "import { en } from '../../locales/en.js';\nexport { t } from '../../ui/formatMessage';\nimport('react');",
    );
    const core = rules[0]!.forbidden;
    expect(imports.map((target) => core.filter(([, test]) => test(target)).map(([name]) => name))).toEqual([
      ['a locale'],
      ['the UI layer'],
      ['React'],
    ]);
  });
});
