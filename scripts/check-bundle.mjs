// Checks the built browser entry and the core entry (server-safe, but shipped to browsers too) and
// everything they import: no `node:` module and none of the server's secret-handling code. Then the
// files `npm pack` would ship: every source map and every sourceMappingURL must point at something the
// tarball has (a map's source counts when its text is embedded in sourcesContent). Run after
// `npm run build`; exits non-zero on a finding.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';

const dist = resolve('dist');
const entries = ['index.js', 'core.js'].map((name) => join(dist, name));
for (const entry of entries) {
  if (!existsSync(entry)) {
    console.error(`check-bundle: ${entry} is missing; run npm run build first.`);
    process.exit(1);
  }
}

// Names only server code has. A browser chunk containing one means src/server leaked in.
const SERVER_MARKERS = [
  'computeSecretHash',
  'createConfirmationHandler',
  'clientSecret',
  'crypto.subtle',
  // The quota stores and their libraries (src/server/limits).
  'rate-limiter-flexible',
  'ioredis',
  'RateLimiterMemory',
  'RateLimiterRedis',
  'RateLimiterDynamo',
  'createRequestGuard',
  // The Lambda adapter, the DynamoDB store and the events (src/server/lambda, src/server/events).
  'createLambdaHandler',
  'createDynamoQuotaStore',
  '@aws-sdk/client-dynamodb',
  'cognito_confirm.requests',
  // The CustomMessage Lambda trigger (src/server/customMessage).
  'createCustomMessageHandler',
];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;

const seen = new Set();
const problems = [];
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const marker of SERVER_MARKERS) {
    if (code.includes(marker)) problems.push(`${file}: contains server-only "${marker}"`);
  }
  for (const match of code.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier.startsWith('node:')) problems.push(`${file}: imports ${specifier}`);
    else if (/^(rate-limiter-flexible|ioredis|@aws-sdk\/client-dynamodb|@opentelemetry\/api)(\/|$)/.test(specifier))
      problems.push(`${file}: imports server-only ${specifier}`);
    else if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
  }
}

if (problems.length > 0) {
  console.error(`check-bundle: the browser entries are not browser-safe:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-bundle: browser and core entries ok (${seen.size} files, no node: imports, no server code).`);

// The triggers entry (Lambda triggers, cold starts): none of the handler's code or its quota libraries,
// which a Lambda bundler would otherwise carry along (rate-limiter-flexible cannot be tree-shaken).
const HANDLER_MARKERS = ['createConfirmationHandler', 'createRequestGuard', 'RateLimiter', 'cognito_confirm.requests'];
const triggerFiles = new Set();
const triggerProblems = [];
const triggerQueue = [join(dist, 'triggers.js')];
while (triggerQueue.length > 0) {
  const file = triggerQueue.pop();
  if (triggerFiles.has(file)) continue;
  triggerFiles.add(file);
  if (!existsSync(file)) {
    triggerProblems.push(`${file} is missing`);
    continue;
  }
  const code = readFileSync(file, 'utf8');
  for (const marker of HANDLER_MARKERS) if (code.includes(marker)) triggerProblems.push(`${file}: contains the handler's "${marker}"`);
  for (const match of code.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier.startsWith('.')) triggerQueue.push(resolve(dirname(file), specifier));
    else triggerProblems.push(`${file}: imports ${specifier}`);
  }
}
if (triggerProblems.length > 0) {
  console.error(`check-bundle: the triggers entry carries more than its triggers:\n  ${triggerProblems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-bundle: triggers entry ok (${triggerFiles.size} files, no imports of other packages, none of the handler's code).`);

// The tarball's file list, as `npm pack` computes it ("files", .npmignore), without building again.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const shipped = new Set(packed.files.map((file) => file.path));
const mapProblems = [];
let maps = 0;
for (const file of shipped) {
  const at = (reference) => posix.normalize(posix.join(posix.dirname(file), reference));
  if (file.endsWith('.map')) {
    maps++;
    const map = JSON.parse(readFileSync(file, 'utf8'));
    if (map.file && !shipped.has(at(map.file))) mapProblems.push(`${file}: its file ${map.file} is not in the package`);
    map.sources.forEach((source, index) => {
      const target = at(posix.join(map.sourceRoot ?? '', source));
      if (!shipped.has(target) && typeof map.sourcesContent?.[index] !== 'string') {
        mapProblems.push(`${file}: points at ${target}, which the package does not ship (and its text is not embedded)`);
      }
    });
  } else if (/\.(js|d\.ts)$/.test(file)) {
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'))?.[1];
    if (url && !url.startsWith('data:') && !shipped.has(at(url)))
      mapProblems.push(`${file}: its sourceMappingURL ${url} is not in the package`);
  }
}
if (mapProblems.length > 0) {
  const shown = mapProblems.slice(0, 10);
  if (mapProblems.length > shown.length) shown.push(`… and ${mapProblems.length - shown.length} more`);
  console.error(`check-bundle: source maps in the package point at files it does not have:\n  ${shown.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-bundle: package ok (${shipped.size} files, ${maps} source maps, each pointing only at what it ships).`);
