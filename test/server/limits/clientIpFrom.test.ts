import { describe, expect, it } from 'vitest';
import { asIp, clientIpFromForwardedFor, clientIpFromHeader, ipQuotaKey } from '../../../src/server/limits/clientIpFrom';

const request = (headers: Record<string, string>) => new Request('http://app.test/', { headers });

describe('clientIpFromForwardedFor', () => {
  it('takes the entry written by the outermost trusted proxy, not the forgeable first one', () => {
    // The client forged "6.6.6.6"; the load balancer appended the address it saw.
    const forged = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(clientIpFromForwardedFor(1)(forged)).toBe('203.0.113.7');
    // CDN then load balancer: two hops.
    expect(clientIpFromForwardedFor(2)(request({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.2' }))).toBe('198.51.100.4');
  });

  it('knows no IP when the request skipped a proxy or the entry is not an address', () => {
    expect(clientIpFromForwardedFor(2)(request({ 'x-forwarded-for': '203.0.113.7' }))).toBeUndefined();
    expect(clientIpFromForwardedFor(1)(request({}))).toBeUndefined();
    expect(clientIpFromForwardedFor(1)(request({ 'x-forwarded-for': 'unknown' }))).toBeUndefined();
    expect(clientIpFromForwardedFor(1)(request({ 'x-forwarded-for': '999.1.1.1' }))).toBeUndefined();
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 33, '1'])('refuses trustedHops %s at creation', (hops) => {
    expect(() => clientIpFromForwardedFor(hops as number)).toThrow(RangeError);
  });
});

describe('clientIpFromHeader', () => {
  it('reads a header the edge overwrites', () => {
    expect(clientIpFromHeader('cf-connecting-ip')(request({ 'cf-connecting-ip': '2001:db8::1' }))).toBe('2001:db8::1');
    expect(clientIpFromHeader('cf-connecting-ip')(request({ 'cf-connecting-ip': '<script>' }))).toBeUndefined();
    expect(() => clientIpFromHeader('bad header')).toThrow(TypeError);
    expect(() => clientIpFromHeader(42 as never)).toThrow(TypeError);
  });
});

describe('asIp and ipQuotaKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['203.0.113.7:5123', '203.0.113.7'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['1:2:3:4:5:6:7:8:9', undefined],
    ['1::2::3', undefined],
    ['x'.repeat(100), undefined],
    ['', undefined],
  ])('asIp(%j) = %j', (input, expected) => {
    expect(asIp(input)).toBe(expected);
  });

  it('groups IPv6 callers by /64 (one subscriber holds a whole /64) and IPv4-mapped ones as IPv4', () => {
    expect(ipQuotaKey('2001:db8:1:2:aaaa::1')).toBe(ipQuotaKey('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(ipQuotaKey('2001:db8:1:2::1')).not.toBe(ipQuotaKey('2001:db8:1:3::1'));
    expect(ipQuotaKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(ipQuotaKey('192.0.2.1')).toBe('192.0.2.1');
  });
});
