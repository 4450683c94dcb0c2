/**
 * The platform's `Headers` from what an app hook gave: a record, pairs, the platform's `Headers`, or
 * another fetch implementation's. `Set-Cookie` stays one value per cookie: node-fetch's `forEach`
 * joins them with ", " (which breaks cookies with dates), so its `raw()` is read instead, and
 * `getSetCookie()` where an implementation has it. An invalid name or value throws, like `new Headers`.
 */
export function copyHeaders(init: unknown): Headers {
  if (init === undefined || init instanceof Headers || Array.isArray(init)) return new Headers(init as HeadersInit | undefined);
  if (typeof init !== 'object' || init === null) throw new TypeError('headers must be a Headers object, an array of pairs or a record.');
  const { raw, forEach, getSetCookie } = init as { raw?: unknown; forEach?: unknown; getSetCookie?: unknown };
  const copy = new Headers();
  if (typeof raw === 'function') {
    const all = raw.call(init) as Record<string, unknown>;
    for (const name of Object.keys(all)) {
      const values = all[name];
      for (const value of Array.isArray(values) ? values : [values]) copy.append(name, String(value));
    }
    return copy;
  }
  if (typeof forEach !== 'function') return new Headers(init as Record<string, string>);
  forEach.call(init, (value: unknown, name: unknown) => copy.append(String(name), String(value)));
  if (typeof getSetCookie === 'function') {
    const cookies = getSetCookie.call(init) as unknown;
    if (Array.isArray(cookies) && cookies.length > 0) {
      copy.delete('set-cookie');
      for (const cookie of cookies) copy.append('set-cookie', String(cookie));
    }
  }
  return copy;
}
