// Type-checks every ```ts / ```tsx block of README.md against the BUILT package (run after
// `npm run build`): each block becomes a module in .readme-check/ inside the repo, where
// `cognito-confirm-kit` resolves to this package itself through its "exports" (dist types, as a user
// gets them) and react, aws-amplify, … resolve from the repo's node_modules. A block states what it
// assumes in an HTML comment right above it, e.g.
//   <!-- preamble: declare const navigate: (to: string) => void; -->
// Errors are reported as README.md line numbers. Exits non-zero on any error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const readmePath = path.join(repo, process.argv[2] ?? 'README.md');
const out = path.join(repo, '.readme-check');

if (!existsSync(path.join(repo, 'dist/types/index.d.ts'))) {
  console.error('check-readme: dist/types is missing; run npm run build first.');
  process.exit(1);
}

/** Blocks with their first code line (1-based) and the preamble from the comment just above the fence. */
function extractBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^```(ts|tsx)\s*$/.exec(lines[i]);
    if (!fence) {
      if (/^```/.test(lines[i])) {
        // Skip other languages' blocks whole, so a ``` inside them is not taken for a fence.
        const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
        if (end > i) i = end;
      }
      continue;
    }
    const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
    if (end === -1) throw new Error(`README line ${i + 1}: unterminated code block`);
    // The comment may span lines and sit right above the fence (blank lines allowed in between).
    let preamble = '';
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k -= 1;
    if (k >= 0 && lines[k].trimEnd().endsWith('-->')) {
      let start = k;
      while (start >= 0 && !lines[start].includes('<!--')) start -= 1;
      const comment = lines.slice(start, k + 1).join('\n');
      const match = /<!--\s*preamble:([\s\S]*?)-->/.exec(comment);
      if (match) preamble = match[1].trim();
    }
    blocks.push({ lang: fence[1], firstLine: i + 2, code: lines.slice(i + 1, end).join('\n'), preamble });
    i = end;
  }
  return blocks;
}

const blocks = extractBlocks(readFileSync(readmePath, 'utf8'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const files = [];
const origins = new Map();
blocks.forEach((block, index) => {
  const name = `block${String(index + 1).padStart(2, '0')}.${block.lang}`;
  // A leading directive ('use client') stays first; the preamble goes after it.
  const directive = /^\s*(['"])use (client|server)\1;?\s*\n/.exec(block.code);
  const head = directive ? directive[0] : '';
  const body = directive ? block.code.slice(head.length) : block.code;
  const preambleLines = block.preamble ? block.preamble.split('\n') : [];
  // `export {}` makes every block a module of its own: top-level await works, names do not clash.
  const text = [head.trimEnd(), ...preambleLines, body, 'export {};', ''].filter((part, i) => i > 0 || part !== '').join('\n');
  writeFileSync(path.join(out, name), text);
  files.push(name);
  origins.set(name, { block, offset: (head ? 1 : 0) + preambleLines.length, directive: Boolean(head) });
});

// What a bundler-typed app has (vite/client, next-env.d.ts): stylesheets are importable.
writeFileSync(path.join(out, 'assets.d.ts'), "declare module '*.css';\n");
files.push('assets.d.ts');

writeFileSync(
  path.join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        lib: ['es2023', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        isolatedModules: true,
        types: ['node'],
      },
      files,
    },
    null,
    2,
  ),
);

const tsc = path.join(repo, 'node_modules/.bin/tsc');
let output = '';
let failed = false;
try {
  execFileSync(tsc, ['-p', path.join(out, 'tsconfig.json'), '--pretty', 'false'], { cwd: out, encoding: 'utf8', stdio: 'pipe' });
} catch (error) {
  failed = true;
  output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
}

if (failed) {
  // block07.tsx(12,5): error TS2304: … → README.md:123:5 (a leading directive stays on its README line).
  const mapped = output.replace(/^(?:.*[/\\])?(block\d+\.tsx?)\((\d+),(\d+)\)/gm, (whole, name, line, column) => {
    const origin = origins.get(name);
    if (!origin) return whole;
    const readme = path.basename(readmePath);
    const fileLine = Number(line);
    if (origin.directive && fileLine === 1) return `${readme}:${origin.block.firstLine}:${column}`;
    const codeLine = fileLine - origin.offset;
    if (codeLine < 1) return `${readme}:${origin.block.firstLine - 2}:${column} (preamble)`;
    return `${readme}:${origin.block.firstLine + codeLine - 1 + (origin.directive ? 1 : 0)}:${column}`;
  });
  console.error(`check-readme: README code blocks do not compile against dist:\n${mapped.trim()}`);
  process.exit(1);
}
console.log(`check-readme: ${blocks.length} ts/tsx blocks of ${path.basename(readmePath)} compile against the built package.`);
