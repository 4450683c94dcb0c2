import { describe, expect, it } from 'vitest';
import { createConfirmationHandler } from '../../../src/server/createConfirmationHandler';
import { createMemoryQuotaStore } from '../../../src/server/limits/createMemoryQuotaStore';
import { createRedisQuotaStore } from '../../../src/server/limits/createRedisQuotaStore';
import { DEFAULT_LIMITS, resolveLimits } from '../../../src/server/limits/resolveLimits';

const base = { endpoint: 'http://127.0.0.1:9/', clientId: 'client123', clientSecret: 'secret', logger: { warn() {}, error() {} } };

describe('resolveLimits', () => {
  it('is on by default with the documented numbers, and off with false', () => {
    expect(resolveLimits(undefined)).toEqual({ ...DEFAULT_LIMITS, store: undefined });
    expect(DEFAULT_LIMITS).toEqual({
      sendsPerUser: { limit: 5, windowSeconds: 3600 },
      sendsPerIp: { limit: 20, windowSeconds: 3600 },
      sendsPerPool: { limit: 1000, windowSeconds: 3600 },
      checksPerUser: { limit: 10, windowSeconds: 3600 },
      checksPerIp: { limit: 100, windowSeconds: 3600 },
    });
    expect(resolveLimits(false)).toBe(false);
    expect(resolveLimits({ sendsPerIp: false, sendsPerUser: { limit: 1, windowSeconds: 60 } })).toMatchObject({
      sendsPerIp: false,
      sendsPerUser: { limit: 1, windowSeconds: 60 },
      sendsPerPool: DEFAULT_LIMITS.sendsPerPool,
    });
  });

  it.each([
    [{ sendsPerUser: { limit: Number.NaN, windowSeconds: 60 } }, RangeError, 'limits.sendsPerUser.limit'],
    [{ sendsPerUser: { limit: Number.POSITIVE_INFINITY, windowSeconds: 60 } }, RangeError, 'limits.sendsPerUser.limit'],
    [{ sendsPerIp: { limit: -1, windowSeconds: 60 } }, RangeError, 'limits.sendsPerIp.limit'],
    [{ sendsPerIp: { limit: 0, windowSeconds: 60 } }, RangeError, 'limits.sendsPerIp.limit'],
    [{ sendsPerPool: { limit: 2.5, windowSeconds: 60 } }, RangeError, 'limits.sendsPerPool.limit'],
    [{ sendsPerPool: { limit: 1e12, windowSeconds: 60 } }, RangeError, 'limits.sendsPerPool.limit'],
    [{ checksPerUser: { limit: 3, windowSeconds: Number.NEGATIVE_INFINITY } }, RangeError, 'limits.checksPerUser.windowSeconds'],
    [{ checksPerUser: { limit: 3, windowSeconds: 10 ** 9 } }, RangeError, 'limits.checksPerUser.windowSeconds'],
    [{ checksPerUser: { limit: '3', windowSeconds: 60 } }, TypeError, 'limits.checksPerUser.limit'],
    [{ checksPerUser: { limit: 3 } }, TypeError, 'limits.checksPerUser.windowSeconds'],
    [{ checksPerUser: { limit: 3, windowSeconds: 60, burst: 2 } }, TypeError, 'limits.checksPerUser.burst'],
    [{ checksPerUser: true }, TypeError, 'limits.checksPerUser'],
    [{ checksPerUser: null }, TypeError, 'limits.checksPerUser'],
    [{ perUser: { limit: 3, windowSeconds: 60 } }, TypeError, 'limits.perUser'],
    [{ store: {} }, TypeError, 'limits.store'],
    ['on', TypeError, 'limits'],
    [[], TypeError, 'limits'],
  ])('%j throws %o naming the option', (limits, type, name) => {
    expect(() => resolveLimits(limits as never)).toThrow(type);
    expect(() => resolveLimits(limits as never)).toThrow(name);
    // The handler refuses it at creation, before any request.
    expect(() => createConfirmationHandler({ ...base, limits: limits as never })).toThrow(type);
  });

  it('checks the other options at creation too', () => {
    expect(() => createConfirmationHandler({ ...base, clientIp: 'x-forwarded-for' as never })).toThrow(/clientIp/);
    expect(() => createConfirmationHandler({ ...base, verifyHuman: true as never })).toThrow(/verifyHuman/);
    expect(() => createConfirmationHandler({ ...base, verifyHumanTimeoutMs: Number.NaN })).toThrow(RangeError);
    expect(() => createConfirmationHandler({ ...base, verifyHumanTimeoutMs: -5 })).toThrow(/verifyHumanTimeoutMs/);
    expect(() => createConfirmationHandler({ ...base, logger: {} as never })).toThrow(/logger/);
    expect(() => createMemoryQuotaStore({ maxKeys: Number.POSITIVE_INFINITY })).toThrow(/maxKeys/);
    expect(() => createMemoryQuotaStore({ maxKeys: 0 })).toThrow(RangeError);
    expect(() => createRedisQuotaStore({ client: {} as never })).toThrow(/ioredis/);
    expect(() => createRedisQuotaStore(undefined as never)).toThrow(TypeError);
    const client = { status: 'ready', defineCommand() {} };
    expect(() => createRedisQuotaStore({ client, onStoreError: 'open' as never })).toThrow(/onStoreError/);
    expect(() => createRedisQuotaStore({ client, keyPrefix: '' })).toThrow(/keyPrefix/);
    expect(() => createRedisQuotaStore({ client, failClosedRetryAfterSeconds: Number.NaN })).toThrow(/failClosedRetryAfterSeconds/);
    expect(() => createRedisQuotaStore({ client, timeoutMs: Number.POSITIVE_INFINITY })).toThrow(/timeoutMs/);
    expect(() => createRedisQuotaStore({ client, timeoutMs: -1 })).toThrow(RangeError);
  });
});
