import { describe, expect, it } from 'vitest';
import {
  asIp,
  clientIpFromCloudFront,
  clientIpFromForwardedFor,
  clientIpFromHeader,
  ipQuotaKey,
} from '../../../src/server/limits/clientIpFrom';

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

describe('clientIpFromCloudFront (CloudFront-Viewer-Address: IP and source port)', () => {
  const viewer = (...values: string[]) => {
    const headers = new Headers();
    for (const value of values) headers.append('cloudfront-viewer-address', value);
    return clientIpFromCloudFront()(new Request('http://app.test/', { headers }));
  };

  it.each([
    ['198.51.100.10:46532', '198.51.100.10'],
    ['  198.51.100.10:443 ', '198.51.100.10'],
    // IPv6 as CloudFront writes it: unbracketed, the last colon before the port.
    ['2001:db8::1:443', '2001:db8::1'],
    ['2001:DB8:0:0:8:800:200C:417A:61000', '2001:db8:0:0:8:800:200c:417a'],
    ['::1:80', '::1'],
    ['::ffff:192.0.2.1:443', '::ffff:192.0.2.1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['198.51.100.10:65535', '198.51.100.10'],
  ])('%s → %s', (value, ip) => {
    expect(viewer(value)).toBe(ip);
  });

  it.each([
    ['no header', undefined],
    ['empty', ''],
    ['no port (IPv4)', '198.51.100.10'],
    ['an empty port', '198.51.100.10:'],
    ['a port past 65535', '198.51.100.10:65536'],
    ['a port that is not digits', '198.51.100.10:https'],
    ['a port with a sign', '198.51.100.10:+443'],
    ['two ports', '198.51.100.10:5:443'],
    ['a port alone', ':443'],
    ['bracketed IPv6 without a port', '[2001:db8::1]'],
    ['one bracket', '2001:db8::1]:443'],
    ['an IPv6 that is not one once its port is gone', '2001:db8:1:443'],
    ['a zone id', 'fe80::1%eth0:443'],
    ['an octet past 255', '198.51.100.256:443'],
    ['a host name', 'attacker.example:443'],
    ['garbage', '<script>alert(1)</script>:443'],
    ['a list', '198.51.100.10:443, 203.0.113.7:443'],
    ['huge', `${'1'.repeat(100_000)}:443`],
    ['huge IPv6-looking', `${'0:'.repeat(40)}1:443`],
  ])('%s → unknown', (_, value) => {
    expect(value === undefined ? viewer() : viewer(value)).toBeUndefined();
  });

  it('two headers (one forged, one from CloudFront) → unknown: neither can be told apart', () => {
    expect(viewer('6.6.6.6:1234', '198.51.100.10:443')).toBeUndefined();
  });

  it('is opt-in: the handler reads the header only when clientIp names it', async () => {
    const { createRequestGuard } = await import('../../../src/server/limits/createRequestGuard');
    const quiet = { warn: () => undefined, error: () => undefined };
    const request = new Request('http://app.test/', { headers: { 'cloudfront-viewer-address': '198.51.100.10:443' } });
    expect(await createRequestGuard({ clientSecret: 's', logger: quiet }).clientIp(request)).toBeUndefined();
    expect(await createRequestGuard({ clientSecret: 's', logger: quiet, clientIp: clientIpFromCloudFront() }).clientIp(request)).toBe(
      '198.51.100.10',
    );
  });
});
