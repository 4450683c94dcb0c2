import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeSecretHash } from '../../src/server/computeSecretHash';

const reference = (username: string, clientId: string, secret: string) =>
  createHmac('sha256', secret)
    .update(username + clientId)
    .digest('base64');

describe('computeSecretHash', () => {
  it.each([
    ['alice', '4tq1example', 's3cr3t'],
    ['jane.doe@example.com', '1example23456789', 'a'.repeat(52)],
    ['Zoë_ünïcode_😀', 'client+id', 'secret-with-ünïcode'],
  ])('matches a reference HMAC-SHA256 for %s', async (username, clientId, clientSecret) => {
    await expect(computeSecretHash({ username, clientId, clientSecret })).resolves.toBe(reference(username, clientId, clientSecret));
  });

  it('differs when any input differs (username and client id are concatenated in that order)', async () => {
    const base = await computeSecretHash({ username: 'ab', clientId: 'c', clientSecret: 'k' });
    expect(await computeSecretHash({ username: 'a', clientId: 'bc', clientSecret: 'k' })).toBe(base);
    expect(await computeSecretHash({ username: 'c', clientId: 'ab', clientSecret: 'k' })).not.toBe(base);
    expect(await computeSecretHash({ username: 'ab', clientId: 'c', clientSecret: 'K' })).not.toBe(base);
  });
});
