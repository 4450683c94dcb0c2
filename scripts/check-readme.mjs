// Type-checks every ```ts / ```tsx block of README.md against the BUILT package (run after
// `npm run build`): each block becomes a module in .readme-check/ inside the repo, where
// `cognito-confirm-kit` resolves to this package itself through its "exports" (dist types, as a user
// gets them) and react, aws-amplify, … resolve from the repo's node_modules. A block states what it
// assumes in an HTML comment right above it, e.g.
//   <!-- preamble: declare const navigate: (to: string) => void; -->
// A block may instead (or also) name the module it is, `<!-- file: ConfirmPage.tsx -->`, so a later
// block imports it as './ConfirmPage': the drop-in's blocks compile together as one app.
// Before compiling it checks the rules in readmeRules.mjs: every SignUp block keeps SignUp's Session,
// and every "N languages" is the number of locales package.json exports.
// Errors are reported as README.md line numbers. Exits non-zero on any error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractBlocks, languageCountMismatches, languageCountWord, signUpBlocksWithoutSession } from './readmeRules.mjs';

const repo = path.resolve(import.meta.dirname, '..');
const readmePath = path.join(repo, process.argv[2] ?? 'README.md');
const out = path.join(repo, '.readme-check');

if (!existsSync(path.join(repo, 'dist/types/index.d.ts'))) {
  console.error('check-readme: dist/types is missing; run npm run build first.');
  process.exit(1);
}

const markdown = readFileSync(readmePath, 'utf8');
const blocks = extractBlocks(markdown);
const readmeName = path.basename(readmePath);
const packageJson = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));

const ruleErrors = [
  ...signUpBlocksWithoutSession(blocks).map(
    (line) =>
      `${readmeName}:${line}: this SignUp block drops SignUp's Session; keep answer.Session as signUpSession (Amplify: autoSignIn and AMPLIFY_AUTO_SIGN_IN_SESSION), which "4. Signed in after confirming" needs.`,
  ),
  ...languageCountMismatches(markdown, packageJson).map(
    ({ line, said, shipped }) =>
      `${readmeName}:${line}: says "${said}", but package.json exports ${shipped} locales (${languageCountWord(packageJson)} languages).`,
  ),
];
if (ruleErrors.length > 0) {
  console.error(`check-readme:\n${ruleErrors.join('\n')}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const files = [];
const origins = new Map();
blocks.forEach((block, index) => {
  const name = block.file ?? `block${String(index + 1).padStart(2, '0')}.${block.lang}`;
  if (origins.has(name)) throw new Error(`${readmeName}:${block.firstLine - 1}: a second block names itself ${name}`);
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
  const mapped = output.replace(/^(?:.*[/\\])?([\w.-]+\.tsx?)\((\d+),(\d+)\)/gm, (whole, name, line, column) => {
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
