import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import { createFetchTransport } from '../../../../src/core/protocol/transports/createFetchTransport';
import {
  expectExpiredSessionRefused,
  expectResendThenConfirm,
  expectSignInAfterConfirm,
  signedInUser,
  uniqueUser,
} from '../../../support/confirmFlow';
import { harnessClient } from '../../../support/harnessClient.mjs';
import { serveFetchHandler, type ServedHandler } from '../../../support/serveFetchHandler';

const emulator = inject('cognitoEmulator');
const harness = harnessClient(emulator.endpoint);
type WithGlobal = typeof globalThis & { AmazonCognitoAdvancedSecurityData?: unknown };

function clientFor(endpoint: string, extra: Partial<Parameters<typeof createCognitoConfirmClient>[0]> = {}, timeoutMs?: number) {
  return createCognitoConfirmClient({
    userPoolId: emulator.userPoolId,
    clientId: emulator.clientId,
    transport: createFetchTransport({ endpoint, ...(timeoutMs !== undefined ? { timeoutMs } : {}) }),
    ...extra,
  });
}

afterEach(() => {
  delete (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData;
});

describe('createFetchTransport against the emulator', () => {
  it('resends a code that confirms the user while the old one fails with CodeMismatch', async () => {
    const { resendBody } = await expectResendThenConfirm(clientFor(emulator.endpoint), harness, { prefix: 'fetch' });
    expect(resendBody).toEqual({ ClientId: emulator.clientId, Username: expect.any(String) });
  });

  it('sends UserContextData, AnalyticsMetadata, ClientMetadata and SecretHash exactly as given', async () => {
    (globalThis as WithGlobal).AmazonCognitoAdvancedSecurityData = {
      getData: (username: string, pool: string, client: string) => `ctx:${username}:${pool}:${client}`,
    };
    const client = clientFor(emulator.endpoint, {
      analytics: async () => 'pinpoint-endpoint-1',
      clientMetadata: { app: 'demo', locale: 'en' },
    });
    const { user, resendBody } = await expectResendThenConfirm(client, harness, {
      prefix: 'fetchfields',
      resendInput: { clientMetadata: { locale: 'de', flow: 'resend' }, secretHash: 'c2VjcmV0K2hhc2g=' },
    });
    expect(resendBody).toEqual({
      ClientId: emulator.clientId,
      Username: user.username,
      SecretHash: 'c2VjcmV0K2hhc2g=',
      UserContextData: { EncodedData: `ctx:${user.username}:${emulator.userPoolId}:${emulator.clientId}` },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-endpoint-1' },
      ClientMetadata: { app: 'demo', locale: 'de', flow: 'resend' },
    });
    const delivered = (await harness.messages()).findLast((m) => m.username === user.username && m.source !== 'SignUp');
    expect(delivered?.clientMetadata).toEqual({ app: 'demo', locale: 'de', flow: 'resend' });
  });

  it('maps an unknown user and an unknown client to their Cognito exceptions', async () => {
    await expect(clientFor(emulator.endpoint).resendConfirmationCode({ username: 'nobody_here' })).rejects.toMatchObject({
      code: 'UserNotFoundException',
      httpStatus: 400,
    });
    const otherClient = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: 'unknownclient123',
      transport: createFetchTransport({ endpoint: emulator.endpoint }),
    });
    await expect(otherClient.resendConfirmationCode({ username: 'someone' })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
  });

  it('makes no request at all for bad input', async () => {
    let calls = 0;
    const client = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.clientId,
      transport: createFetchTransport({
        endpoint: emulator.endpoint,
        fetch: (...args) => {
          calls += 1;
          return fetch(...args);
        },
      }),
    });
    const { username } = uniqueUser('bad');
    await expect(client.resendConfirmationCode({ username: `${username} ` })).rejects.toMatchObject({
      code: 'ValidationError',
      field: 'Username',
    });
    await expect(client.confirmSignUp({ username, code: '12 34' })).rejects.toMatchObject({ field: 'ConfirmationCode' });
    await expect(client.resendConfirmationCode({ username, clientMetadata: { n: 1 as unknown as string } })).rejects.toMatchObject({
      field: 'ClientMetadata.n',
    });
    await expect(client.getUserAttributeVerificationCode({ accessToken: 'x y', attributeName: 'email' })).rejects.toMatchObject({
      field: 'AccessToken',
    });
    await expect(client.verifyUserAttribute({ accessToken: 'abc', attributeName: 'email', code: '' })).rejects.toMatchObject({
      field: 'Code',
    });
    expect(calls).toBe(0);
    expect((await harness.requests()).some((r) => JSON.stringify(r.body).includes(username))).toBe(false);
  });

  it('checks its configuration up front', () => {
    expect(() =>
      createCognitoConfirmClient({ userPoolId: 'nope', clientId: 'c', transport: createFetchTransport({ region: 'eu-west-1' }) }),
    ).toThrow(expect.objectContaining({ code: 'ValidationError', field: 'userPoolId' }));
    expect(() =>
      createCognitoConfirmClient({
        userPoolId: 'eu-west-1_a1',
        clientId: 'bad id',
        transport: createFetchTransport({ region: 'eu-west-1' }),
      }),
    ).toThrow(expect.objectContaining({ field: 'ClientId' }));
    expect(() => createFetchTransport({} as never)).toThrow(expect.objectContaining({ code: 'ValidationError' }));
  });

  it('derives the AWS endpoint and headers from the region', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const transport = createFetchTransport({
      region: 'eu-west-1',
      fetch: async (url, init) => {
        seen.push({ url: String(url), init: init! });
        return new Response('{"CodeDeliveryDetails":{"Destination":"j***@e***.com","DeliveryMedium":"EMAIL","AttributeName":"email"}}');
      },
    });
    await transport.send('ResendConfirmationCode', { ClientId: 'c', Username: 'u' });
    expect(seen[0]!.url).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(seen[0]!.init.headers).toMatchObject({
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'AWSCognitoIdentityProviderService.ResendConfirmationCode',
    });
  });
});

describe('createFetchTransport when the network or server misbehaves', () => {
  let broken: ServedHandler;
  let mode: 'hang' | 'html502' | 'text200' | 'headerOnly' | 'array200' = 'hang';
  beforeAll(async () => {
    broken = await serveFetchHandler(async (request) => {
      await request.text();
      if (mode === 'hang') return new Promise<Response>(() => {});
      if (mode === 'html502') return new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
      if (mode === 'text200') return new Response('OK');
      if (mode === 'array200') return new Response('[]');
      return new Response('', {
        status: 400,
        headers: { 'x-amzn-errortype': 'TooManyRequestsException:http://internal.amazon.com/', 'retry-after': '7' },
      });
    });
  });
  afterAll(() => broken.close());

  it('reports TimeoutError (retryable) when no answer comes in time', async () => {
    mode = 'hang';
    await expect(clientFor(broken.url, {}, 100).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'TimeoutError',
      retryable: true,
    });
  });

  it('reports AbortError (not retryable) when the caller aborts, before or during the request', async () => {
    mode = 'hang';
    const client = clientFor(broken.url);
    const before = new AbortController();
    before.abort();
    await expect(client.resendConfirmationCode({ username: 'alice' }, { signal: before.signal })).rejects.toMatchObject({
      code: 'AbortError',
    });

    const during = new AbortController();
    const pending = client.resendConfirmationCode({ username: 'alice' }, { signal: during.signal });
    queueMicrotask(() => during.abort());
    await expect(pending).rejects.toMatchObject({ code: 'AbortError', retryable: false });
  });

  it('reports NetworkError when nothing listens', async () => {
    const closed = await serveFetchHandler(() => new Response('{}'));
    await closed.close();
    await expect(clientFor(closed.url).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'NetworkError',
      retryable: true,
    });
  });

  it('reports InvalidResponseError for bodies Cognito never sends', async () => {
    mode = 'html502';
    await expect(clientFor(broken.url).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'InvalidResponseError',
      httpStatus: 502,
      retryable: true,
    });
    mode = 'text200';
    await expect(clientFor(broken.url).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'InvalidResponseError',
      httpStatus: 200,
      retryable: false,
    });
    mode = 'array200';
    await expect(clientFor(broken.url).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'InvalidResponseError',
    });
  });

  it('reads the error type from x-amzn-errortype when the body has none', async () => {
    mode = 'headerOnly';
    await expect(clientFor(broken.url).resendConfirmationCode({ username: 'alice' })).rejects.toMatchObject({
      code: 'TooManyRequestsException',
      retryable: true,
      retryAfterMs: 7_000,
    });
  });
});

describe('attribute verification against the emulator', () => {
  it('asks for a code for a signed-in user and verifies the attribute with it', async () => {
    const client = clientFor(emulator.endpoint);
    const { user, accessToken } = await signedInUser(emulator, 'attr');

    const before = (await harness.messages()).filter((m) => m.username === user.username).length;
    const sent = await client.getUserAttributeVerificationCode({
      accessToken,
      attributeName: 'email',
      clientMetadata: { why: 'reverify' },
    });
    expect(sent.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: user.email });
    const delivered = (await harness.messages()).filter((m) => m.username === user.username);
    expect(delivered).toHaveLength(before + 1);
    const code = delivered.at(-1)!.code;

    await expect(
      client.verifyUserAttribute({ accessToken, attributeName: 'email', code: code === '000000' ? '111111' : '000000' }),
    ).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    await expect(client.verifyUserAttribute({ accessToken, attributeName: 'email', code })).resolves.toEqual({});
    const body = (await harness.requests()).find(
      (r) => r.target === 'GetUserAttributeVerificationCode' && r.body?.AccessToken === accessToken,
    )?.body;
    expect(body).toEqual({ AccessToken: accessToken, AttributeName: 'email', ClientMetadata: { why: 'reverify' } });
  });
});

describe('createFetchTransport: signed in right after confirming', () => {
  it('SignUp → ConfirmSignUp with its Session → signInWithSession: tokens, the Session used once', async () => {
    const client = clientFor(emulator.endpoint, { contextData: false });
    const { user, answer, signUpSession, requests } = await expectSignInAfterConfirm(client, harness, { prefix: 'fetchsignin' });
    expect(requests.map((r) => r.target)).toEqual(['SignUp', 'ConfirmSignUp', 'InitiateAuth', 'InitiateAuth']);
    expect(requests[1]!.body.Session).toBe(signUpSession);
    expect(requests[2]!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: user.username },
      ClientId: emulator.clientId,
      Session: expect.any(String),
    });
    expect(answer.AuthenticationResult!.ExpiresIn).toBeGreaterThan(0);
  });

  it('refuses an expired Session, and a client without ALLOW_USER_AUTH, as Cognito does', async () => {
    await expectExpiredSessionRefused(clientFor(emulator.endpoint), harness, 'fetchexpired');

    const user = uniqueUser('fetchnoflow');
    const signedUp = await harness.signUp({ ...user, clientId: emulator.noUserAuthClientId });
    expect(signedUp.Session).toBeUndefined();
    const noFlow = clientFor(emulator.endpoint, { clientId: emulator.noUserAuthClientId });
    const confirmed = await noFlow.confirmSignUp({ username: user.username, code: (await harness.latestCode(user.username))! });
    expect(confirmed.Session).toBeUndefined();
    await expect(noFlow.signInWithSession({ username: user.username, session: 'x'.repeat(64) })).rejects.toMatchObject({
      code: 'InvalidParameterException',
      message: 'USER_AUTH flow not enabled for this client',
    });
  });

  it('refuses a bad input before any request, naming the field', async () => {
    let calls = 0;
    const counting = await serveFetchHandler(() => {
      calls += 1;
      return new Response('{}');
    });
    try {
      const client = clientFor(counting.url);
      for (const [input, field] of [
        [{ username: 'alice' }, 'Session'],
        [{ username: 'alice', session: 'short' }, 'Session'],
        [{ username: '', session: 's'.repeat(20) }, 'AuthParameters.USERNAME'],
        [{ session: 's'.repeat(20) }, 'AuthParameters.USERNAME'],
        [{ username: 'has space', session: 's'.repeat(20) }, 'AuthParameters.USERNAME'],
        [{ username: 'alice', session: 's'.repeat(20), secretHash: 'not a hash' }, 'AuthParameters.SECRET_HASH'],
        [{ username: 'alice', session: 's'.repeat(20), clientMetadata: ['x'] }, 'ClientMetadata'],
      ] as const) {
        await expect(client.signInWithSession(input as never)).rejects.toMatchObject({ code: 'ValidationError', field });
      }
      expect(calls).toBe(0);
      // An answer with neither tokens nor a challenge is not a sign-in.
      await expect(client.signInWithSession({ username: 'alice', session: 's'.repeat(20) })).rejects.toMatchObject({
        code: 'InvalidResponseError',
      });
      expect(calls).toBe(1);
    } finally {
      await counting.close();
    }
  });
});
