import { describe, expect, it } from 'vitest';
import { createBackendTransport } from '../../../../src/core/protocol/transports/createBackendTransport';
import { createFetchTransport } from '../../../../src/core/protocol/transports/createFetchTransport';
import { createIdentityJsTransport } from '../../../../src/core/protocol/transports/createIdentityJsTransport';

// A pool with the SDK's low-level client: creation only, nothing is sent.
const pool = { getUserPoolId: () => 'eu-west-1_a1', getClientId: () => 'c', client: { request() {} } };

const TRANSPORTS: Array<[string, (timeoutMs: unknown) => unknown]> = [
  ['createFetchTransport', (timeoutMs) => createFetchTransport({ region: 'eu-west-1', timeoutMs: timeoutMs as number })],
  ['createBackendTransport', (timeoutMs) => createBackendTransport({ url: '/api/cognito', timeoutMs: timeoutMs as number })],
  ['createIdentityJsTransport', (timeoutMs) => createIdentityJsTransport(pool, { timeoutMs: timeoutMs as number })],
];

describe.each(TRANSPORTS)('%s checks timeoutMs when it is created', (_name, create) => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, 2 ** 31])(
    'refuses %s with a RangeError naming it',
    (value) => {
      expect(() => create(value)).toThrow(RangeError);
      expect(() => create(value)).toThrow(/timeoutMs/);
    },
  );

  it.each(['1000', null, true, {}])('refuses %j with a TypeError naming it', (value) => {
    expect(() => create(value)).toThrow(TypeError);
    expect(() => create(value)).toThrow(/timeoutMs/);
  });

  it('accepts 1 ms to 2^31 - 1 ms, and no option at all', () => {
    for (const value of [undefined, 1, 15_000, 2 ** 31 - 1]) expect(() => create(value)).not.toThrow();
  });
});
