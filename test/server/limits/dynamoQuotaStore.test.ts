import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DynamoDB } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import type { ConfirmationEvent } from '../../../src/server/events/ConfirmationEvent';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { createDynamoQuotaStore, type DynamoQuotaStoreOptions } from '../../../src/server/limits/createDynamoQuotaStore';
import { startDynalite, type DynaliteServer } from '../../support/dynaliteServer.mjs';
import { harnessClient } from '../../support/harnessClient.mjs';
import { setUpEmulator } from '../../support/setUpEmulator';
import { setUpTestDynamo } from '../../support/setUpTestDynamo';

// Every key of this file starts with this, and fresh tables get a run-unique name, so files (and
// runs) sharing the run-wide dynalite never meet.
const RUN = `${process.pid}-${Date.now().toString(36)}`;
const PREFIX = `cck-test:dynamoQuotaStore:${RUN}`;
const TABLE = 'cck-dynamoQuotaStore';
const emulator = setUpEmulator();
beforeEach(() => emulator.reset());
const dynamo = setUpTestDynamo();

let n = 0;
const user = () => {
  n += 1;
  return `d_${process.pid}_${n}`;
};
const freshTable = () => `cck-fresh-${RUN}-${user()}`;
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

function handler(store: DynamoQuotaStoreOptions, extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger: { warn() {}, error() {} },
    ...extra,
    limits: { ...(extra.limits || {}), store: createDynamoQuotaStore(store) },
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

async function rows(client: DynamoDB, tableName: string, prefix: string) {
  const { Items = [] } = await client.scan({ TableName: tableName });
  return Items.filter((item) => item['key']?.S?.startsWith(prefix)).map((item) => ({
    key: item['key']!.S!,
    points: Number(item['points']!.N),
    expire: Number(item['expire']!.N),
  }));
}

describe('DynamoDB quota store (run-wide dynalite)', () => {
  it('creates its table on first use (bare DynamoDBClient), enforces the quota, and every row expires with its window', async () => {
    const tableName = freshTable();
    const admin = dynamo.aggregated();
    const logger = { warn: vi.fn(), error: vi.fn() };
    const keyPrefix = `${PREFIX}:rows`;
    const handle = handler(
      { client: dynamo.bare(), tableName, keyPrefix },
      { logger, limits: { sendsPerUser: { limit: 2, windowSeconds: 120 } } },
    );
    await expect(admin.describeTable({ TableName: tableName })).rejects.toMatchObject({ name: 'ResourceNotFoundException' });

    const name = await realUser();
    const before = Date.now() / 1000;
    expect((await handle(resend(name))).status).toBe(200);
    expect((await handle(resend(name))).status).toBe(200);
    const refused = await handle(resend(name));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(100);
    expect(sent()).toBe(2);

    const { Table } = await admin.describeTable({ TableName: tableName });
    expect(Table).toMatchObject({ TableStatus: 'ACTIVE', KeySchema: [{ AttributeName: 'key', KeyType: 'HASH' }] });
    const found = await rows(admin, tableName, keyPrefix);
    // Person, IP and pool rows; no username in any of them; each expires at its own window's end.
    expect(found.map((row) => row.key.split(':').at(-2))).toEqual(expect.arrayContaining(['sendsPerUser', 'sendsPerIp', 'sendsPerPool']));
    expect(found.map((row) => row.key).join()).not.toContain(name);
    const userRow = found.find((row) => row.key.includes(':sendsPerUser:'))!;
    expect(userRow.points).toBe(3);
    expect(userRow.expire).toBeGreaterThan(before + 119);
    expect(userRow.expire).toBeLessThanOrEqual(Date.now() / 1000 + 120);
    const poolRow = found.find((row) => row.key.includes(':sendsPerPool:'))!;
    expect(poolRow.expire).toBeGreaterThan(before + 3599);

    // Told once that the table was made, and once that dynalite has no UpdateTimeToLive; no outage.
    await expect.poll(() => logger.warn.mock.calls.length).toBe(2);
    expect(logger.warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(new RegExp(`created the DynamoDB table ${tableName}`)),
      expect.stringMatching(/could not turn on TTL .*"expire"/),
    ]);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('turns TTL on for "expire" where DynamoDB has UpdateTimeToLive', async () => {
    const tableName = freshTable();
    const client = dynamo.aggregated();
    const ttlCalls: unknown[] = [];
    // dynalite lacks the operation: answered here like DynamoDB does.
    client.updateTimeToLive = (async (input: unknown) => {
      ttlCalls.push(input);
      return {};
    }) as unknown as DynamoDB['updateTimeToLive'];
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler({ client, tableName, keyPrefix: `${PREFIX}:ttl` }, { logger });
    expect((await handle(resend(user()))).status).toBe(400);
    await expect
      .poll(() => ttlCalls)
      .toEqual([{ TableName: tableName, TimeToLiveSpecification: { AttributeName: 'expire', Enabled: true } }]);
    expect(logger.warn.mock.calls.map(([message]) => message).join()).not.toMatch(/TTL/);
  });

  it('two stores creating one table at once: one creates, the other waits for it (ResourceInUseException)', async () => {
    const tableName = freshTable();
    const keyPrefix = `${PREFIX}:race`;
    const limiters = [0, 1].map(() =>
      createDynamoQuotaStore({ client: dynamo.aggregated(), tableName, keyPrefix }).createLimiter(
        'race',
        { limit: 5, windowSeconds: 60 },
        {
          warn() {},
          error() {},
        },
      ),
    );
    const outcomes = await Promise.all(limiters.map((limiter) => limiter.consume('k')));
    expect(outcomes.map((outcome) => outcome.allowed)).toEqual([true, true]);
    expect((await rows(dynamo.aggregated(), tableName, keyPrefix)).map((row) => row.points)).toEqual([2]);
  });

  it('tableCreated: true makes no table calls: a missing table is an outage, counted in memory', async () => {
    const tableName = freshTable();
    const client = dynamo.aggregated();
    const createTable = vi.spyOn(client, 'createTable');
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler(
      { client, tableName, keyPrefix: `${PREFIX}:made`, tableCreated: true },
      { logger, limits: { sendsPerUser: { limit: 1, windowSeconds: 60 } } },
    );
    const name = await realUser();
    expect((await handle(resend(name))).status).toBe(200);
    expect((await handle(resend(name))).status).toBe(429);
    expect(createTable).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![1]).toMatchObject({ error: expect.stringMatching(/not found/i) });
  });

  it('two instances in two processes share one quota exactly', async () => {
    const script = fileURLToPath(new URL('../../support/quotaHandlerProcess.mjs', import.meta.url));
    const options = {
      endpoint: emulator.endpoint,
      clientId: emulator.secretClientId,
      clientSecret: emulator.clientSecret,
      dynamoEndpoint: inject('dynalite').endpoint,
      tableName: TABLE,
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
      const admin = dynamo.aggregated();
      await vi.waitFor(
        async () => expect((await rows(admin, TABLE, `${options.keyPrefix}:sendsPerPool`)).map((row) => row.points)).toEqual([7]),
        { timeout: 20_000 },
      );

      // The pool ceiling (27) is shared too: 20 more people get through, then nobody.
      const statusesOfOthers = await Promise.all(others.map((other, i) => post(urls[i % 2]!, other)));
      expect(statusesOfOthers.filter((status) => status !== 429)).toHaveLength(20);
      expect(sent()).toBe(27);
    } finally {
      for (const child of children) child.kill();
    }
    // Each child loads the sources through Vite's module runner: seconds on a busy machine.
  }, 60_000);

  it('refuses a client that is not a DynamoDB client, a bad table name, unknown modes', () => {
    const client = dynamo.bare();
    expect(() => createDynamoQuotaStore(undefined as unknown as DynamoQuotaStoreOptions)).toThrow(TypeError);
    expect(() => createDynamoQuotaStore({ client: {} as never, tableName: TABLE })).toThrow(/DynamoDB client/);
    expect(() => createDynamoQuotaStore({ client, tableName: 'x' })).toThrow(/tableName/);
    expect(() => createDynamoQuotaStore({ client, tableName: 'has space' })).toThrow(/tableName/);
    expect(() => createDynamoQuotaStore({ client, tableName: TABLE, keyPrefix: '' })).toThrow(/keyPrefix/);
    expect(() => createDynamoQuotaStore({ client, tableName: TABLE, tableCreated: 'yes' as never })).toThrow(/tableCreated/);
    expect(() => createDynamoQuotaStore({ client, tableName: TABLE, onStoreError: 'ignore' as never })).toThrow(/onStoreError/);
    expect(() => createDynamoQuotaStore({ client, tableName: TABLE, timeoutMs: Number.NaN })).toThrow(RangeError);
    expect(() => createDynamoQuotaStore({ client, tableName: TABLE, timeoutMs: 0 })).toThrow(RangeError);
    expect(() => createDynamoQuotaStore({ client, tableName: TABLE, failClosedRetryAfterSeconds: Number.POSITIVE_INFINITY })).toThrow(
      RangeError,
    );
  });
});

describe('DynamoDB outage (a dynalite of this test, killed mid-run)', () => {
  let server: DynaliteServer;
  beforeEach(async () => {
    server = await startDynalite();
  });
  afterEach(() => server.stop());

  it('default: the next request is answered within 5 s from memory; the outage is one log line and one event', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const events: ConfirmationEvent[] = [];
    const handle = handler(
      { client: dynamo.bare(server.endpoint), tableName: TABLE, keyPrefix: `${PREFIX}:down` },
      { logger, onEvent: (event) => void events.push(event), limits: { sendsPerUser: { limit: 2, windowSeconds: 600 } } },
    );
    const name = await realUser();
    expect((await handle(resend(name))).status).toBe(200);

    await server.stop();
    const answers: Array<Response | 'no answer'> = [];
    for (let i = 0; i < 4; i += 1) answers.push(await within(handle(resend(name))));
    // Each instance counts in memory during the outage: the quota still holds there.
    expect(answers.map((answer) => (answer === 'no answer' ? answer : answer.status))).toEqual([200, 200, 429, 429]);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![0]).toMatch(/DynamoDB quota store unreachable; counting in memory/);
    expect(events.filter((event) => event.type === 'store-unavailable')).toEqual([
      { type: 'store-unavailable', store: 'dynamodb', onStoreError: 'use-memory', error: expect.any(String) },
    ]);
    expect(sent()).toBe(3);

    // Back on the same port (empty: dynalite keeps nothing): the table is there again only if made again.
    server = await startDynalite({ port: server.port });
    await dynamo.aggregated(server.endpoint).createTable({
      TableName: TABLE,
      AttributeDefinitions: [{ AttributeName: 'key', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'key', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    await expect
      .poll(
        async () => {
          await handle(resend(user()));
          return events.filter((event) => event.type === 'store-available').length;
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(1);
    expect(logger.warn.mock.calls.filter(([message]) => /reachable again/.test(message))).toHaveLength(1);
  });

  it("onStoreError: 'fail-closed' refuses with 503 + Retry-After while DynamoDB is down, within 5 s", async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const events: ConfirmationEvent[] = [];
    const handle = handler(
      {
        client: dynamo.bare(server.endpoint),
        tableName: TABLE,
        keyPrefix: `${PREFIX}:closed`,
        onStoreError: 'fail-closed',
        failClosedRetryAfterSeconds: 20,
      },
      { logger, onEvent: (event) => void events.push(event) },
    );
    expect((await handle(resend(user()))).status).toBe(400);

    await server.stop();
    for (let i = 0; i < 3; i += 1) {
      const answer = await within(handle(resend(user())));
      expect(answer).not.toBe('no answer');
      const response = answer as Response;
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('20');
      expect(await response.json()).toMatchObject({ __type: 'TooManyRequestsException' });
    }
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(events.filter((event) => event.type === 'refused')).toEqual(
      Array(3).fill({
        type: 'refused',
        operation: 'ResendConfirmationCode',
        quota: 'sendsPerUser',
        reason: 'unavailable',
        retryAfterSeconds: 20,
        ip: '203.0.113.1',
      }),
    );
    expect(sent()).toBe(1);
  });

  it('a DynamoDB that accepts connections but answers nothing is an outage after timeoutMs, not a hang', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler(
      { client: dynamo.bare(server.endpoint), tableName: TABLE, keyPrefix: `${PREFIX}:frozen`, timeoutMs: 300 },
      { logger },
    );
    expect((await handle(resend(user()))).status).toBe(400);

    server.freeze();
    try {
      for (let i = 0; i < 2; i += 1) {
        const answer = await within(handle(resend(user())));
        expect(answer).not.toBe('no answer');
        expect((answer as Response).status).toBe(400);
      }
      expect(logger.error).toHaveBeenCalledTimes(1);
      expect(sent()).toBe(3);
    } finally {
      server.thaw();
    }
  });

  it('a DynamoDB gone at startup: no unhandled rejection, the first request answered from memory', async () => {
    await server.stop();
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler({ client: dynamo.bare(server.endpoint), tableName: freshTable(), keyPrefix: `${PREFIX}:never` }, { logger });
    const answer = await within(handle(resend(user())));
    expect(answer).not.toBe('no answer');
    expect((answer as Response).status).toBe(400);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('a table still CREATING is waited for within timeoutMs, then used', async () => {
    await server.stop();
    server = await startDynalite({ createTableMs: 600 });
    const tableName = freshTable();
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler(
      { client: dynamo.bare(server.endpoint), tableName, keyPrefix: `${PREFIX}:creating` },
      { logger, limits: { sendsPerUser: { limit: 1, windowSeconds: 60 } } },
    );
    const name = await realUser();
    expect((await handle(resend(name))).status).toBe(200);
    expect(logger.error).not.toHaveBeenCalled();
    expect((await rows(dynamo.aggregated(server.endpoint), tableName, `${PREFIX}:creating`)).length).toBe(3);
  });
});
