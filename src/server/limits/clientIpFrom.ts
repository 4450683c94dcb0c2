/** How the handler learns the caller's IP: from what the app's own proxy set, never from what the caller claims. */
export type ClientIpResolver = (request: Request) => string | undefined | Promise<string | undefined>;

const MAX_HOPS = 32;

/**
 * The IP from `X-Forwarded-For` behind a known number of proxies you run: each proxy appends the
 * address it received the connection from, so the entry `trustedHops` from the right was written by
 * your outermost proxy. Entries further left are whatever the client sent (forgeable). E.g. one
 * load balancer in front of the app → `clientIpFromForwardedFor(1)`.
 */
export function clientIpFromForwardedFor(trustedHops: number, header = 'x-forwarded-for'): ClientIpResolver {
  if (typeof trustedHops !== 'number' || !Number.isInteger(trustedHops) || trustedHops < 1 || trustedHops > MAX_HOPS) {
    throw new RangeError(`clientIpFromForwardedFor: trustedHops must be a whole number from 1 to ${MAX_HOPS}, got ${String(trustedHops)}.`);
  }
  return (request) => {
    const entries = (request.headers.get(header) ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    // Fewer entries than proxies: the request did not come through all of them, so nothing here is trustworthy.
    if (entries.length < trustedHops) return undefined;
    return asIp(entries[entries.length - trustedHops]);
  };
}

/**
 * The IP from a header that your edge overwrites on every request, e.g. `cf-connecting-ip`
 * (Cloudflare) or `x-real-ip` (Vercel). Only when the app cannot be reached except through that edge.
 */
export function clientIpFromHeader(name: string): ClientIpResolver {
  if (typeof name !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(name)) {
    throw new TypeError(`clientIpFromHeader: name must be a header name, got ${String(name)}.`);
  }
  return (request) => asIp(request.headers.get(name) ?? undefined);
}

/** CloudFront's header with the viewer's address: `IP:port`, IPv6 unbracketed (`2001:db8::1:443`). */
export const CLOUDFRONT_VIEWER_ADDRESS = 'cloudfront-viewer-address';
// The longest address and port: 45 characters of IPv6 (its last 32 bits dotted), brackets, a colon, 5 digits.
const MAX_VIEWER_ADDRESS_LENGTH = 53;

/**
 * The viewer's IP from `CloudFront-Viewer-Address`, which CloudFront adds when an origin request policy
 * asks for it: `198.51.100.10:46532`, or `2001:db8::1:443` for IPv6 (the last colon separates the port;
 * `[2001:db8::1]:443` is read too). Only when the app cannot be reached except through CloudFront
 * (e.g. a Function URL behind origin access control): otherwise anyone can send the header. A value
 * that is not one address with its port (no port, a list, garbage) is an unknown IP.
 */
export function clientIpFromCloudFront(): ClientIpResolver {
  return (request) => {
    const value = request.headers.get(CLOUDFRONT_VIEWER_ADDRESS)?.trim();
    // Headers.get joins repeated headers with ", ": two values are one too many to trust either.
    if (!value || value.length > MAX_VIEWER_ADDRESS_LENGTH || value.includes(',')) return undefined;
    const colon = value.lastIndexOf(':');
    const port = value.slice(colon + 1);
    if (colon < 1 || !/^\d{1,5}$/.test(port) || Number(port) > 65_535) return undefined;
    const address = value.slice(0, colon);
    const bare = /^\[([^\]]+)\]$/.exec(address)?.[1] ?? address;
    // Nothing left for asIp to strip: "1.2.3.4:5:443" is not an address and a port.
    const ip = asIp(bare);
    return ip !== undefined && ip === bare.toLowerCase() ? ip : undefined;
  };
}

/** The value when it looks like an IPv4 or IPv6 address (a port or brackets removed), else undefined. */
export function asIp(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  if (/^(\d{1,3})(\.\d{1,3}){3}$/.test(text)) return text.split('.').every((part) => Number(part) <= 255) ? text : undefined;
  if (text.length <= 45 && /^[0-9a-fA-F:.]+$/.test(text) && text.includes(':') && expandIpv6(text) !== undefined) return text.toLowerCase();
  return undefined;
}

/**
 * The quota key of an IP: IPv4 as is, IPv6 by its /64 prefix, since one subscriber usually holds a
 * whole /64 and could otherwise rotate through 2^64 addresses to get a fresh quota each time.
 */
export function ipQuotaKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  const groups = expandIpv6(ip);
  if (!groups) return ip;
  // IPv4-mapped (::ffff:a.b.c.d) is an IPv4 caller.
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function expandIpv6(ip: string): string[] | undefined {
  let text = ip.toLowerCase();
  // A trailing dotted quad stands for the last two groups.
  const quad = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    if ([a, b, c, d].some((part) => part > 255)) return undefined;
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  if ([...head, ...tail].some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((group) => group.replace(/^0+(?=.)/, ''));
}
