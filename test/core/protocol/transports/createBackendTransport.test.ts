import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoConfirmClient } from '../../../../src/core/protocol/createCognitoConfirmClient';
import { createBackendTransport } from '../../../../src/core/protocol/transports/createBackendTransport';
import { createConfirmationHandler } from '../../../../src/server/createConfirmationHandler';
import { expectExpiredSessionRefused, expectResendThenConfirm, expectSignInAfterConfirm } from '../../../support/confirmFlow';
import { startEmulator, type Emulator } from '../../../support/emulator.mjs';
import { harnessClient } from '../../../support/harnessClient.mjs';
import { serveFetchHandler, type ServedHandler } from '../../../support/serveFetchHandler';

let emulator: Emulator;
let backend: ServedHandler;
let csrfSeen: Array<string | null> = [];

beforeAll(async () => {
  emulator = await startEmulator();
  const handler = createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: () => '192.0.2.10',
    beforeForward: (request) => {
      csrfSeen.push(request.headers.get('x-csrf-token'));
    },
  });
  backend = await serveFetchHandler(handler);
});
afterAll(async () => {
  await backend?.close();
  await emulator?.stop();
});

describe('createBackendTransport through createConfirmationHandler to the emulator', () => {
  it('confirms a user of an app client with a secret, the SecretHash added on the server', async () => {
    csrfSeen = [];
    let token = 0;
    const client = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.secretClientId,
      transport: createBackendTransport({ url: `${backend.url}cognito`, headers: () => ({ 'x-csrf-token': `t${++token}` }) }),
      analytics: 'pinpoint-3',
      contextData: { encodedData: 'app-given-encoded' },
      clientMetadata: { via: 'bff' },
    });
    const { user, resendBody } = await expectResendThenConfirm(client, harnessClient(emulator.endpoint), {
      prefix: 'bff',
      signUpClientId: emulator.secretClientId,
    });
    const reference = createHmac('sha256', emulator.clientSecret)
      .update(user.username + emulator.secretClientId)
      .digest('base64');
    expect(resendBody).toEqual({
      ClientId: emulator.secretClientId,
      Username: user.username,
      SecretHash: reference,
      UserContextData: { EncodedData: 'app-given-encoded', IpAddress: '192.0.2.10' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-3' },
      ClientMetadata: { via: 'bff' },
    });
    // Each call read the header function anew, and the app's hook saw it.
    expect(csrfSeen.slice(0, 2)).toEqual(['t1', 't2']);
  });

  it('passes Cognito errors through unchanged in shape, and maps handler refusals the same way', async () => {
    const client = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.secretClientId,
      transport: createBackendTransport({ url: backend.url }),
    });
    await expect(client.resendConfirmationCode({ username: 'nobody_here' })).rejects.toMatchObject({
      code: 'UserNotFoundException',
      httpStatus: 400,
    });

    const foreign = createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.clientId,
      transport: createBackendTransport({ url: backend.url }),
    });
    await expect(foreign.resendConfirmationCode({ username: 'someone' })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      httpStatus: 403,
      field: 'ClientId',
    });
  });
});

describe('createBackendTransport: signed in right after confirming, SECRET_HASH added on the server', () => {
  const hash = (username: string) =>
    createHmac('sha256', emulator.clientSecret)
      .update(username + emulator.secretClientId)
      .digest('base64');
  const client = () =>
    createCognitoConfirmClient({
      userPoolId: emulator.userPoolId,
      clientId: emulator.secretClientId,
      transport: createBackendTransport({ url: backend.url }),
    });

  it('SignUp → ConfirmSignUp with its Session → signInWithSession: tokens; the browser never sent a SecretHash', async () => {
    const { user, requests } = await expectSignInAfterConfirm(client(), harnessClient(emulator.endpoint), {
      prefix: 'bffsignin',
      signUpClientId: emulator.secretClientId,
      secretHash: hash,
    });
    const [confirm, signIn] = requests.filter((r) => r.target !== 'SignUp');
    expect(confirm!.body).toMatchObject({ Session: expect.any(String), SecretHash: hash(user.username) });
    expect(signIn!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: user.username, SECRET_HASH: hash(user.username) },
      ClientId: emulator.secretClientId,
      Session: expect.any(String),
      UserContextData: { IpAddress: '192.0.2.10' },
    });
  });

  it('refuses an expired Session with NotAuthorizedException', async () => {
    await expectExpiredSessionRefused(client(), harnessClient(emulator.endpoint), 'bffexpired', {
      clientId: emulator.secretClientId,
      secretHash: hash,
    });
  });
});
