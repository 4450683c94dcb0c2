// Server quota benchmarks (part of `npm run bench`; also `node bench/quotas.mjs` on its own, which
// rewrites only its section of BENCHMARKS.md; `node bench/quotas.mjs --budget-only` prints the time-budget cases alone). Uses the built dist/server.js, the test emulator
// (test/support/emulator.mjs), a throwaway local redis-server (test/support/redisServer.mjs) and a
// throwaway dynalite, a local DynamoDB on LevelDB (test/support/dynaliteServer.mjs), each in its own process.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Redis } from 'ioredis';
import { startDynalite } from '../test/support/dynaliteServer.mjs';
import { startRedisServer } from '../test/support/redisServer.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const kitUrl = pathToFileURL(path.join(repo, 'dist', 'server.js')).href;

const CONCURRENT = 1000;
const ROUNDS = 3;
const SEQUENTIAL = 3000;
const UPSTREAM_POOL = 64;
const DISTINCT_USERS = 100_000;
const quiet = { warn() {}, error() {} };
const DYNAMO = 'DynamoDB store (dynalite)';
// Generous quotas: every request is checked (three consumes per send) but none is refused.
const OPEN = {
  sendsPerUser: { limit: 1000, windowSeconds: 3600 },
  sendsPerIp: { limit: 1e6, windowSeconds: 3600 },
  sendsPerPool: { limit: 1e6, windowSeconds: 3600 },
};

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function request(username, ip) {
  return new Request('http://app.bench/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bench-ip': ip },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
  });
}

/**
 * fetch with at most `size` requests in flight, as an HTTP agent's connection pool would: a thousand
 * simultaneous connections overflow the emulator's accept backlog and get reset.
 */
let upstreamRetries = 0;
function pooledFetch(size) {
  let active = 0;
  const waiting = [];
  return async (...args) => {
    if (active >= size) await new Promise((resolve) => waiting.push(resolve));
    active += 1;
    try {
      // One retry when a kept-alive connection was closed under us (what any HTTP agent does); counted in the report.
      const response = await fetch(...args).catch((error) => {
        upstreamRetries += 1;
        if (upstreamRetries === 1) console.error(`first upstream retry: ${error?.cause?.code ?? error?.cause?.message ?? error}`);
        if (upstreamRetries > 100) throw error;
        return fetch(...args);
      });
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, headers: response.headers });
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/** 1,000 requests at once through one handler; latency of each from call to Response. */
async function burst(handler, tag) {
  const started = [];
  const latencies = await Promise.all(
    Array.from({ length: CONCURRENT }, async (_, i) => {
      const t0 = performance.now();
      started.push(t0);
      const response = await handler(request(`bench_${tag}_${i}`, `10.${(i >> 8) & 255}.${i & 255}.1`));
      await response.arrayBuffer();
      if (response.status === 429 || response.status >= 500) throw new Error(`unexpected ${response.status}`);
      return performance.now() - t0;
    }),
  );
  return latencies;
}

/**
 * The configurations compared. DynamoDB: a table the store finds made (tableCreated), as in production,
 * but fail-closed with the longest timeoutMs, so a slow answer is measured (or fails the bench with a
 * 503) instead of being replaced by the in-memory fallback.
 */
function handlers(kit, upstream, { redisClient, dynamoStoreClient, dynamoTable }) {
  const configs = {
    'limits: false': { limits: false },
    'memory store': { limits: OPEN },
    'Redis store (local)': {
      limits: { ...OPEN, store: kit.createRedisQuotaStore({ client: redisClient, keyPrefix: `bench:${Date.now()}` }) },
    },
    [DYNAMO]: {
      limits: {
        ...OPEN,
        store: kit.createDynamoQuotaStore({
          client: dynamoStoreClient,
          tableName: dynamoTable,
          tableCreated: true,
          keyPrefix: `bench:${Date.now()}`,
          onStoreError: 'fail-closed',
          timeoutMs: 60_000,
        }),
      },
    },
  };
  return Object.entries(configs).map(([name, extra]) => [
    name,
    kit.createConfirmationHandler({
      ...upstream,
      // A thousand queued requests wait on the emulator longer than the default 15 s upstream timeout.
      timeoutMs: 120_000,
      logger: quiet,
      clientIp: kit.clientIpFromHeader('x-bench-ip'),
      ...extra,
    }),
  ]);
}

function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
}

/** Bursts of 1,000 concurrent requests, the configurations taking turns so drift on a shared machine hits them alike. */
async function concurrent(kit, upstream, stores) {
  // Not dynalite: a burst would measure one Node.js process's throughput (see the section's text).
  const list = handlers(kit, upstream, stores).filter(([name]) => name !== DYNAMO);
  const latencies = Object.fromEntries(list.map(([name]) => [name, []]));
  const burstMedians = Object.fromEntries(list.map(([name]) => [name, []]));
  for (let round = -1; round < ROUNDS; round += 1) {
    for (const [name, handler] of list) {
      const result = await burst(handler, `${name}${round}`.replace(/\W/g, ''));
      if (round >= 0) {
        latencies[name].push(...result);
        burstMedians[name].push(summary(result).p50);
      }
    }
  }
  return Object.fromEntries(Object.entries(latencies).map(([name, values]) => [name, { ...summary(values), bursts: burstMedians[name] }]));
}

/** One request at a time, configurations interleaved request by request: the check's own cost, no queueing. */
async function sequential(kit, upstream, stores) {
  const list = handlers(kit, upstream, stores);
  const latencies = Object.fromEntries(list.map(([name]) => [name, []]));
  for (let i = -200; i < SEQUENTIAL; i += 1) {
    for (const [name, handler] of list) {
      const t0 = performance.now();
      const response = await handler(request(`seq_${name.length}_${i}`, '10.9.9.9'));
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${name}: unexpected ${response.status}`);
      if (i >= 0) latencies[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(latencies).map(([name, values]) => [name, summary(values)]));
}

/** Resolves after `ms`, unref'd timers aside: a store call's simulated network time. */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A bare DynamoDB client whose every call takes at least `delayMs` (then goes to dynalite), recording
 * each call's start and end, so the sequential round trips of a request can be counted.
 */
function delayedDynamo(dynamoClient, delayMs) {
  const calls = [];
  return {
    calls,
    client: {
      async send(command) {
        const call = { start: performance.now(), end: Number.POSITIVE_INFINITY };
        calls.push(call);
        try {
          await pause(delayMs);
          return await dynamoClient.send(command);
        } finally {
          call.end = performance.now();
        }
      },
    },
  };
}

/** The longest chain of calls each starting after the one before ended: the sequential round trips. */
function longestChain(calls) {
  const sorted = [...calls].sort((a, b) => a.end - b.end);
  const depth = sorted.map(() => 1);
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = 0; j < i; j += 1) if (sorted[j].end <= sorted[i].start) depth[i] = Math.max(depth[i], depth[j] + 1);
  }
  return Math.max(0, ...depth);
}

const SLOW_TIMEOUT_MS = 1000;
const SLOW_DEADLINE_MS = 1500;
const HEALTHY_ROUNDS = 15;
const SLOW_ROUNDS = 3;

/**
 * The time budget: DynamoDB calls of a fixed 25 ms (healthy, network-like), counting the sequential
 * round trips on the answer's path of one send; then a slow store, timing one send end to end with
 * \`quotaDeadlineMs: ${SLOW_DEADLINE_MS}\`: every count just under the store's \`timeoutMs\` (${SLOW_TIMEOUT_MS} ms; a count is one
 * UpdateItem while its window runs, two for a new key, so 450 ms a call), and a store slower than the budget but
 * never timing out (1,400 ms a call, \`timeoutMs: 3000\`). The upstream answers at once: 200 (code sent)
 * or UserNotFoundException (no code sent: the person's and pool's points go back).
 */
async function timeBudget(kit, base, dynamoClient, dynamoTable) {
  const sentOk = async () => new Response('{"CodeDeliveryDetails":{}}', { status: 200, headers: { 'content-type': 'application/json' } });
  const notFound = async () =>
    new Response('{"__type":"UserNotFoundException","message":"no"}', {
      status: 400,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': 'UserNotFoundException' },
    });
  const make = (client, fetch, store) =>
    kit.createConfirmationHandler({
      ...base,
      fetch,
      logger: quiet,
      clientIp: kit.clientIpFromHeader('x-bench-ip'),
      quotaDeadlineMs: SLOW_DEADLINE_MS,
      limits: {
        ...OPEN,
        store: kit.createDynamoQuotaStore({
          client,
          tableName: dynamoTable,
          tableCreated: true,
          keyPrefix: `budget:${Date.now()}`,
          ...store,
        }),
      },
    });
  const slowCase = async (fetch, label, delayMs, timeoutMs) => {
    const slow = delayedDynamo(dynamoClient, delayMs);
    const slowHandler = make(slow.client, fetch, { onStoreError: 'use-memory', timeoutMs });
    const ip = `10.8.${delayMs % 250}.${label.length}`;
    // The IP's and pool's windows running, as under traffic.
    await (await slowHandler(request(`budget_sw_${label.length}_${delayMs}_${Date.now()}`, ip))).arrayBuffer();
    await pause(2 * timeoutMs + 2000);
    const times = [];
    for (let i = 0; i < SLOW_ROUNDS; i += 1) {
      const t0 = performance.now();
      const response = await slowHandler(request(`budget_s_${label.length}_${delayMs}_${i}_${Date.now()}`, ip));
      await response.arrayBuffer();
      times.push(performance.now() - t0);
      // Let unawaited give-backs land, and the breaker (which skips a store that missed the deadline for a second) close.
      await pause(2 * timeoutMs + 2000);
    }
    return { min: Math.min(...times), max: Math.max(...times) };
  };
  const results = {};
  for (const [label, fetch] of [
    ['code sent', sentOk],
    ['Cognito refuses (refunds)', notFound],
  ]) {
    // Healthy: 25 ms a call. The IP's and pool's windows already run (a warm-up send), as under traffic.
    const healthy = delayedDynamo(dynamoClient, 25);
    const healthyHandler = make(healthy.client, fetch, { onStoreError: 'fail-closed', timeoutMs: 10_000 });
    await (await healthyHandler(request(`budget_warm_${label.length}`, '10.7.7.7'))).arrayBuffer();
    const chains = [];
    const healthyTimes = [];
    for (let i = 0; i < HEALTHY_ROUNDS; i += 1) {
      await pause(200); // give-backs not awaited by the answer land before the next send
      healthy.calls.length = 0;
      const t0 = performance.now();
      const response = await healthyHandler(request(`budget_h_${label.length}_${i}_${Date.now()}`, '10.7.7.7'));
      await response.arrayBuffer();
      const answeredAt = performance.now();
      healthyTimes.push(answeredAt - t0);
      chains.push(longestChain(healthy.calls.filter((call) => call.end <= answeredAt)));
    }
    results[label] = {
      roundTrips: Math.max(...chains),
      healthy: summary(healthyTimes),
      underTimeout: await slowCase(fetch, label, SLOW_TIMEOUT_MS / 2 - 50, SLOW_TIMEOUT_MS),
      overBudget: await slowCase(fetch, label, 1400, 3000),
    };
  }
  return results;
}

function budgetTable(budget) {
  const range = (r) => `${ms(r.min)} – ${ms(r.max)}`;
  return Object.entries(budget)
    .map(([label, r]) => `| ${label} | ${r.roundTrips} | ${ms(r.healthy.p50)} | ${range(r.underTimeout)} | ${range(r.overBudget)} |`)
    .join('\n');
}

/** In a child with --expose-gc: heap growth of the default memory store after 100,000 distinct usernames. */
function memoryOfStore() {
  const script = `
    const kit = await import(${JSON.stringify(kitUrl)});
    const ok = async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    const handler = kit.createConfirmationHandler({ endpoint: 'http://127.0.0.1:9/', clientId: 'benchclient', clientSecret: 'bench-secret',
      fetch: ok, logger: { warn() {}, error() {} }, limits: { sendsPerIp: false, sendsPerPool: false, store: kit.createMemoryQuotaStore({ maxKeys: 200000 }) } });
    const req = (u) => new Request('http://app.bench/', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: u } }) });
    await handler(req('warmup'));
    globalThis.gc(); globalThis.gc();
    const before = process.memoryUsage();
    for (let i = 0; i < ${DISTINCT_USERS}; i += 1) await handler(req('user_' + i + '@example.com'));
    globalThis.gc(); globalThis.gc();
    const after = process.memoryUsage();
    console.log(JSON.stringify({ heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss }));
  `;
  const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`memory benchmark failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

/** The emulator in its own process, as Cognito is elsewhere: its work does not share the handler's event loop. */
async function startEmulatorProcess() {
  const script = `
    const { startEmulator } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'test/support/emulator.mjs')).href)});
    const emu = await startEmulator();
    process.send({ endpoint: emu.endpoint, secretClientId: emu.secretClientId, clientSecret: emu.clientSecret });
    process.on('disconnect', async () => { await emu.stop(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const info = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`emulator process exited (${code})`)));
  });
  return { ...info, stop: () => child.disconnect() };
}

/** Runs the quota benchmarks; resolves with the Markdown section. */
export async function quotaBenchmarks({ budgetOnly = false } = {}) {
  const loadAtStart = os.loadavg()[0];
  const kit = await import(kitUrl);
  const emulator = await startEmulatorProcess();
  const redis = await startRedisServer();
  const dynalite = await startDynalite();
  const client = new Redis({ host: '127.0.0.1', port: redis.port, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  // The SDK's defaults (keep-alive, up to 50 sockets, 3 attempts), as an app's client has them.
  const dynamoClient = new DynamoDBClient({
    endpoint: dynalite.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const dynamoTable = 'cck-bench-quotas';
  try {
    await new Promise((resolve) => client.once('ready', resolve));
    // The kit's own table setup makes the table (key, on-demand) once; the measured stores then find it made.
    const setup = kit.createDynamoQuotaStore({
      client: dynamoClient,
      tableName: dynamoTable,
      onStoreError: 'fail-closed',
      timeoutMs: 10_000,
    });
    const made = await setup.createLimiter('setup', { limit: 1, windowSeconds: 60 }, quiet).consume('setup');
    if (!made.allowed) throw new Error('could not create the DynamoDB table in dynalite');
    // The bare client, counting what the store sends (a consume is one UpdateItem while its key's window runs, two for a new key).
    let dynamoCalls = 0;
    const dynamoStoreClient = {
      send(command) {
        dynamoCalls += 1;
        return dynamoClient.send(command);
      },
    };
    const stores = { redisClient: client, dynamoStoreClient, dynamoTable };
    const base = { endpoint: emulator.endpoint, clientId: emulator.secretClientId, clientSecret: emulator.clientSecret };
    const budget = await timeBudget(kit, base, dynamoClient, dynamoTable);
    if (budgetOnly) return budget;
    const throughEmulator = await concurrent(kit, { ...base, fetch: pooledFetch(UPSTREAM_POOL) }, stores);
    // An upstream that answers at once, so the quota check is most of what is measured.
    const instant = async () =>
      new Response('{"CodeDeliveryDetails":{}}', { status: 200, headers: { 'content-type': 'application/json' } });
    const isolated = await sequential(kit, { ...base, fetch: instant }, stores);
    const sequentialCalls = dynamoCalls / (SEQUENTIAL + 200);
    const memory = memoryOfStore();
    return section(
      throughEmulator,
      isolated,
      memory,
      sequentialCalls,
      budget,
      [loadAtStart, os.loadavg()[0]],
      client.serverInfo?.redis_version ?? (await client.info('server')).match(/redis_version:(\S+)/)?.[1],
    );
  } finally {
    client.disconnect();
    dynamoClient.destroy();
    await redis.stop();
    await dynalite.stop();
    await emulator.stop();
  }
}

const fixed = (value) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3));
const ms = (value) => `${fixed(value)} ms`;
const added = (value, baseline) => `${value - baseline >= 0 ? '+' : '−'}${fixed(Math.abs(value - baseline))} ms`;

function table(results, withBursts = false) {
  const base = results['limits: false'];
  return Object.entries(results)
    .map(([name, r]) => {
      const diff = name === 'limits: false' ? '— | —' : `${added(r.p50, base.p50)} | ${added(r.p99, base.p99)}`;
      const bursts = withBursts ? ` ${r.bursts.map(ms).join(', ')} |` : '';
      return `| ${name} | ${ms(r.p50)} | ${ms(r.p99)} | ${diff} |${bursts}`;
    })
    .join('\n');
}

/** The DynamoDB store's added median over \`limits: false\`, per call it made. */
function perCall(isolated, callsPerRequest) {
  return ms((isolated[DYNAMO].p50 - isolated['limits: false'].p50) / callsPerRequest);
}

function section(throughEmulator, isolated, memory, dynamoCallsPerRequest, budget, load, redisVersion) {
  const now = new Date();
  // A package installed without its package.json (seen with a stripped mirror) must not lose a whole run's measurements.
  const version = (name) => {
    try {
      return JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return '(version unknown)';
    }
  };
  return `<!-- quotas:start -->
## Server quotas

Measured by \`bench/quotas.mjs\` (part of \`npm run bench\`) on ${now.toISOString().slice(0, 10)} (${now.toISOString()}), same machine, Node ${process.version},
rate-limiter-flexible ${version('rate-limiter-flexible')}, ioredis ${version('ioredis')}, redis-server ${redisVersion} on 127.0.0.1 (persistence off),
@aws-sdk/client-dynamodb ${version('@aws-sdk/client-dynamodb')} (its default HTTP handler) against dynalite ${version('dynalite')} on 127.0.0.1 (in memory, its own process).

Every request is a \`ResendConfirmationCode\` through one \`createConfirmationHandler\` (built \`dist/server.js\`, called in-process) with its
own username, quotas set high enough that none is refused, so each send pays the full check: an HMAC of the username and three
consumes (person, IP, pool), at once; on DynamoDB a consume is one conditional \`UpdateItem\` while its key's window runs, or
two for a new key (the first, "add to the running window", fails its condition). The configurations take turns (burst by
burst, or request by request) so that load from other work on the machine falls on all of them alike. "Added" is the difference
to \`limits: false\` at the same percentile. The DynamoDB store runs as in production (\`tableCreated: true\`), but fail-closed with
\`timeoutMs: 60000\`, so that a slow answer is measured (or stops the bench with a 503) rather than replaced by the in-memory fallback.

**dynalite is not DynamoDB.** It implements DynamoDB's API in Node.js on LevelDB (here in memory), so its row says what the kit,
rate-limiter-flexible and the AWS SDK add per request (signing, HTTP, JSON, the conditional update) plus dynalite's own work on
these cores; it has none of the network round trip to the real service (single-digit milliseconds per \`UpdateItem\` from a Lambda
in the table's region, by AWS's account of it, for each of the calls below, one after another). On Lambda each execution
environment serves one request at a time: the one-at-a-time table below is the one that applies there (the bursts, which
are about a long-running server, leave DynamoDB out).

**The check's own cost** — ${SEQUENTIAL.toLocaleString('en')} requests one at a time per configuration (after 200 warm-up), upstream answering at once:

| quotas | p50 | p99 | added p50 | added p99 |
|---|---|---|---|---|
${table(isolated)}

The DynamoDB store made ${dynamoCallsPerRequest.toFixed(1)} \`UpdateItem\` calls per request here (a new person, the same IP and pool): ${perCall(isolated, dynamoCallsPerRequest)}
each at the median on dynalite; against DynamoDB, add that many network round trips.

**One time budget** — the DynamoDB store with every call made to take 25 ms (a network round trip; the IP's and the pool's
windows already running), then slow: every count (one \`UpdateItem\` while its window runs, two for a new key) just under the store's
\`timeoutMs\` (450 ms a call, \`timeoutMs: ${SLOW_TIMEOUT_MS}\`), and a store slower than the budget that never times out (1,400 ms a call,
\`timeoutMs: 3000\`); \`quotaDeadlineMs: ${SLOW_DEADLINE_MS}\`, \`onStoreError: 'use-memory'\`, upstream answering at once; ${HEALTHY_ROUNDS} healthy and
${SLOW_ROUNDS} slow sends each. Round trips: the longest chain of store calls, each starting after the one before ended, among
those that ended before the answer.

| send | sequential round trips before the answer | p50 at 25 ms a call | counts just under \`timeoutMs\`: time to the answer | slower than the budget: time to the answer |
|---|---|---|---|---|
${budgetTable(budget)}

**Under load** — bursts of ${CONCURRENT.toLocaleString('en')} concurrent requests through the handler to the Cognito emulator (cognito-local over
HTTP, UserNotFound answers, so each send also gives its person's and pool's points back: two more store calls; at most ${UPSTREAM_POOL} upstream requests in flight, like an HTTP agent's connection pool, ${upstreamRetries} upstream requests retried once on a reset connection); one warm-up burst,
then ${ROUNDS} bursts per configuration pooled (${(CONCURRENT * ROUNDS).toLocaleString('en')} latencies, from the call to the complete Response). The emulator runs in its own process.
These latencies are mostly queueing behind the emulator on shared cores; compare the added columns with the spread between
bursts of the same configuration (last column, each burst's p50):

| quotas | p50 | p99 | added p50 | added p99 | p50 of each burst |
|---|---|---|---|---|---|
${table(throughEmulator, true)}

The bursts leave the DynamoDB store out. Run through them, dynalite took 10 to 60 s per burst on this machine: that is the
throughput of one Node.js process working through the \`UpdateItem\` calls of each request (consumes and give-backs), sent by the SDK at most 50 at a time (its default \`maxSockets\`), and it says nothing of DynamoDB's.

Memory of the in-memory store after ${DISTINCT_USERS.toLocaleString('en')} distinct usernames (one per-user key each, through the handler, in a child
process with \`--expose-gc\`, heap after a forced GC minus heap before): **${(memory.heap / 2 ** 20).toFixed(1)} MiB**
(${Math.round(memory.heap / DISTINCT_USERS)} bytes per key, each with its expiry timer); RSS grew ${(memory.rss / 2 ** 20).toFixed(1)} MiB. The default cap,
\`maxKeys: 100000\` per quota, bounds each quota near this figure.

One run's measurements on a machine shared with other jobs (load average over one minute: ${load.map((value) => value.toFixed(1)).join(' at the start, ')} at the end,
on ${os.availableParallelism()} cores), not guarantees.
<!-- quotas:end -->
`;
}

/** Replaces (or appends) the quota section of BENCHMARKS.md, leaving the other sections as they are. */
export function writeQuotaSection(markdown, file = path.join(repo, 'BENCHMARKS.md')) {
  const current = readFileSync(file, 'utf8');
  const pattern = /<!-- quotas:start -->[\s\S]*?<!-- quotas:end -->\n?/;
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, markdown) : `${current.trimEnd()}\n\n${markdown}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--budget-only')) {
    // Only the time-budget cases, printed; BENCHMARKS.md is left alone.
    console.log(JSON.stringify(await quotaBenchmarks({ budgetOnly: true }), null, 2));
    process.exit(0);
  }
  const markdown = await quotaBenchmarks();
  writeQuotaSection(markdown);
  console.log('BENCHMARKS.md: quota section written');
}
