import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackendTransport, HUMAN_TOKEN_HEADER } from '../../../../src/core/protocol/transports/createBackendTransport';
import { serveFetchHandler, type ServedHandler } from '../../../support/serveFetchHandler';

// A real HTTP server standing in for the app's endpoint, recording what the transport sent.
const received: Array<{ operation: string; token: string | null }> = [];
let server: ServedHandler;
beforeAll(async () => {
  server = await serveFetchHandler(async (request) => {
    const { operation } = (await request.json()) as { operation: string };
    received.push({ operation, token: request.headers.get(HUMAN_TOKEN_HEADER) });
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  });
});
afterAll(() => server.close());

describe('createBackendTransport human-check token', () => {
  it('asks getHumanToken for sends only, lets a per-call token win, and sends no header without a token', async () => {
    const getHumanToken = vi.fn(async () => 'from-option');
    const transport = createBackendTransport({ url: server.url, getHumanToken });
    received.length = 0;
    await transport.send('ResendConfirmationCode', { ClientId: 'c', Username: 'u' });
    await transport.send('GetUserAttributeVerificationCode', { AccessToken: 't', AttributeName: 'email' });
    await transport.send('ConfirmSignUp', { ClientId: 'c', Username: 'u', ConfirmationCode: '123456' });
    await transport.send('VerifyUserAttribute', { AccessToken: 't', AttributeName: 'email', Code: '123456' });
    await transport.send('ResendConfirmationCode', { ClientId: 'c', Username: 'u' }, { humanToken: 'per-call' });
    expect(received).toEqual([
      { operation: 'ResendConfirmationCode', token: 'from-option' },
      { operation: 'GetUserAttributeVerificationCode', token: 'from-option' },
      { operation: 'ConfirmSignUp', token: null },
      { operation: 'VerifyUserAttribute', token: null },
      { operation: 'ResendConfirmationCode', token: 'per-call' },
    ]);
    expect(getHumanToken.mock.calls).toEqual([['ResendConfirmationCode'], ['GetUserAttributeVerificationCode']]);

    received.length = 0;
    await createBackendTransport({ url: server.url, getHumanToken: async () => undefined }).send('ResendConfirmationCode', {
      ClientId: 'c',
      Username: 'u',
    });
    await createBackendTransport({ url: server.url }).send('ResendConfirmationCode', { ClientId: 'c', Username: 'u' });
    expect(received.map((entry) => entry.token)).toEqual([null, null]);
  });
});
