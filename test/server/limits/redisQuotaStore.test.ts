import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { createRedisQuotaStore, type RedisQuotaStoreOptions } from '../../../src/server/limits/createRedisQuotaStore';
import { harnessClient } from '../../support/harnessClient.mjs';
import { startRedisServer, type RedisServer } from '../../support/redisServer.mjs';
import { setUpEmulator } from '../../support/setUpEmulator';
import { setUpTestRedis } from '../../support/setUpTestRedis';

// Every key of this file starts with this, so files (and runs) sharing the run-wide Redis never meet.
const PREFIX = `cck-test:redisQuotaStore:${process.pid}:${Date.now().toString(36)}`;
const emulator = setUpEmulator();
beforeEach(() => emulator.reset());

const { fast: fastClient, ready: readyClient } = setUpTestRedis();

let n = 0;
const user = () => {
  n += 1;
  return `r_${process.pid}_${n}`;
};
/** A user who exists, so a resend sends a code and counts (a made-up name's points are given back). */
async function realUser() {
  const username = user();
  await harnessClient(emulator.endpoint).signUp({ username, email: `${username}@example.com`, password: 'Correct-Horse-9' });
  return username;
}
const resend = (username: string, ip = '203.0.113.1') =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': ip },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
  });
const sent = () => emulator.requests.filter((r) => r.target === 'ResendConfirmationCode').length;

function handler(store: RedisQuotaStoreOptions, extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger: { warn() {}, error() {} },
    ...extra,
    limits: { ...(extra.limits || {}), store: createRedisQuotaStore(store) },
  } as ConfirmationHandlerOptions);
}

/** The answer, or 'no answer' when none came within the deadline: no request may wait out an outage. */
async function within<T>(promise: Promise<T>, ms = 5000): Promise<T | 'no answer'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'no answer'>((resolve) => {
    timer = setTimeout(() => resolve('no answer'), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('Redis quota store (run-wide redis-server)', () => {
  it('enforces the quota and sets a TTL on every key it writes', async () => {
    const { port } = inject('redisServer');
    const client = await readyClient(port);
    const keyPrefix = `${PREFIX}:ttl`;
    const handle = handler({ client, keyPrefix }, { limits: { sendsPerUser: { limit: 2, windowSeconds: 120 } } });
    const name = await realUser();
    expect((await handle(resend(name))).status).toBe(200);
    expect((await handle(resend(name))).status).toBe(200);
    const refused = await handle(resend(name));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(100);
    expect(sent()).toBe(2);

    const keys = await client.keys(`${keyPrefix}:*`);
    // Person, IP and pool keys; no username in any of them.
    expect(keys.map((key) => key.split(':').at(-2))).toEqual(expect.arrayContaining(['sendsPerUser', 'sendsPerIp', 'sendsPerPool']));
    expect(keys.join()).not.toContain(name);
    for (const key of keys) {
      const ttl = await client.ttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(3600);
    }
    const userKey = keys.find((key) => key.includes(':sendsPerUser:'))!;
    expect(await client.ttl(userKey)).toBeLessThanOrEqual(120);
  });

  it('two instances in two processes share one quota: sends allowed across both equal the limit', async () => {
    const { port } = inject('redisServer');
    const script = fileURLToPath(new URL('../../support/quotaHandlerProcess.mjs', import.meta.url));
    const options = {
      endpoint: emulator.endpoint,
      clientId: emulator.secretClientId,
      clientSecret: emulator.clientSecret,
      redisPort: port,
      keyPrefix: `${PREFIX}:fork`,
      // A loaded machine must not turn this into an outage test: counts that fall back to memory are per process.
      storeTimeoutMs: 30_000,
      quotaDeadlineMs: 30_000,
      limits: { sendsPerUser: { limit: 7, windowSeconds: 600 }, sendsPerIp: false, sendsPerPool: { limit: 27, windowSeconds: 600 } },
    };
    const children: ChildProcess[] = [];
    try {
      const urls = await Promise.all(
        [0, 1].map(
          () =>
            new Promise<string>((resolve, reject) => {
              const child = fork(script, [JSON.stringify(options)], { stdio: 'inherit' });
              children.push(child);
              child.once('message', (message) => resolve((message as { url: string }).url));
              child.once('exit', (code) => reject(new Error(`quota process exited (${code})`)));
            }),
        ),
      );
      const name = await realUser();
      const others = await Promise.all(Array.from({ length: 22 }, () => realUser()));
      const post = (url: string, username: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-test-ip': '203.0.113.1' },
          body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
        }).then((response) => response.status);

      // 20 concurrent resends for one person, alternating between the two processes.
      const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => post(urls[i % 2]!, name)));
      expect(statuses.filter((status) => status !== 429)).toHaveLength(7);
      expect(sent()).toBe(7);

      // The 13 refused requests took pool points too (the three quotas are consumed at once) and give them
      // back after their answers: wait until both processes' give-backs have landed.
      const admin = await readyClient();
      await vi.waitFor(async () => expect(await admin.get(`${options.keyPrefix}:sendsPerPool:all`)).toBe('7'), { timeout: 20_000 });

      // The pool ceiling (27) is shared too: 20 more people get through, then nobody.
      const statusesOfOthers = await Promise.all(others.map((other, i) => post(urls[i % 2]!, other)));
      expect(statusesOfOthers.filter((status) => status !== 429)).toHaveLength(20);
      expect(sent()).toBe(27);
    } finally {
      for (const child of children) child.kill();
    }
    // Each child loads the sources through Vite's module runner: seconds on a busy machine.
  }, 60_000);
});

describe('Redis outage (a redis-server of this test, killed mid-run)', () => {
  let redis: RedisServer;
  beforeEach(async () => {
    redis = await startRedisServer();
  });
  afterEach(() => redis.stop());

  it('default: keeps serving from the in-memory insurance limiter, logs once, never hangs', async () => {
    const client = await readyClient(redis.port);
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler({ client, keyPrefix: `${PREFIX}:down` }, { logger, limits: { sendsPerUser: { limit: 2, windowSeconds: 600 } } });
    const name = await realUser();
    expect((await handle(resend(name))).status).toBe(200);

    await redis.stop();
    const answers: Array<Response | 'no answer'> = [];
    for (let i = 0; i < 4; i += 1) answers.push(await within(handle(resend(name))));
    // Each instance counts in memory during the outage: the quota still holds there.
    expect(answers.map((answer) => (answer === 'no answer' ? answer : answer.status))).toEqual([200, 200, 429, 429]);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![0]).toMatch(/unreachable; counting in memory/);
    expect(sent()).toBe(3);

    // Back on the same port: ioredis reconnects, and the store (trying Redis at most once a second
    // while down) uses it again and says so once.
    redis = await startRedisServer({ port: redis.port });
    await expect.poll(() => client.status, { timeout: 10_000 }).toBe('ready');
    const cameBack = () => logger.warn.mock.calls.filter(([message]) => /reachable again/.test(message)).length;
    await expect
      .poll(
        async () => {
          await handle(resend(user()));
          return cameBack();
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(1);
    // Counted in Redis again (a fresh server without persistence: this person starts from 0 there).
    expect((await handle(resend(name))).status).toBe(200);
    expect((await handle(resend(name))).status).toBe(200);
    expect((await handle(resend(name))).status).toBe(429);
    expect(cameBack()).toBe(1);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it("onStoreError: 'fail-closed' refuses with 503 + Retry-After while Redis is down, never hangs", async () => {
    const client = await readyClient(redis.port);
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler(
      { client, keyPrefix: `${PREFIX}:closed`, onStoreError: 'fail-closed', failClosedRetryAfterSeconds: 20 },
      { logger },
    );
    expect((await handle(resend(user()))).status).toBe(400);

    await redis.stop();
    for (let i = 0; i < 3; i += 1) {
      const answer = await within(handle(resend(user())));
      expect(answer).not.toBe('no answer');
      const response = answer as Response;
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('20');
      expect(await response.json()).toMatchObject({ __type: 'TooManyRequestsException' });
    }
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![0]).toMatch(/refusing/);
    expect(sent()).toBe(1);
  });

  it('a Redis that accepts connections but answers nothing is an outage after timeoutMs, not a hang', async () => {
    const client = await readyClient(redis.port);
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler({ client, keyPrefix: `${PREFIX}:frozen`, timeoutMs: 300 }, { logger });
    expect((await handle(resend(user()))).status).toBe(400);

    redis.freeze();
    try {
      expect(client.status).toBe('ready');
      for (let i = 0; i < 2; i += 1) {
        const answer = await within(handle(resend(user())));
        expect(answer).not.toBe('no answer');
        expect((answer as Response).status).toBe(400);
      }
      expect(logger.error).toHaveBeenCalledTimes(1);
      expect(sent()).toBe(3);
    } finally {
      redis.thaw();
    }
  });

  it('a client that never connected (Redis down at startup) does not hang either', async () => {
    await redis.stop();
    const client = fastClient(redis.port);
    const handle = handler({ client, keyPrefix: `${PREFIX}:never` });
    const answer = await within(handle(resend(user())));
    expect(answer).not.toBe('no answer');
    expect((answer as Response).status).toBe(400);
  });
});
