// @vitest-environment node
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_EMULATOR_IDS, emulatorIds, startEmulator, type Emulator } from './emulator.mjs';
import { harnessClient } from './harnessClient.mjs';

const AMZ_JSON = 'application/x-amz-json-1.1';

interface CallResult {
  status: number;
  body: any;
}

async function call(
  emu: Pick<Emulator, 'endpoint'>,
  operation: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<CallResult> {
  const response = await fetch(emu.endpoint, {
    method: 'POST',
    headers: {
      'content-type': AMZ_JSON,
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const emailOf = (username: string) => `${username}@example.com`;

function signUp(emu: Emulator, username: string, clientId = emu.clientId, extra: object = {}) {
  return call(emu, 'SignUp', {
    ClientId: clientId,
    Username: username,
    Password: 'Passw0rd!',
    UserAttributes: [{ Name: 'email', Value: emailOf(username) }],
    ...extra,
  });
}

function resend(emu: Emulator, username: string, extra: object = {}) {
  return call(emu, 'ResendConfirmationCode', { ClientId: emu.clientId, Username: username, ...extra });
}

function confirm(emu: Emulator, username: string, code: string | undefined) {
  return call(emu, 'ConfirmSignUp', { ClientId: emu.clientId, Username: username, ConfirmationCode: code });
}

function secretHash(username: string, clientId: string, clientSecret: string) {
  return createHmac('sha256', clientSecret)
    .update(username + clientId)
    .digest('base64');
}

describe('startEmulator', () => {
  let emu: Emulator;

  beforeAll(async () => {
    emu = await startEmulator();
  });

  afterAll(async () => {
    await emu?.stop();
  });

  it('seeds one pool with a public app client and one with a secret', async () => {
    expect(emu.endpoint).toBe(`http://127.0.0.1:${emu.port}/`);
    expect(emu.userPoolId).toMatch(/^local_/);
    expect(emu.clientId).not.toBe(emu.secretClientId);

    const secretClient = await call(emu, 'DescribeUserPoolClient', {
      UserPoolId: emu.userPoolId,
      ClientId: emu.secretClientId,
    });
    expect(secretClient.body.UserPoolClient.ClientSecret).toBe(emu.clientSecret);
    const publicClient = await call(emu, 'DescribeUserPoolClient', {
      UserPoolId: emu.userPoolId,
      ClientId: emu.clientId,
    });
    expect(publicClient.body.UserPoolClient.ClientSecret).toBeUndefined();
    // Seeding goes through the targets directly, so the request log starts with the calls above.
    expect(emu.requests.map((r) => r.target)).toEqual(['DescribeUserPoolClient', 'DescribeUserPoolClient']);
  });

  it('records the code SignUp delivers (plain username, code sent to the email)', async () => {
    const result = await signUp(emu, 'signup-user');

    expect(result.status).toBe(200);
    expect(result.body.CodeDeliveryDetails).toEqual({
      Destination: 'signup-user@example.com',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    expect(emu.messages.at(-1)).toEqual({
      username: 'signup-user',
      destination: 'signup-user@example.com',
      medium: 'EMAIL',
      code: expect.stringMatching(/^\d{6}$/),
      source: 'SignUp',
      at: expect.any(Number),
    });
    expect(emu.latestCode('signup-user')).toBe(emu.messages.at(-1)?.code);
  });

  it('ResendConfirmationCode replaces the code: the old one mismatches, the new one confirms', async () => {
    await signUp(emu, 'resend-user');
    const oldCode = emu.latestCode('resend-user');

    const resent = await resend(emu, 'resend-user', { ClientMetadata: { screen: 'confirm' } });

    expect(resent).toEqual({
      status: 200,
      body: {
        CodeDeliveryDetails: {
          Destination: 'resend-user@example.com',
          DeliveryMedium: 'EMAIL',
          AttributeName: 'email',
        },
      },
    });
    const newCode = emu.latestCode('resend-user');
    expect(newCode).toMatch(/^\d{6}$/);
    expect(newCode).not.toBe(oldCode);
    expect(emu.messages.at(-1)).toMatchObject({
      username: 'resend-user',
      source: 'ResendCode',
      clientMetadata: { screen: 'confirm' },
    });

    const withOldCode = await confirm(emu, 'resend-user', oldCode);
    expect(withOldCode.status).toBe(400);
    expect(withOldCode.body.__type).toBe('CodeMismatchException');

    expect(await confirm(emu, 'resend-user', newCode)).toEqual({ status: 200, body: { Session: expect.any(String) } });

    const afterConfirm = await resend(emu, 'resend-user');
    expect(afterConfirm.status).toBe(400);
    expect(afterConfirm.body).toEqual({
      __type: 'InvalidParameterException',
      message: 'User is already confirmed.',
    });
  });

  it('answers ConfirmSignUp for an already confirmed user as Cognito does (NotAuthorizedException), not ExpiredCodeException', async () => {
    await signUp(emu, 'twice-user');
    const code = emu.latestCode('twice-user');
    expect(await confirm(emu, 'twice-user', code)).toEqual({ status: 200, body: { Session: expect.any(String) } });

    for (const again of [code, '000000']) {
      const answer = await confirm(emu, 'twice-user', again);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        __type: 'NotAuthorizedException',
        message: 'User cannot be confirmed. Current status is CONFIRMED',
      });
    }
    // Everything else still goes to the emulator's own target.
    await signUp(emu, 'twice-other');
    expect((await confirm(emu, 'twice-other', '000000')).body.__type).toBe('CodeMismatchException');
    expect((await confirm(emu, 'nobody-confirms', '123456')).body.__type).toBe('NotAuthorizedException');
    expect((await call(emu, 'ConfirmSignUp', { ClientId: 'no-such-client', Username: 'x', ConfirmationCode: '1' })).body.__type).toBe(
      'ResourceNotFoundException',
    );
  });

  it('expireCode: the current code answers ExpiredCodeException as Cognito does after 24 hours; a resent code works', async () => {
    await signUp(emu, 'expiring-user');
    const code = emu.latestCode('expiring-user');
    await emu.expireCode('expiring-user');
    expect(await confirm(emu, 'expiring-user', code)).toEqual({
      status: 400,
      body: { __type: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' },
    });
    await expect(emu.expireCode('nobody-here')).rejects.toThrow(/no code to expire/);
    expect((await confirm(emu, 'expiring-user', code === '000000' ? '111111' : '000000')).body.__type).toBe('CodeMismatchException');

    expect((await resend(emu, 'expiring-user')).status).toBe(200);
    const fresh = emu.latestCode('expiring-user');
    expect(fresh).not.toBe(code);
    expect(await confirm(emu, 'expiring-user', fresh)).toEqual({ status: 200, body: { Session: expect.any(String) } });
  });

  it('answers UserNotFoundException for an unknown user, ResourceNotFoundException for an unknown client', async () => {
    const unknownUser = await resend(emu, 'nobody');
    expect(unknownUser.status).toBe(400);
    expect(unknownUser.body.__type).toBe('UserNotFoundException');

    const unknownClient = await call(emu, 'ResendConfirmationCode', { ClientId: 'no-such-client', Username: 'x' });
    expect(unknownClient.status).toBe(400);
    expect(unknownClient.body.__type).toBe('ResourceNotFoundException');
  });

  it('answers LimitExceededException (HTTP 400) past the resend limit, until reset()', async () => {
    await signUp(emu, 'limited-user');
    try {
      emu.setResendLimit(1);
      expect((await resend(emu, 'limited-user')).status).toBe(200);
      const sentBefore = emu.messages.length;

      const limited = await resend(emu, 'limited-user');

      expect(limited.status).toBe(400);
      expect(limited.body.__type).toBe('LimitExceededException');
      expect(emu.messages).toHaveLength(sentBefore);

      emu.reset();
      expect((await resend(emu, 'limited-user')).status).toBe(200);

      // The same limit, set over HTTP as another process would.
      const harness = harnessClient(emu.endpoint);
      await harness.setResendLimit(0);
      expect((await resend(emu, 'limited-user')).body.__type).toBe('LimitExceededException');
      await harness.setResendLimit(Infinity);
      expect((await resend(emu, 'limited-user')).status).toBe(200);
    } finally {
      emu.setResendLimit(Infinity);
    }
  });

  it('records request bodies exactly as sent, fields cognito-local ignores included', async () => {
    const hash = secretHash('secret-user', emu.secretClientId, emu.clientSecret);
    expect((await signUp(emu, 'secret-user', emu.secretClientId, { SecretHash: hash })).status).toBe(200);
    const sent = {
      ClientId: emu.secretClientId,
      Username: 'secret-user',
      SecretHash: hash,
      UserContextData: { IpAddress: '203.0.113.7', EncodedData: 'eyJwYXlsb2FkIjoiLi4uIn0=' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'pinpoint-endpoint-1' },
      ClientMetadata: { flow: 'sign-up', note: 'naïve ✓ "quoted"' },
    };
    const raw = JSON.stringify(sent);

    expect((await call(emu, 'ResendConfirmationCode', raw)).status).toBe(200);

    const recorded = emu.requests.findLast((r) => r.target === 'ResendConfirmationCode');
    expect(JSON.stringify(recorded?.body)).toBe(raw);
    expect(recorded?.body).toEqual(sent);
    expect(recorded?.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.ResendConfirmationCode');
    expect(recorded?.headers['content-type']).toBe(AMZ_JSON);
    expect(emu.messages.at(-1)?.clientMetadata).toEqual(sent.ClientMetadata);
  });

  it('records requests the emulator drops (wrong content type), and answers them like cognito-local does', async () => {
    const body = { ClientId: emu.clientId, Username: 'signup-user' };

    const result = await call(emu, 'ResendConfirmationCode', body, { 'content-type': 'application/json' });

    expect(result).toEqual({ status: 500, body: {} });
    expect(emu.requests.at(-1)).toMatchObject({
      target: 'ResendConfirmationCode',
      body,
      headers: { 'content-type': 'application/json' },
    });
  });

  it('serves the same log over /_harness/* for other processes', async () => {
    await signUp(emu, 'harness-user');
    const harness = harnessClient(emu.endpoint);

    expect(await harness.messages()).toEqual(emu.messages);
    expect(await harness.requests()).toEqual(emu.requests);
    expect(await harness.latestCode('harness-user')).toBe(emu.latestCode('harness-user'));
    expect(await harness.info()).toEqual({
      endpoint: emu.endpoint,
      userPoolId: emu.userPoolId,
      clientId: emu.clientId,
      secretClientId: emu.secretClientId,
      testOnlyClientSecret: emu.clientSecret,
      noUserAuthClientId: emu.noUserAuthClientId,
    });

    const viaClient = await harness.signUp({
      username: 'harness-user-2',
      password: 'Passw0rd!',
      email: 'h2@example.com',
    });
    expect(viaClient.CodeDeliveryDetails?.Destination).toBe('h2@example.com');
    await expect(harness.signUp({ username: 'harness-user-2', password: 'Passw0rd!', email: 'h2@example.com' })).rejects.toMatchObject({
      status: 400,
      code: 'UsernameExistsException',
    });

    const { messages, requests } = emu;
    await harness.reset();
    expect(emu.messages).toHaveLength(0);
    expect(emu.requests).toHaveLength(0);
    // Emptied in place: references taken earlier stay live.
    expect(messages).toBe(emu.messages);
    expect(requests).toBe(emu.requests);
  });

  it('keeps resend counters, logs and users separate between emulators in one process', async () => {
    const [a, b] = await Promise.all([startEmulator({ resendLimit: 1 }), startEmulator({ resendLimit: 1 })]);
    try {
      expect(a.port).not.toBe(b.port);
      await Promise.all([signUp(a, 'twin'), signUp(b, 'twin')]);

      expect((await resend(a, 'twin')).status).toBe(200);
      expect((await resend(a, 'twin')).body.__type).toBe('LimitExceededException');
      expect((await resend(b, 'twin')).status).toBe(200);
      b.setResendLimit(Infinity);
      expect((await resend(b, 'twin')).status).toBe(200);
      expect((await resend(a, 'twin')).body.__type).toBe('LimitExceededException');

      expect(a.messages.map((m) => m.source)).toEqual(['SignUp', 'ResendCode']);
      expect(b.messages.map((m) => m.source)).toEqual(['SignUp', 'ResendCode', 'ResendCode']);
      expect((await resend(emu, 'twin')).body.__type).toBe('UserNotFoundException');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

/** What an app would configure itself from: the ids GET /_harness/info answers. */
async function infoOf(emu: Emulator) {
  const { endpoint: _endpoint, ...ids } = await harnessClient(emu.endpoint).info();
  return ids;
}

describe('startEmulator: ids that survive a restart', () => {
  const dirs: string[] = [];
  const running: Emulator[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'emulator-ids-test-'));
    dirs.push(dir);
    return dir;
  };
  const start = async (options: Parameters<typeof startEmulator>[0] = {}) => {
    const emu = await startEmulator(options);
    running.push(emu);
    return emu;
  };
  afterEach(async () => {
    await Promise.all(running.splice(0).map((emu) => emu.stop()));
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('a restart on the same data dir answers the same ids, and the users signed up before are still there', async () => {
    const dataDir = await tempDir();
    const first = await start({ dataDir });
    const before = await infoOf(first);
    expect((await signUp(first, 'kept')).status).toBe(200);
    await first.stop();

    const second = await start({ dataDir });
    expect(await infoOf(second)).toEqual(before);
    // The app configured from the first start still reaches its pool: no ResourceNotFoundException.
    const again = await resend(second, 'kept');
    expect(again.status).toBe(200);
    expect(second.latestCode('kept')).toMatch(/^\d{6}$/);
    // One pool file, not one more per start.
    expect((await readdir(dataDir)).sort()).toEqual(['clients.json', `${before.userPoolId}.json`]);
  });

  it('a fresh data dir (the default temp dir) answers the same ids as well: the defaults', async () => {
    const a = await start();
    const b = await start({ dataDir: await tempDir() });
    const expected = {
      userPoolId: DEFAULT_EMULATOR_IDS.userPoolId,
      clientId: DEFAULT_EMULATOR_IDS.clientId,
      secretClientId: DEFAULT_EMULATOR_IDS.secretClientId,
      testOnlyClientSecret: DEFAULT_EMULATOR_IDS.clientSecret,
      noUserAuthClientId: DEFAULT_EMULATOR_IDS.noUserAuthClientId,
    };
    expect(await infoOf(a)).toEqual(expected);
    expect(await infoOf(b)).toEqual(expected);
    expect(a.userPoolId).toBe(expected.userPoolId);
  });

  it('ids given as options are the ones seeded, answered and working (secret hash included)', async () => {
    const ids = {
      userPoolId: 'eu-west-1_AbC123',
      clientId: '4tq1exampleclient0000000000',
      secretClientId: '7abcexample',
      clientSecret: 'app+secret_value',
      noUserAuthClientId: 'nouserauth',
    };
    const emu = await start({ ids });
    expect(await infoOf(emu)).toEqual({
      userPoolId: ids.userPoolId,
      clientId: ids.clientId,
      secretClientId: ids.secretClientId,
      testOnlyClientSecret: ids.clientSecret,
      noUserAuthClientId: ids.noUserAuthClientId,
    });
    expect((await signUp(emu, 'public')).status).toBe(200);
    const withSecret = await signUp(emu, 'secret', ids.secretClientId, {
      SecretHash: secretHash('secret', ids.secretClientId, ids.clientSecret),
    });
    expect(withSecret.status).toBe(200);
    expect(withSecret.body.Session).toEqual(expect.any(String));
    expect((await signUp(emu, 'no-auth', ids.noUserAuthClientId)).body.Session).toBeUndefined();
    const described = await call(emu, 'DescribeUserPoolClient', { UserPoolId: ids.userPoolId, ClientId: ids.secretClientId });
    expect(described.body.UserPoolClient).toMatchObject({ ClientSecret: ids.clientSecret, UserPoolId: ids.userPoolId });
  });

  it('a changed client id on a kept data dir takes effect; the pool and its users stay', async () => {
    const dataDir = await tempDir();
    const first = await start({ dataDir });
    await signUp(first, 'stays');
    await first.stop();
    const second = await start({ dataDir, ids: { clientId: 'renamedclient' } });
    expect(second.clientId).toBe('renamedclient');
    expect((await call(second, 'ResendConfirmationCode', { ClientId: 'renamedclient', Username: 'stays' })).status).toBe(200);
  });

  it.each([
    ['a number', { clientId: 42 }, 'clientId'],
    ['NaN', { clientSecret: Number.NaN }, 'clientSecret'],
    ['empty', { clientId: '' }, 'clientId'],
    ['a space', { clientId: 'a b' }, 'clientId'],
    ['a pool id without its region', { userPoolId: 'AbC123' }, 'userPoolId'],
    ['a pool id that walks out of the data dir', { userPoolId: '../../etc_passwd' }, 'userPoolId'],
    ['a pool id with a slash', { userPoolId: 'eu-west-1_a/b' }, 'userPoolId'],
    ['a pool id over 55 characters', { userPoolId: `eu-west-1_${'a'.repeat(46)}` }, 'userPoolId'],
    ['a client id over 128 characters', { secretClientId: 'a'.repeat(129) }, 'secretClientId'],
    ['a secret over 64 characters', { clientSecret: 'a'.repeat(65) }, 'clientSecret'],
    ['a non-ASCII letter', { noUserAuthClientId: 'clïent' }, 'noUserAuthClientId'],
    ['two clients with one id', { secretClientId: DEFAULT_EMULATOR_IDS.clientId }, 'secretClientId'],
    ['an unknown id', { poolId: 'eu-west-1_x' }, 'poolId'],
  ])('refuses %s before starting, naming the id', async (_name, ids, field) => {
    await expect(startEmulator({ ids: ids as never })).rejects.toMatchObject({ name: 'EmulatorIdError', field });
    expect(() => emulatorIds(ids as never)).toThrow(new RegExp(`^ids\\.${field} `));
  });

  it.each([null, 'eu-west-1_x', ['a'], 7])('refuses ids = %j (not an object of ids)', async (ids) => {
    await expect(startEmulator({ ids: ids as never })).rejects.toMatchObject({ name: 'EmulatorIdError', field: 'ids' });
  });

  it('the longest ids Cognito allows are taken', () => {
    const longest = {
      userPoolId: `eu-west-1_${'a'.repeat(45)}`,
      clientId: 'c'.repeat(128),
      secretClientId: 's'.repeat(128),
      clientSecret: '+'.repeat(64),
      noUserAuthClientId: 'n'.repeat(128),
    };
    expect(emulatorIds(longest)).toEqual(longest);
  });
});

// Present when vitest runs with the project config (its globalSetup starts a shared emulator).
const shared = inject('cognitoEmulator');

describe.runIf(shared)('the globalSetup emulator', () => {
  it('is reachable from a worker through inject() and the harness routes', async () => {
    const info = await harnessClient(shared.endpoint).info();
    expect(info).toEqual({
      endpoint: shared.endpoint,
      userPoolId: shared.userPoolId,
      clientId: shared.clientId,
      secretClientId: shared.secretClientId,
      testOnlyClientSecret: shared.clientSecret,
      noUserAuthClientId: shared.noUserAuthClientId,
    });
  });
});
