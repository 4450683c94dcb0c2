// Checks the built browser entry and the core entry (server-safe, but shipped to browsers too) and
// everything they import: no `node:` module and none of the server's secret-handling code. Run after
// `npm run build`; exits non-zero on a finding.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
  'createRequestGuard',
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
    else if (/^(rate-limiter-flexible|ioredis)(\/|$)/.test(specifier)) problems.push(`${file}: imports server-only ${specifier}`);
    else if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
  }
}

if (problems.length > 0) {
  console.error(`check-bundle: the browser entries are not browser-safe:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-bundle: browser and core entries ok (${seen.size} files, no node: imports, no server code).`);
