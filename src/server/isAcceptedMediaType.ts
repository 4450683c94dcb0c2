const ACCEPTED = new Set(['application/json', 'application/x-amz-json-1.1']);

/**
 * True for `application/json` and `application/x-amz-json-1.1`, parameters allowed but a charset only
 * if it is UTF-8 (the body is decoded as UTF-8). A prefix test would let `application/json-patch+json`
 * or `application/json-seq` through.
 */
export function isAcceptedMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [essence = '', ...parameters] = contentType.split(';');
  if (!ACCEPTED.has(essence.trim().toLowerCase())) return false;
  for (const parameter of parameters) {
    const separator = parameter.indexOf('=');
    const name = (separator === -1 ? parameter : parameter.slice(0, separator)).trim().toLowerCase();
    if (name !== 'charset') continue;
    const value = parameter
      .slice(separator + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (value !== 'utf-8' && value !== 'utf8') return false;
  }
  return true;
}
