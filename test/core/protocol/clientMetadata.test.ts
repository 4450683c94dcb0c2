import { describe, expect, it } from 'vitest';
import { createCognitoConfirmClient } from '../../../src/core/protocol/createCognitoConfirmClient';
import type { Transport } from '../../../src/core/protocol/transports/Transport';

function recordingClient(clientMetadata?: unknown) {
  const sent: unknown[] = [];
  const transport: Transport = {
    async send(_operation, params) {
      sent.push(params);
      return {} as never;
    },
  };
  const client = createCognitoConfirmClient({
    userPoolId: 'eu-west-1_Meta1',
    clientId: 'c',
    transport,
    contextData: false,
    ...(clientMetadata !== undefined ? { clientMetadata: clientMetadata as never } : {}),
  });
  return { client, sent };
}

// What a spread made of these before: ['a'] → {"0":"a"}, 'abc' → {"0":"a","1":"b","2":"c"} or {}.
const NOT_A_MAP: unknown[] = [['a'], 'abc', 42, true, null, new Map([['a', 'b']]), new Date(0)];

describe('clientMetadata is a string→string map on the client too', () => {
  it.each(NOT_A_MAP)('refuses %j per call with a ValidationError naming ClientMetadata, sending nothing', async (bad) => {
    const { client, sent } = recordingClient();
    for (const call of [
      () => client.resendConfirmationCode({ username: 'u', clientMetadata: bad as never }),
      () => client.confirmSignUp({ username: 'u', code: '123456', clientMetadata: bad as never }),
      () => client.getUserAttributeVerificationCode({ accessToken: 'a.b.c', attributeName: 'email', clientMetadata: bad as never }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'ValidationError', field: 'ClientMetadata', rule: 'type' });
    }
    expect(sent).toHaveLength(0);
  });

  it.each(NOT_A_MAP)('refuses %j as the client default when the client is made', (bad) => {
    expect(() => recordingClient(bad)).toThrow(expect.objectContaining({ code: 'ValidationError', field: 'ClientMetadata' }));
  });

  it('refuses nested objects and non-string values by key, and merges valid maps (the call wins)', async () => {
    const { client, sent } = recordingClient({ app: 'demo', locale: 'en' });
    await expect(client.resendConfirmationCode({ username: 'u', clientMetadata: { a: { b: 'c' } as never } })).rejects.toMatchObject({
      field: 'ClientMetadata.a',
    });
    expect(sent).toHaveLength(0);
    await client.resendConfirmationCode({ username: 'u', clientMetadata: { locale: 'de' } });
    expect(sent).toEqual([{ ClientId: 'c', Username: 'u', ClientMetadata: { app: 'demo', locale: 'de' } }]);
  });
});
