// A point given back belongs to the window it was taken in. A refund that comes after that window
// ended must not free a point of the next one (a made-up name sent just before a reset would buy a
// real send after it), and a key that expired meanwhile must not go below zero (an extra point).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDynamoQuotaStore } from '../../../src/server/limits/createDynamoQuotaStore';
import { createMemoryQuotaStore } from '../../../src/server/limits/createMemoryQuotaStore';
import { createRedisQuotaStore } from '../../../src/server/limits/createRedisQuotaStore';
import type { QuotaLimiter, QuotaOutcome } from '../../../src/server/limits/QuotaStore';
import { setUpTestDynamo } from '../../support/setUpTestDynamo';
import { setUpTestRedis } from '../../support/setUpTestRedis';

const PREFIX = `cck-test:refundPoint:${process.pid}:${Date.now().toString(36)}`;
const redis = setUpTestRedis();
const dynamo = setUpTestDynamo();
afterEach(() => vi.useRealTimers());

const logger = { warn() {}, error() {} };
let n = 0;
const key = () => {
  n += 1;
  return `key_${n}`;
};
const quota = { limit: 2, windowSeconds: 600 };

const stores = [
  { kind: 'memory', limiter: async (): Promise<QuotaLimiter> => createMemoryQuotaStore().createLimiter('refund', quota, logger) },
  {
    kind: 'redis',
    limiter: async (): Promise<QuotaLimiter> => {
      const client = await redis.ready();
      return createRedisQuotaStore({ client, keyPrefix: `${PREFIX}:${key()}` }).createLimiter('refund', quota, logger);
    },
  },
  {
    kind: 'dynamodb',
    limiter: async (): Promise<QuotaLimiter> =>
      createDynamoQuotaStore({ client: dynamo.bare(), tableName: 'cck-refundPoint', keyPrefix: `${PREFIX}:${key()}` }).createLimiter(
        'refund',
        quota,
        logger,
      ),
  },
] as const;

const windowEnd = (outcome: QuotaOutcome) => {
  if (!outcome.allowed) throw new Error('expected the point to be taken');
  return outcome.windowEndsAt;
};

describe.each(stores)('$kind store', ({ limiter: make }) => {
  it('says when the window of a point ends', async () => {
    const before = Date.now();
    const ends = windowEnd(await (await make()).consume(key()));
    expect(ends).toBeGreaterThan(before + 599_000);
    expect(ends).toBeLessThanOrEqual(Date.now() + 600_000);
  });

  it('gives a point back within its window', async () => {
    const limiter = await make();
    const k = key();
    const ends = windowEnd(await limiter.consume(k));
    windowEnd(await limiter.consume(k));
    await limiter.refund(k, ends);
    expect((await limiter.consume(k)).allowed).toBe(true);
    expect((await limiter.consume(k)).allowed).toBe(false);
  });

  it('gives nothing back once the window the point was taken in has ended', async () => {
    const limiter = await make();
    const k = key();
    await limiter.consume(k);
    await limiter.consume(k);
    // A point of an earlier window, refunded late: this window never took it.
    await limiter.refund(k, Date.now() - 1);
    expect((await limiter.consume(k)).allowed).toBe(false);
  });

  it('a key gone meanwhile does not go below zero: no extra point', async () => {
    const limiter = await make();
    const k = key();
    // Refunded while the window still runs by the caller's clock, but the store holds nothing (expired, deleted).
    await limiter.refund(k, Date.now() + 60_000);
    expect((await limiter.consume(k)).allowed).toBe(true);
    expect((await limiter.consume(k)).allowed).toBe(true);
    expect((await limiter.consume(k)).allowed).toBe(false);
  });
});

describe('memory store, across a real window end', () => {
  it('a made-up send just before the reset does not buy a second real send after it', async () => {
    vi.useFakeTimers({ now: 1_800_000_000_000 });
    const limiter = createMemoryQuotaStore().createLimiter('pool', { limit: 1, windowSeconds: 1 }, logger);
    const madeUp = windowEnd(await limiter.consume('all'));
    await vi.advanceTimersByTimeAsync(1_001);
    expect((await limiter.consume('all')).allowed).toBe(true);
    // Cognito's refusal of the made-up name arrives now, after its window ended.
    await limiter.refund('all', madeUp);
    expect((await limiter.consume('all')).allowed).toBe(false);
  });
});
