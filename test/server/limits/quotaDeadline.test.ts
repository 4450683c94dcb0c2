// One time budget per request for the quota store: the consumes of a send run at once (so a healthy
// DynamoDB costs two sequential round trips), whatever the store has not answered by `quotaDeadlineMs`
// gets the store's outage behaviour (memory or 503), and points go back after the answer, bounded and
// contained. The slow store is a gate below the store interface (each DynamoDB call is held until the
// test lets it through to the real dynalite), never a mock of the kit's own limiter.
import type { DynamoDB } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { createDynamoQuotaStore, type DynamoQuotaStoreOptions } from '../../../src/server/limits/createDynamoQuotaStore';
import { createMemoryQuotaStore } from '../../../src/server/limits/createMemoryQuotaStore';
import { quotaRefundsSettled } from '../../../src/server/limits/createRequestGuard';
import type { QuotaLimiter, QuotaStore } from '../../../src/server/limits/QuotaStore';
import { setUpTestDynamo } from '../../support/setUpTestDynamo';

const dynamo = setUpTestDynamo();
const TABLE = 'cck-quotaDeadline';
const PREFIX = `cck-test:quotaDeadline:${process.pid}:${Date.now().toString(36)}`;

afterEach(async () => {
  vi.useRealTimers();
});

let n = 0;
const unique = (prefix: string) => {
  n += 1;
  return `${prefix}_${process.pid}_${n}`;
};

const codeSent = async () =>
  new Response('{"CodeDeliveryDetails":{"DeliveryMedium":"EMAIL"}}', { status: 200, headers: { 'content-type': 'application/json' } });
const userNotFound = async () =>
  new Response('{"__type":"UserNotFoundException","message":"User does not exist."}', {
    status: 400,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'UserNotFoundException' },
  });

function handler(limits: ConfirmationHandlerOptions['limits'], extra: Partial<ConfirmationHandlerOptions> = {}) {
  const logger = { warn: vi.fn(), error: vi.fn() };
  const onError = vi.fn();
  const handle = createConfirmationHandler({
    endpoint: 'http://127.0.0.1:9/',
    clientId: 'abcdefghijklmnopqrstuvwxyz',
    clientSecret: 'test-secret',
    // Cognito's answer comes from a stub of the transport: these tests are about the store.
    fetch: codeSent,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger,
    onError,
    ...extra,
    limits,
  } as ConfirmationHandlerOptions);
  return { handle, logger, onError };
}

const resend = (username: string, ip = '203.0.113.1') =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': ip },
    body: JSON.stringify({ operation: 'ResendConfirmationCode', params: { Username: username } }),
  });

const DYNAMO_METHODS = [
  'getItem',
  'updateItem',
  'deleteItem',
  'describeTable',
  'createTable',
  'describeTimeToLive',
  'updateTimeToLive',
] as const;

/**
 * A DynamoDB client whose every call waits at a gate: `releaseAll()` lets the waiting calls through
 * to dynalite at once. `inFlight` counts calls let through and not yet answered.
 */
function gatedDynamo(real: DynamoDB) {
  const held: Array<{ method: string; input: unknown; release(): void }> = [];
  let inFlight = 0;
  let released = 0;
  const client: Record<string, unknown> = {
    send() {
      throw new Error('not used: the aggregated methods are');
    },
  };
  for (const method of DYNAMO_METHODS) {
    client[method] = (input: unknown) =>
      new Promise((resolve, reject) => {
        held.push({
          method,
          input,
          release() {
            inFlight += 1;
            released += 1;
            (real[method] as (input: unknown) => Promise<unknown>).call(real, input).then(
              (value) => {
                inFlight -= 1;
                resolve(value);
              },
              (error: unknown) => {
                inFlight -= 1;
                reject(error);
              },
            );
          },
        });
      });
  }
  return {
    client: client as unknown as DynamoQuotaStoreOptions['client'],
    held,
    get inFlight() {
      return inFlight;
    },
    get released() {
      return released;
    },
    releaseAll() {
      for (const call of held.splice(0)) call.release();
    },
  };
}

/** Lets real I/O and microtasks run (setImmediate is not faked here). */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Drives a request through the gate in lockstep: waits until every call let through has answered
 * and the request is waiting at the gate again, then lets all waiting calls through together. The
 * number of such waves before the answer is the request's sequential round trips to the store.
 */
async function wavesUntilAnswered(gate: ReturnType<typeof gatedDynamo>, answer: Promise<Response>) {
  let answered = false;
  void answer.then(() => {
    answered = true;
  });
  let waves = 0;
  for (;;) {
    await vi.waitFor(() => expect(answered || (gate.inFlight === 0 && gate.held.length > 0)).toBe(true), { timeout: 20_000, interval: 5 });
    // A few more turns of the loop, so calls a microtask chain starts late join this wave.
    for (let i = 0; i < 5; i += 1) await tick();
    if (answered) return { waves, response: await answer };
    waves += 1;
    gate.releaseAll();
  }
}

describe('quotaDeadlineMs is checked when the handler is made', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['negative', -5],
    ['zero', 0],
    ['a fraction', 2.5],
    ['huge', 1e12],
    ['a string', '3000'],
    ['an object', {}],
  ])('%s: a typed error at creation', (_, value) => {
    expect(() => handler(undefined, { quotaDeadlineMs: value as number })).toThrow(
      expect.objectContaining({
        name: expect.stringMatching(/^(TypeError|RangeError)$/),
        message: expect.stringContaining('quotaDeadlineMs'),
      }),
    );
  });

  it('1 and 60,000 are accepted, and so is leaving it out (3,000 ms)', () => {
    expect(() => handler(undefined, { quotaDeadlineMs: 1 })).not.toThrow();
    expect(() => handler(undefined, { quotaDeadlineMs: 60_000 })).not.toThrow();
    expect(() => handler(undefined)).not.toThrow();
  });

  it.each([
    ['NaN', Number.NaN],
    ['zero', 0],
    ['huge', 1000],
    ['a fraction', 1.5],
    ['a string', '4'],
  ])('poolShards %s: a typed error when the store is made', (_, value) => {
    expect(() => createDynamoQuotaStore({ client: dynamo.aggregated(), tableName: TABLE, poolShards: value as number })).toThrow(
      /poolShards/,
    );
  });
});

describe('DynamoDB behind a gate (real dynalite)', () => {
  const limits = (client: DynamoQuotaStoreOptions['client'], extra: Partial<DynamoQuotaStoreOptions> = {}) => ({
    sendsPerUser: { limit: 5, windowSeconds: 600 },
    sendsPerIp: { limit: 2, windowSeconds: 600 },
    sendsPerPool: { limit: 100, windowSeconds: 600 },
    store: createDynamoQuotaStore({
      client,
      tableName: TABLE,
      keyPrefix: `${PREFIX}:${unique('store')}`,
      timeoutMs: 60_000,
      onStoreError: 'fail-closed',
      ...extra,
    }),
  });

  it('a healthy send costs two sequential round trips: person, IP and pool are consumed at once', async () => {
    const gate = gatedDynamo(dynamo.aggregated());
    const { handle } = handler(limits(gate.client));
    // The first send creates the table and starts the IP's and pool's windows.
    expect((await wavesUntilAnswered(gate, handle(resend(unique('first'))))).response.status).toBe(200);
    // Let the table's TTL set-up, which runs on in the background, through too.
    await vi.waitFor(
      () => {
        gate.releaseAll();
        expect(gate.held.length + gate.inFlight).toBe(0);
      },
      { timeout: 20_000, interval: 20 },
    );

    const before = gate.released;
    const answer = handle(resend(unique('second')));
    await vi.waitFor(() => expect(gate.held).toHaveLength(3), { timeout: 20_000, interval: 5 });
    // All three consumes are at the store before any has answered.
    expect(gate.held.map((call) => call.method)).toEqual(['updateItem', 'updateItem', 'updateItem']);
    const { waves, response } = await wavesUntilAnswered(gate, answer);
    expect(response.status).toBe(200);
    // The IP's and pool's running windows take one write each; the new person's row two ("add to a running window" fails first), all in parallel.
    expect(waves).toBe(2);
    // Four writes in all: a count inside a running window is one UpdateItem, not a failed one and a second.
    expect(gate.released - before).toBe(4);
  });

  it('the IP refusing: 429 at once, and the person’s and pool’s points go back after the answer', async () => {
    const real = dynamo.aggregated();
    const gate = gatedDynamo(real);
    const keyPrefix = `${PREFIX}:${unique('store')}`;
    const { handle } = handler(limits(gate.client, { keyPrefix }));
    for (const name of [unique('a'), unique('b')]) expect((await wavesUntilAnswered(gate, handle(resend(name)))).response.status).toBe(200);

    const { response } = await wavesUntilAnswered(gate, handle(resend(unique('refused'))));
    expect(response.status).toBe(429);
    expect((await response.json()).message).toMatch(/this network/);
    // Answered while the give-backs still wait at the gate.
    expect(gate.held.length).toBeGreaterThan(0);
    expect(gate.held.every((call) => call.method === 'updateItem')).toBe(true);

    const settled = quotaRefundsSettled();
    while (gate.held.length > 0 || gate.inFlight > 0) {
      gate.releaseAll();
      await tick();
    }
    await settled;
    const { Items = [] } = await real.scan({ TableName: TABLE });
    const points = (quota: string) =>
      Items.filter((item) => item['key']!.S!.startsWith(`${keyPrefix}:${quota}:`))
        .map((item) => Number(item['points']!.N))
        .sort();
    // The pool and the people count the two codes sent, not the refused request; the IP counts its three attempts.
    expect(points('sendsPerPool')).toEqual([2]);
    expect(points('sendsPerUser')).toEqual([0, 1, 1]);
    expect(points('sendsPerIp')).toEqual([3]);
  });

  it('a store slower than the budget: the answer comes at the deadline, before the store does (fail-closed: 503)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const gate = gatedDynamo(dynamo.aggregated());
    const { handle, logger } = handler(limits(gate.client, { tableCreated: true }), { quotaDeadlineMs: 1500 });
    let answered = false;
    const answer = handle(resend(unique('slow'))).then((response) => {
      answered = true;
      return response;
    });
    while (gate.held.length < 3) await tick();
    await vi.advanceTimersByTimeAsync(1499);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const response = await answer;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    // Nothing the store was asked has answered yet.
    expect(gate.held).toHaveLength(3);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![1]).toMatchObject({ error: expect.stringMatching(/quotaDeadlineMs/) });
    vi.useRealTimers();
    // The abandoned calls land later without an unhandled rejection.
    gate.releaseAll();
    await vi.waitFor(() => expect(gate.inFlight).toBe(0));
  });

  it('a store slower than the budget with use-memory: counted in memory at the deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const gate = gatedDynamo(dynamo.aggregated());
    const { handle, logger } = handler(limits(gate.client, { tableCreated: true, onStoreError: 'use-memory' }), { quotaDeadlineMs: 1000 });
    const answer = handle(resend(unique('slow')));
    while (gate.held.length < 3) await tick();
    await vi.advanceTimersByTimeAsync(1000);
    expect((await answer).status).toBe(200);
    expect(gate.held).toHaveLength(3);
    expect(logger.error.mock.calls[0]![0]).toMatch(/counting in memory/);
    vi.useRealTimers();
    gate.releaseAll();
    await vi.waitFor(() => expect(gate.inFlight).toBe(0));
  });
});

describe('a store that misbehaves below its interface (DynamoDB client) counts as an outage', () => {
  const hostile: Array<[string, () => unknown]> = [
    [
      'throws synchronously',
      () => {
        throw new Error('sync');
      },
    ],
    ['rejects with a non-Error', () => Promise.reject('just a string')],
    ['answers garbage', () => Promise.resolve({ Attributes: 'not an item' })],
    ['answers nothing', () => Promise.resolve(undefined)],
    ['never settles', () => new Promise(() => undefined)],
  ];
  it.each(hostile)('%s: use-memory answers 200 by the deadline', async (_, call) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let calls = 0;
    const counted = () => {
      calls += 1;
      return call();
    };
    const client = Object.fromEntries([...DYNAMO_METHODS, 'send'].map((method) => [method, counted]));
    const { handle, logger } = handler(
      {
        store: createDynamoQuotaStore({
          client: client as unknown as DynamoQuotaStoreOptions['client'],
          tableName: TABLE,
          tableCreated: true,
          timeoutMs: 60_000,
        }),
      },
      { quotaDeadlineMs: 500 },
    );
    const answer = handle(resend(unique('h')));
    // The budget starts once the request reaches the store (after the username's HMAC, which is real async work).
    while (calls === 0) await tick();
    await vi.advanceTimersByTimeAsync(500);
    expect((await answer).status).toBe(200);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![0]).toMatch(/unreachable; counting in memory/);
  });
});

describe('a custom QuotaStore that misbehaves', () => {
  /** A store whose limiters do what `consume` and `refund` say; points taken and given back are recorded. */
  function customStore(consume: QuotaLimiter['consume'], refund: QuotaLimiter['refund'] = async () => undefined) {
    const refunds: string[] = [];
    const store: QuotaStore = {
      kind: 'memory',
      createLimiter: (name) => ({
        consume,
        refund: (key, windowEndsAt, signal) => {
          refunds.push(name);
          return refund(key, windowEndsAt, signal);
        },
      }),
    };
    return { store, refunds };
  }
  const allowed = async () => ({ allowed: true as const, windowEndsAt: Date.now() + 60_000 });

  it('never settles: 503 at the deadline, logged once; a point that comes later is given back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let late: (() => void) | undefined;
    let poolAsked = false;
    const { store, refunds } = customStore((key) =>
      key === 'all'
        ? new Promise((resolve) => {
            poolAsked = true;
            late = () => resolve({ allowed: true, windowEndsAt: Date.now() + 60_000 });
          })
        : allowed(),
    );
    const { handle, logger } = handler({ store, sendsPerIp: false }, { quotaDeadlineMs: 800 });
    const answer = handle(resend(unique('c')));
    while (!poolAsked) await tick();
    await vi.advanceTimersByTimeAsync(800);
    const response = await answer;
    expect(response.status).toBe(503);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]![0]).toMatch(/did not answer within quotaDeadlineMs/);
    // The person's point went back (the request was refused); the pool's once it comes.
    await quotaRefundsSettled();
    expect(refunds).toEqual(['sendsPerUser']);
    late!();
    await vi.advanceTimersByTimeAsync(0);
    await quotaRefundsSettled();
    expect(refunds).toEqual(['sendsPerUser', 'sendsPerPool']);
  });

  const failing: Array<[string, QuotaLimiter['consume']]> = [
    [
      'throws synchronously',
      () => {
        throw new Error('sync throw');
      },
    ],
    ['rejects with a non-Error', () => Promise.reject(42)],
    ['answers garbage', async () => ({ allowed: 'yes' }) as never],
    ['answers nothing', async () => undefined as never],
    ['answers a NaN window', async () => ({ allowed: true, windowEndsAt: Number.NaN })],
  ];
  it.each(failing)('the pool %s: a 500 through onError, and the person’s point given back', async (_, bad) => {
    const { store, refunds } = customStore((key) => (key === 'all' ? bad(key) : allowed()));
    const { handle, onError } = handler({ store, sendsPerIp: false });
    const response = await handle(resend(unique('f')));
    expect(response.status).toBe(500);
    expect((await response.json()).__type).toBe('InternalErrorException');
    expect(onError).toHaveBeenCalledTimes(1);
    await quotaRefundsSettled();
    expect(refunds).toEqual(['sendsPerUser']);
  });

  const badRefunds: Array<[string, QuotaLimiter['refund']]> = [
    [
      'throws synchronously',
      () => {
        throw new Error('sync throw');
      },
    ],
    ['rejects with a non-Error', () => Promise.reject(undefined)],
    ['never settles', () => new Promise(() => undefined)],
  ];
  it.each(badRefunds)('a give-back that %s: the answer is unchanged, the failure logged, nothing escapes', async (_, refund) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { store } = customStore(allowed, refund);
    const { handle, logger, onError } = handler({ store, sendsPerIp: false }, { fetch: userNotFound, quotaDeadlineMs: 700 });
    const response = await handle(resend(unique('r')));
    expect(response.status).toBe(400);
    const settled = quotaRefundsSettled();
    await vi.advanceTimersByTimeAsync(700);
    await settled;
    expect(logger.error).toHaveBeenCalledWith('cognito-confirm-kit: a quota point could not be given back.', expect.anything());
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('the pool spread over shards', () => {
  it('each send takes one shard’s point; together they never let more than the limit through', async () => {
    const keys: string[] = [];
    const memory = createMemoryQuotaStore();
    const store: QuotaStore = {
      kind: 'memory',
      poolShards: 4,
      createLimiter(name, quota, logger) {
        const inner = memory.createLimiter(name, quota, logger);
        return {
          consume(key, signal) {
            if (name === 'sendsPerPool') keys.push(`${key}/${quota.limit}`);
            return inner.consume(key, signal);
          },
          refund: (key, windowEndsAt) => inner.refund(key, windowEndsAt),
        };
      },
    };
    const { handle } = handler({ store, sendsPerIp: false, sendsPerUser: false, sendsPerPool: { limit: 1002, windowSeconds: 600 } });
    // Sends land on the shards in turn (at random in production, where a full shard may refuse a little early).
    let turn = 0;
    vi.spyOn(Math, 'random').mockImplementation(() => (turn++ % 4) / 4 + 0.01);
    const statuses: number[] = [];
    for (let i = 0; i < 1100; i += 1) statuses.push((await handle(resend(unique('p')))).status);
    // 1,002 in 4 shards of 251, 251, 250, 250, each its own key.
    expect(new Set(keys)).toEqual(new Set(['all-0/251', 'all-1/251', 'all-2/250', 'all-3/250']));
    expect(statuses.filter((status) => status === 200)).toHaveLength(1002);
    expect(statuses.filter((status) => status === 429)).toHaveLength(98);
    vi.restoreAllMocks();
  });

  it('a pool too small to split keeps one key', async () => {
    const keys: string[] = [];
    const memory = createMemoryQuotaStore();
    const store: QuotaStore = {
      kind: 'memory',
      poolShards: 4,
      createLimiter(name, quota, logger) {
        const inner = memory.createLimiter(name, quota, logger);
        return {
          consume(key, signal) {
            if (name === 'sendsPerPool') keys.push(key);
            return inner.consume(key, signal);
          },
          refund: (key, windowEndsAt) => inner.refund(key, windowEndsAt),
        };
      },
    };
    const { handle } = handler({ store, sendsPerIp: false, sendsPerPool: { limit: 499, windowSeconds: 600 } });
    for (let i = 0; i < 5; i += 1) expect((await handle(resend(unique('s')))).status).toBe(200);
    expect(new Set(keys)).toEqual(new Set(['all']));
  });
});
