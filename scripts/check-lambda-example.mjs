// Type-checks examples/lambda against the BUILT package (run after `npm run build`), with the example's
// own tsconfig.json: its .ts files are copied into .example-check/lambda/ inside the repo, where
// `cognito-confirm-kit/server` resolves to this package itself through its "exports" (dist types, as a
// user gets them) and @aws-sdk/client-dynamodb, @opentelemetry/api and @types/node from the repo's
// node_modules. (In examples/lambda itself the import would stop at the example's package.json.)
// Errors are reported as examples/lambda paths. Exits non-zero on any error.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const example = path.join(repo, 'examples/lambda');
const out = path.join(repo, '.example-check/lambda');

if (!existsSync(path.join(repo, 'dist/types/server/index.d.ts'))) {
  console.error('check-lambda-example: dist/types is missing; run npm run build first.');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = readdirSync(example).filter((name) => name.endsWith('.ts'));
for (const name of files) copyFileSync(path.join(example, name), path.join(out, name));
const { compilerOptions } = JSON.parse(readFileSync(path.join(example, 'tsconfig.json'), 'utf8'));
writeFileSync(path.join(out, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2));

try {
  execFileSync(path.join(repo, 'node_modules/.bin/tsc'), ['-p', path.join(out, 'tsconfig.json'), '--pretty', 'false'], {
    cwd: out,
    encoding: 'utf8',
    stdio: 'pipe',
  });
} catch (error) {
  const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.replace(/^(?:.*[/\\])?([\w.-]+\.ts)\(/gm, 'examples/lambda/$1(');
  console.error(`check-lambda-example: examples/lambda does not compile against dist:\n${output.trim()}`);
  process.exit(1);
}
console.log(
  `check-lambda-example: ${files.join(', ')} ${files.length === 1 ? 'compiles' : 'compile'} against the built package (examples/lambda/tsconfig.json).`,
);
