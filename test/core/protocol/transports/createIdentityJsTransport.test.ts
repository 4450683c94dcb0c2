import { CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import { createIdentityJsTransport } from '../../../../src/core/protocol/transports/createIdentityJsTransport';
import { expectExpiredSessionRefused, expectResendThenConfirm, expectSignInAfterConfirm } from '../../../support/confirmFlow';
import { harnessClient } from '../../../support/harnessClient.mjs';
import { serveFetchHandler } from '../../../support/serveFetchHandler';

const emulator = inject('cognitoEmulator');
const harness = harnessClient(emulator.endpoint);
type WithGlobal = typeof globalThis & { AmazonCognitoAdvancedSecurityData?: unknown };

// Only the hanging server needs a short timeout; real answers get the default, so a loaded machine
// does not turn a slow emulator answer into a TimeoutError.
function clientThroughSdk(endpoint: string, extra: Partial<Parameters<typeof createCognitoConfirmClient>[0]> = {}, timeoutMs?: number) {
  const userPool = new CognitoUserPool({ UserPoolId: emulator.userPoolId, ClientId: emulator.clientId, endpoint });
  return createCognitoConfirmClient({
    userPoolId: emulator.userPoolId,
    clientId: emulator.clientId,
    transport: createIdentityJsTransport(userPool, timeoutMs !== undefined ? { timeoutMs } : {}),
    ...extra,
  });
}

afterEach(() => {
  delete (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData;
});

describe('createIdentityJsTransport against the emulator', () => {
  it('resends and confirms through the SDK, sending the fields its own resendConfirmationCode drops', async () => {
    (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData = { getData: () => 'encoded-by-script' };
    const client = clientThroughSdk(emulator.endpoint, { analytics: 'pinpoint-2', clientMetadata: { via: 'sdk' } });
    const { user, resendBody, requests } = await expectResendThenConfirm(client, harness, {
      prefix: 'idjs',
      resendInput: { secretHash: 'aGFzaA==', userContextData: { IpAddress: '198.51.100.4' } },
    });
    expect(resendBody).toEqual({
      ClientId: emulator.clientId,
      Username: user.username,
      SecretHash: 'aGFzaA==',
      UserContextData: { IpAddress: '198.51.100.4', EncodedData: 'encoded-by-script' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-2' },
      ClientMetadata: { via: 'sdk' },
    });
    // Proof that the request went through the SDK's own client: it sets its user agent header.
    const resend = requests.find((r) => r.target === 'ResendConfirmationCode');
    expect(resend?.headers['x-amz-user-agent']).toMatch(/aws-amplify|amazon-cognito/i);
  });

  it('maps SDK errors: Cognito exceptions, network failure, timeout and an unreadable body', async () => {
    await expect(clientThroughSdk(emulator.endpoint).resendConfirmationCode({ username: 'nobody_here' })).rejects.toMatchObject({
      code: 'UserNotFoundException',
    });

    const closed = await serveFetchHandler(() => new Response('{}'));
    await closed.close();
    await expect(clientThroughSdk(closed.url).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'NetworkError',
      retryable: true,
    });

    const hanging = await serveFetchHandler(() => new Promise<Response>(() => {}));
    await expect(clientThroughSdk(hanging.url, {}, 200).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'TimeoutError',
    });
    await hanging.close();

    const html = await serveFetchHandler(() => new Response('<h1>502</h1>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await expect(clientThroughSdk(html.url).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'InvalidResponseError',
    });
    await html.close();
  });

  it('refuses something that is not a CognitoUserPool', () => {
    expect(() => createIdentityJsTransport({} as never)).toThrow(expect.objectContaining({ code: 'ValidationError', field: 'userPool' }));
  });
});

describe('createIdentityJsTransport: signed in right after confirming', () => {
  function poolAndClient() {
    // Its own storage (the SDK's Node default is one memory shared by every pool), as a page's localStorage.
    const items = new Map<string, string>();
    const Storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
      clear: () => items.clear(),
    };
    const userPool = new CognitoUserPool({
      UserPoolId: emulator.userPoolId,
      ClientId: emulator.clientId,
      endpoint: emulator.endpoint,
      Storage,
    });
    const client = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.clientId,
      transport: createIdentityJsTransport(userPool),
    });
    return { userPool, client };
  }

  it("signs in with ConfirmSignUp's Session, and the SDK's own getCurrentUser().getSession() finds the person signed in", async () => {
    const { userPool, client } = poolAndClient();
    expect(userPool.getCurrentUser()).toBeNull();
    const { user, answer, requests } = await expectSignInAfterConfirm(client, harness, { prefix: 'idjssignin' });
    expect(requests.find((r) => r.target === 'InitiateAuth')?.headers['x-amz-user-agent']).toMatch(/aws-amplify|amazon-cognito/i);

    const current = userPool.getCurrentUser();
    expect(current?.getUsername()).toBe(user.username);
    const session = await new Promise<CognitoUserSession>((resolve, reject) =>
      current!.getSession((error: Error | null, value: CognitoUserSession | null) => (error ? reject(error) : resolve(value!))),
    );
    expect(session.isValid()).toBe(true);
    const result = answer.AuthenticationResult!;
    expect(session.getAccessToken().getJwtToken()).toBe(result.AccessToken);
    expect(session.getIdToken().getJwtToken()).toBe(result.IdToken);
    expect(session.getRefreshToken().getToken()).toBe(result.RefreshToken);
    expect(session.getIdToken().payload['cognito:username']).toBe(user.username);
    // The SDK's refresh works with what was stored.
    const refreshed = await new Promise<CognitoUserSession>((resolve, reject) =>
      current!.refreshSession(session.getRefreshToken(), (error: Error | null, value: CognitoUserSession | null) =>
        error ? reject(error) : resolve(value!),
      ),
    );
    expect(refreshed.isValid()).toBe(true);
  });

  it('stores nothing when the Session is refused (expired)', async () => {
    const { userPool, client } = poolAndClient();
    await expectExpiredSessionRefused(client, harness, 'idjsexpired');
    expect(userPool.getCurrentUser()).toBeNull();
  });

  it('refuses a pool whose storage cannot keep the tokens, rather than signing in halfway', async () => {
    const { userPool } = poolAndClient();
    (userPool as unknown as { storage: unknown }).storage = {};
    const client = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.clientId,
      transport: createIdentityJsTransport(userPool),
    });
    await expect(expectSignInAfterConfirm(client, harness, { prefix: 'idjsnostore' })).rejects.toMatchObject({
      code: 'InvalidResponseError',
    });
  });
});
