import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { createMemoryQuotaStore } from '../../../src/server/limits/createMemoryQuotaStore';
import { harnessClient } from '../../support/harnessClient.mjs';
import { setUpEmulator } from '../../support/setUpEmulator';

const emulator = setUpEmulator();
beforeEach(() => emulator.reset());

const quiet = { warn: vi.fn(), error: vi.fn() };
function handler(extra: Partial<ConfirmationHandlerOptions> = {}) {
  return createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    clientIp: clientIpFromHeader('x-test-ip'),
    logger: quiet,
    ...extra,
  } as ConfirmationHandlerOptions);
}

let n = 0;
const user = (prefix = 'q') => {
  n += 1;
  return `${prefix}_${process.pid}_${n}`;
};
/**
 * A user who exists (signed up, unconfirmed), so a resend really sends a code: the send quotas of the
 * person and the pool count codes sent, and a made-up name gets its points back.
 */
async function realUser(prefix = 'real') {
  const username = user(prefix);
  await harnessClient(emulator.endpoint).signUp({ username, email: `${username}@example.com`, password: 'Correct-Horse-9' });
  return username;
}
/** A confirmed user's access token for the handler's own app client (the emulator takes any SecretHash). */
async function signedInToken(username?: string) {
  const harness = harnessClient(emulator.endpoint);
  const name = username ?? (await realUser('signedin'));
  if (!username) {
    const code = await harness.latestCode(name);
    await harness.call('ConfirmSignUp', { ClientId: emulator.clientId, Username: name, ConfirmationCode: code });
  }
  const auth = await harness.call('InitiateAuth', {
    ClientId: emulator.secretClientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: name, PASSWORD: 'Correct-Horse-9' },
  });
  expect(auth.status).toBe(200);
  return { username: name, token: auth.body.AuthenticationResult.AccessToken as string };
}

function post(operation: string, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  return new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': '203.0.113.1', ...headers },
    body: JSON.stringify({ operation, params }),
  });
}
const resend = (username: string, ip = '203.0.113.1', headers: Record<string, string> = {}) =>
  post('ResendConfirmationCode', { Username: username }, { 'x-test-ip': ip, ...headers });
const sent = (target = 'ResendConfirmationCode') => emulator.requests.filter((r) => r.target === target).length;

async function expectLimited(response: Response, windowSeconds: number) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  const body = await response.json();
  expect(body).toEqual({ __type: 'LimitExceededException', message: expect.any(String) });
  return { retryAfter, body };
}

/** A token shaped like Cognito's access token (the emulator rejects its signature, which is fine: the quota counts attempts). */
function accessToken(sub: string, clientId = emulator.secretClientId) {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part({ sub, client_id: clientId, token_use: 'access', jti: Math.random() })}.sig`;
}

describe('send quotas (memory store)', () => {
  it('refuses the person after their quota with 429, Retry-After and LimitExceededException, before Cognito', async () => {
    const handle = handler({ limits: { sendsPerUser: { limit: 2, windowSeconds: 600 } } });
    const name = await realUser();
    expect((await handle(resend(name))).status).toBe(200);
    expect((await handle(resend(name))).status).toBe(200);
    const { retryAfter, body } = await expectLimited(await handle(resend(name)), 600);
    expect(retryAfter).toBeGreaterThan(590);
    expect(body.message).toMatch(/this account/);
    // Another case of the same name is the same person to Cognito, and to the quota.
    await expectLimited(await handle(resend(name.toUpperCase())), 600);
    expect(sent()).toBe(2);
    // Someone else is not affected.
    expect((await handle(resend(await realUser()))).status).toBe(200);
    expect(sent()).toBe(3);
  });

  it('checks the person before the IP: a blocked person does not use up their network’s quota', async () => {
    const handle = handler({ limits: { sendsPerUser: { limit: 1, windowSeconds: 600 }, sendsPerIp: { limit: 3, windowSeconds: 600 } } });
    const blocked = await realUser();
    expect((await handle(resend(blocked))).status).toBe(200);
    for (let i = 0; i < 10; i += 1) await expectLimited(await handle(resend(blocked)), 600);
    // Two more people behind the same NAT (made-up names: the IP quota counts attempts) get through: the IP used 3, not 13.
    expect((await handle(resend(user()))).status).toBe(400);
    expect((await handle(resend(user()))).status).toBe(400);
    const { body } = await expectLimited(await handle(resend(user())), 600);
    expect(body.message).toMatch(/this network/);
    expect(sent()).toBe(3);
  });

  it('gives the person their point back when the IP refuses', async () => {
    const handle = handler({ limits: { sendsPerUser: { limit: 1, windowSeconds: 600 }, sendsPerIp: { limit: 1, windowSeconds: 600 } } });
    await handle(resend(user(), '198.51.100.1'));
    const victim = user();
    // Sent from the exhausted IP: refused by the IP quota…
    await expectLimited(await handle(resend(victim, '198.51.100.1')), 600);
    // …so the victim's own single send is still there from another network.
    expect((await handle(resend(victim, '198.51.100.2'))).status).toBe(400);
    expect(sent()).toBe(2);
  });

  it('groups IPv6 callers by /64', async () => {
    const handle = handler({ limits: { sendsPerIp: { limit: 2, windowSeconds: 600 } } });
    await handle(resend(user(), '2001:db8:0:1::1'));
    await handle(resend(user(), '2001:db8:0:1::2'));
    await expectLimited(await handle(resend(user(), '2001:db8:0:1:ffff::3')), 600);
    expect((await handle(resend(user(), '2001:db8:0:2::1'))).status).toBe(400);
  });

  it('trips the pool-wide ceiling for everyone and refunds the person and IP', async () => {
    const handle = handler({ limits: { sendsPerPool: { limit: 2, windowSeconds: 600 }, sendsPerUser: { limit: 1, windowSeconds: 600 } } });
    expect((await handle(resend(await realUser(), '192.0.2.1'))).status).toBe(200);
    expect((await handle(resend(await realUser(), '192.0.2.2'))).status).toBe(200);
    const late = await realUser();
    const { body } = await expectLimited(await handle(resend(late, '192.0.2.3')), 600);
    expect(body.message).toMatch(/paused/);
    expect(sent()).toBe(2);
    // With the breaker tripped nobody gets through, but "late" was refunded: a fresh pool shows it.
    const fresh = handler({ limits: { sendsPerUser: { limit: 1, windowSeconds: 600 } } });
    expect((await fresh(resend(late))).status).toBe(200);
  });

  it('counts GetUserAttributeVerificationCode by the token’s subject, across token refreshes', async () => {
    const handle = handler({ limits: { sendsPerUser: { limit: 1, windowSeconds: 600 } } });
    const send = (token: string) => handle(post('GetUserAttributeVerificationCode', { AccessToken: token, AttributeName: 'email' }));
    const first = await signedInToken();
    expect((await send(first.token)).status).toBe(200);
    // A new token of the same person (signed in again) is the same quota.
    const refreshed = await signedInToken(first.username);
    expect(refreshed.token).not.toBe(first.token);
    await expectLimited(await send(refreshed.token), 600);
    expect((await send((await signedInToken()).token)).status).toBe(200);
    expect(sent('GetUserAttributeVerificationCode')).toBe(2);
  });

  it('limits: false sends everything through', async () => {
    const handle = handler({ limits: false });
    const name = user();
    for (let i = 0; i < 8; i += 1) expect((await handle(resend(name))).status).toBe(400);
    expect(sent()).toBe(8);
  });

  it('is on by default: the sixth resend of an hour is refused', async () => {
    const handle = handler();
    const name = await realUser();
    for (let i = 0; i < 5; i += 1) expect((await handle(resend(name))).status).toBe(200);
    await expectLimited(await handle(resend(name)), 3600);
    expect(sent()).toBe(5);
  });
});

describe('code check quota', () => {
  it('limits ConfirmSignUp attempts per person, without touching the send quotas', async () => {
    const handle = handler({ limits: { checksPerUser: { limit: 3, windowSeconds: 900 }, sendsPerUser: { limit: 1, windowSeconds: 900 } } });
    const name = user('guess');
    for (let i = 0; i < 3; i += 1) {
      expect((await handle(post('ConfirmSignUp', { Username: name, ConfirmationCode: `00000${i}` }))).status).toBe(400);
    }
    const { body } = await expectLimited(await handle(post('ConfirmSignUp', { Username: name, ConfirmationCode: '123456' })), 900);
    expect(body.message).toMatch(/code attempts/);
    expect(sent('ConfirmSignUp')).toBe(3);
    // The person can still ask for a new code.
    expect((await handle(resend(name))).status).toBe(400);
  });

  it('checks the IP before the person: one client spraying made-up names cannot fill the store and lock out others', async () => {
    const handle = handler({
      limits: { store: createMemoryQuotaStore({ maxKeys: 3 }), checksPerIp: { limit: 2, windowSeconds: 600 } },
    });
    const check = (name: string, ip: string) =>
      handle(post('ConfirmSignUp', { Username: name, ConfirmationCode: '123456' }, { 'x-test-ip': ip }));
    for (let i = 0; i < 2; i += 1) expect((await check(user('spray'), '192.0.2.60')).status).toBe(400);
    for (let i = 0; i < 20; i += 1) {
      const { body } = await expectLimited(await check(user('spray'), '192.0.2.60'), 600);
      expect(body.message).toMatch(/from this network/);
    }
    expect(sent('ConfirmSignUp')).toBe(2);
    // Two person keys and one IP key: a real person from elsewhere still gets their code checked.
    expect((await check(user('real'), '192.0.2.61')).status).toBe(400);
    expect(sent('ConfirmSignUp')).toBe(3);
  });

  it('limits VerifyUserAttribute by subject', async () => {
    const handle = handler({ limits: { checksPerUser: { limit: 1, windowSeconds: 900 } } });
    const verify = (token: string) => handle(post('VerifyUserAttribute', { AccessToken: token, AttributeName: 'email', Code: '123456' }));
    await verify(accessToken('sub-v'));
    await expectLimited(await verify(accessToken('sub-v')), 900);
  });
});

describe('clientIp', () => {
  it('is the one IP for quotas and UserContextData.IpAddress, and the IP quota counts attempts on made-up names', async () => {
    await handler()(
      post('ResendConfirmationCode', { Username: user(), UserContextData: { IpAddress: '6.6.6.6' } }, { 'x-test-ip': '203.0.113.9' }),
    );
    expect(emulator.requests[0]!.body.UserContextData).toEqual({ IpAddress: '203.0.113.9' });

    const fixed = handler({ clientIp: () => '198.51.100.7', limits: { sendsPerIp: { limit: 1, windowSeconds: 60 } } });
    expect((await fixed(resend(user()))).status).toBe(400);
    expect(emulator.requests[1]!.body.UserContextData).toEqual({ IpAddress: '198.51.100.7' });
    await expectLimited(await fixed(resend(user())), 60);
  });

  it('without clientIp skips the per-IP quota (the per-user and pool quotas still hold) and never reads X-Forwarded-For', async () => {
    const handle = handler({ clientIp: undefined, limits: { sendsPerIp: { limit: 1, windowSeconds: 60 } } });
    for (let i = 0; i < 3; i += 1) expect((await handle(resend(user(), '203.0.113.1', { 'x-forwarded-for': '1.2.3.4' }))).status).toBe(400);
    expect(emulator.requests.every((r) => r.body.UserContextData === undefined)).toBe(true);
  });
});

describe('memory store bounds', () => {
  it('refuses new keys when full (logged once), keeps counting known ones', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const handle = handler({
      logger,
      limits: {
        store: createMemoryQuotaStore({ maxKeys: 2 }),
        sendsPerIp: false,
        sendsPerPool: false,
        sendsPerUser: { limit: 2, windowSeconds: 600 },
      },
    });
    const [a, b] = [await realUser(), await realUser()];
    await handle(resend(a));
    await handle(resend(b));
    await expectLimited(await handle(resend(user())), 600);
    await expectLimited(await handle(resend(user())), 600);
    expect(logger.warn.mock.calls.filter(([message]) => /new keys are refused/.test(message))).toHaveLength(1);
    expect((await handle(resend(a))).status).toBe(200);
    await expectLimited(await handle(resend(a)), 600);
  });

  it('keeps nothing for requests a later quota refused, so a blocked IP spraying usernames cannot fill it', async () => {
    const handle = handler({
      limits: { store: createMemoryQuotaStore({ maxKeys: 3 }), sendsPerIp: { limit: 1, windowSeconds: 600 }, sendsPerPool: false },
    });
    await handle(resend(user(), '192.0.2.50'));
    for (let i = 0; i < 20; i += 1) await expectLimited(await handle(resend(user(), '192.0.2.50')), 600);
    // One person key + one IP key in use: a newcomer from elsewhere still fits.
    expect((await handle(resend(user(), '192.0.2.51'))).status).toBe(400);
  });
});

describe('verifyHuman', () => {
  const verifier = () => vi.fn(async (_request: Request, token: string) => token === 'human-ok');

  it('lets a send through with a passing token, and forwards nothing without one (403 ForbiddenException)', async () => {
    const verifyHuman = verifier();
    const handle = handler({ verifyHuman, limits: { sendsPerUser: { limit: 1, windowSeconds: 600 } } });
    const name = user();

    const tries: Array<Record<string, string>> = [
      {},
      { 'x-cognito-confirm-human-token': '' },
      { 'x-cognito-confirm-human-token': 'x'.repeat(5000) },
    ];
    for (const headers of tries) {
      const refused = await handle(resend(name, '203.0.113.1', headers));
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ __type: 'ForbiddenException' });
    }
    expect(verifyHuman).not.toHaveBeenCalled();
    const failed = await handle(resend(name, '203.0.113.1', { 'x-cognito-confirm-human-token': 'bot' }));
    expect(failed.status).toBe(403);
    expect(sent()).toBe(0);

    // The refusals used none of the person's quota.
    expect((await handle(resend(name, '203.0.113.1', { 'x-cognito-confirm-human-token': 'human-ok' }))).status).toBe(400);
    expect(verifyHuman).toHaveBeenLastCalledWith(expect.any(Request), 'human-ok');
    expect(sent()).toBe(1);
    // Code checks need no token.
    expect((await handle(post('ConfirmSignUp', { Username: name, ConfirmationCode: '123456' }))).status).toBe(400);
  });

  it('fails closed when the verifier throws or hangs, logging once per failure streak', async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const throwing = handler({ logger, verifyHuman: async () => Promise.reject(new Error('siteverify unreachable')) });
    for (let i = 0; i < 3; i += 1) {
      expect((await throwing(resend(user(), '203.0.113.1', { 'x-cognito-confirm-human-token': 't' }))).status).toBe(403);
    }
    expect(logger.error).toHaveBeenCalledTimes(1);

    const hanging = handler({ logger, verifyHumanTimeoutMs: 50, verifyHuman: () => new Promise<boolean>(() => {}) });
    expect((await hanging(resend(user(), '203.0.113.1', { 'x-cognito-confirm-human-token': 't' }))).status).toBe(403);
    const truthy = handler({ verifyHuman: async () => 'yes' as unknown as boolean });
    expect((await truthy(resend(user(), '203.0.113.1', { 'x-cognito-confirm-human-token': 't' }))).status).toBe(403);
    expect(sent()).toBe(0);
  });
});
