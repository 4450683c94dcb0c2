import { describe, expect, it } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../src/server/createConfirmationHandler';

const base = { endpoint: 'http://127.0.0.1:9/', clientId: 'client1', clientSecret: 'secret' } as const;
const make = (extra: Record<string, unknown>) => () => createConfirmationHandler({ ...base, ...extra } as ConfirmationHandlerOptions);

describe('createConfirmationHandler checks its options when it is made', () => {
  // Today timeoutMs 0 answers every request 504, -1/NaN/Infinity 502, and a NaN maxBodyBytes turns the cap off.
  it.each([
    ['timeoutMs', 0, 'RangeError'],
    ['timeoutMs', -1, 'RangeError'],
    ['timeoutMs', Number.POSITIVE_INFINITY, 'RangeError'],
    ['timeoutMs', 2 ** 31, 'RangeError'],
    ['timeoutMs', 0.5, 'RangeError'],
    ['timeoutMs', Number.NaN, 'TypeError'],
    ['timeoutMs', '5000', 'TypeError'],
    ['timeoutMs', null, 'TypeError'],
    ['bodyTimeoutMs', 0, 'RangeError'],
    ['bodyTimeoutMs', Number.NaN, 'TypeError'],
    ['bodyTimeoutMs', Number.NEGATIVE_INFINITY, 'RangeError'],
    ['maxBodyBytes', Number.NaN, 'TypeError'],
    ['maxBodyBytes', 0, 'RangeError'],
    ['maxBodyBytes', -16, 'RangeError'],
    ['maxBodyBytes', 1.5, 'RangeError'],
    ['maxBodyBytes', Number.POSITIVE_INFINITY, 'RangeError'],
    ['maxBodyBytes', '16384', 'TypeError'],
    ['maxResponseBytes', 0, 'RangeError'],
    ['maxResponseBytes', Number.NaN, 'TypeError'],
    ['maxResponseBytes', Number.POSITIVE_INFINITY, 'RangeError'],
  ] as const)('%s: %s → %s naming the option', (name, value, type) => {
    expect(make({ [name]: value })).toThrow(type === 'RangeError' ? RangeError : TypeError);
    expect(make({ [name]: value })).toThrow(new RegExp(name));
  });

  it('explains the rule and the value on a production server too (NODE_ENV=production), where core says only the name', () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(make({ timeoutMs: 0 })).toThrow(
        new RangeError('createConfirmationHandler: timeoutMs must be a number from 1 to 2147483647, got 0.'),
      );
      expect(make({ maxBodyBytes: '16384' })).toThrow(
        new TypeError('createConfirmationHandler: maxBodyBytes must be a number, got string.'),
      );
      expect(make({ limits: { sendsPerUser: { limit: 0, windowSeconds: 60 } } })).toThrow(
        /sendsPerUser\.limit must be an integer from 1 to/,
      );
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('accepts the smallest meaningful values and the defaults', () => {
    expect(make({ timeoutMs: 1, bodyTimeoutMs: 1, maxBodyBytes: 1, maxResponseBytes: 1 })).not.toThrow();
    expect(make({ timeoutMs: 2 ** 31 - 1 })).not.toThrow();
    expect(make({})).not.toThrow();
  });

  it.each([
    ['operations', ['ResendConfirmationCode', 'AdminInitiateAuth'], /operations/],
    ['onSignedIn', 'cookie', /onSignedIn/],
    ['operations', 'ConfirmSignUp', /operations/],
    ['fetch', 'fetch', /fetch/],
    ['beforeForward', {}, /beforeForward/],
    ['clientIp', '1.2.3.4', /clientIp/],
    ['onError', true, /onError/],
  ])('%s: %j → TypeError naming it', (name, value, pattern) => {
    expect(make({ [name]: value })).toThrow(TypeError);
    expect(make({ [name]: value })).toThrow(pattern);
  });

  it('refuses an endpoint that is not an http(s) URL and a region that is not one', () => {
    for (const endpoint of ['not a url', 'ftp://example.com/', 'javascript:alert(1)', 42]) {
      expect(make({ endpoint })).toThrow(/endpoint/);
    }
    for (const region of ['evil.example/#', 'EU-WEST-1', '', 7]) {
      expect(() => createConfirmationHandler({ region, clientId: 'c', clientSecret: 's' } as never)).toThrow(/region/);
    }
    expect(() => createConfirmationHandler({ region: 'us-gov-west-1', clientId: 'c', clientSecret: 's' })).not.toThrow();
  });

  it('refuses a missing secret, a missing endpoint and a malformed clientId', () => {
    expect(make({ clientSecret: '' })).toThrow(/clientSecret/);
    expect(make({ clientSecret: undefined })).toThrow(/clientSecret/);
    expect(() => createConfirmationHandler({ clientId: 'c', clientSecret: 's' } as never)).toThrow(/region or an endpoint/);
    expect(make({ clientId: 'has space' })).toThrow(/ClientId/);
    expect(make({ clientId: 42 })).toThrow(/clientId/);
  });
});
