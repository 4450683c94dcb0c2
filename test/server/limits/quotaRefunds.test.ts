// The person's and the pool's send quotas count codes sent, not attempts: a send Cognito refuses
// gives their points back, so a script of made-up names cannot trip the pool-wide breaker and lock
// out every real sign-up. The per-IP quota keeps counting attempts, and an answer that may have
// come after a code went out (5xx, timeout, broken connection, delivery or Lambda errors) stays counted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../../src/server/createConfirmationHandler';
import { clientIpFromHeader } from '../../../src/server/limits/clientIpFrom';
import { createDynamoQuotaStore } from '../../../src/server/limits/createDynamoQuotaStore';
import { createMemoryQuotaStore } from '../../../src/server/limits/createMemoryQuotaStore';
import { createRedisQuotaStore } from '../../../src/server/limits/createRedisQuotaStore';
import { quotaRefundsSettled } from '../../../src/server/limits/createRequestGuard';
import type { LimitsOptions } from '../../../src/server/limits/resolveLimits';
import { harnessClient } from '../../support/harnessClient.mjs';
import { serveFetchHandler, type ServedHandler } from '../../support/serveFetchHandler';
import { setUpEmulator } from '../../support/setUpEmulator';
import { setUpTestDynamo } from '../../support/setUpTestDynamo';
import { setUpTestRedis } from '../../support/setUpTestRedis';

const emulator = setUpEmulator();
beforeEach(() => emulator.reset());

const PREFIX = `cck-test:quotaRefunds:${process.pid}:${Date.now().toString(36)}`;
const redis = setUpTestRedis();
const dynamo = setUpTestDynamo();
const served: ServedHandler[] = [];
afterEach(async () => {
  await Promise.all(served.splice(0).map((upstream) => upstream.close()));
});

let n = 0;
const name = (prefix: string) => {
  n += 1;
  return `${prefix}_${process.pid}_${n}`;
};
async function realUser() {
  const username = name('real');
  await harnessClient(emulator.endpoint).signUp({ username, email: `${username}@example.com`, password: 'Correct-Horse-9' });
  return username;
}
const post = (operation: string, params: Record<string, unknown>, ip = '203.0.113.1') =>
  new Request('http://app.test/api/cognito', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': ip },
    body: JSON.stringify({ operation, params }),
  });
const resend = (username: string, ip?: string) => post('ResendConfirmationCode', { Username: username }, ip);
const sent = () => emulator.requests.filter((r) => r.target === 'ResendConfirmationCode').length;
/** Shaped like Cognito's access token for this app client; its subject does not exist, so Cognito refuses it. */
function madeUpToken() {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part({ sub: name('sub'), client_id: emulator.secretClientId, token_use: 'access' })}.sig`;
}

// `madeUp`: how many made-up names the pool test sends (dynalite is a slow DynamoDB: 200 show the same as 1,000 there).
const stores = [
  { kind: 'memory', madeUp: 1000, make: async () => createMemoryQuotaStore() },
  {
    kind: 'redis',
    madeUp: 1000,
    make: async () => {
      const client = await redis.ready();
      return createRedisQuotaStore({ client, keyPrefix: `${PREFIX}:${name('store')}` });
    },
  },
  {
    kind: 'dynamodb',
    madeUp: 200,
    make: async () =>
      createDynamoQuotaStore({ client: dynamo.aggregated(), tableName: 'cck-quotaRefunds', keyPrefix: `${PREFIX}:${name('store')}` }),
  },
] as const;

describe.each(stores)('$kind store', ({ make, madeUp }) => {
  async function handler(limits: Omit<LimitsOptions, 'store'>, extra: Partial<ConfirmationHandlerOptions> = {}) {
    const handle = createConfirmationHandler({
      endpoint: emulator.endpoint,
      clientId: emulator.secretClientId,
      clientSecret: emulator.clientSecret,
      clientIp: clientIpFromHeader('x-test-ip'),
      logger: { warn() {}, error() {} },
      ...extra,
      limits: { ...limits, store: await make() },
    } as ConfirmationHandlerOptions);
    // Points go back after the answer (test/server/limits/quotaDeadline.test.ts shows that); these tests are about
    // what comes back, so each request's give-backs land before the next request.
    return async (request: Request) => {
      const response = await handle(request);
      await quotaRefundsSettled();
      return response;
    };
  }

  it(`${madeUp} made-up usernames do not trip the pool breaker: the real users after them still get their codes`, async () => {
    const handle = await handler({ sendsPerPool: { limit: 5, windowSeconds: 600 }, sendsPerIp: false });
    const statuses: number[] = [];
    // Five at a time: a point is held while its request is with Cognito, so no more than the pool's size may be in flight.
    for (let batch = 0; batch < madeUp / 5; batch += 1) {
      const answers = await Promise.all(Array.from({ length: 5 }, () => handle(resend(name('bot')))));
      for (const answer of answers) {
        statuses.push(answer.status);
        await answer.body?.cancel();
      }
    }
    expect(statuses).toHaveLength(madeUp);
    expect(statuses.filter((status) => status !== 400)).toEqual([]);
    expect(sent()).toBe(madeUp);

    // The pool's five are all still there, and real sends use them up.
    const people = await Promise.all(Array.from({ length: 6 }, () => realUser()));
    for (const person of people.slice(0, 5)) expect((await handle(resend(person))).status).toBe(200);
    const tripped = await handle(resend(people[5]!));
    expect(tripped.status).toBe(429);
    expect((await tripped.json()).message).toMatch(/paused/);
    expect(sent()).toBe(madeUp + 5);
    // A thousand round trips to the emulator: seconds on a busy machine.
  }, 120_000);

  it('per IP still counts attempts: a client trying made-up names is slowed down', async () => {
    const handle = await handler({ sendsPerIp: { limit: 3, windowSeconds: 600 } });
    for (let i = 0; i < 3; i += 1) expect((await handle(resend(name('bot'), '192.0.2.7'))).status).toBe(400);
    const refused = await handle(resend(name('bot'), '192.0.2.7'));
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/this network/);
    // A real person elsewhere is not affected.
    expect((await handle(resend(await realUser(), '192.0.2.8'))).status).toBe(200);
    expect(sent()).toBe(4);
  });

  it('an already confirmed user and a made-up access token give the person’s and the pool’s points back', async () => {
    const handle = await handler({ sendsPerUser: { limit: 1, windowSeconds: 600 }, sendsPerPool: { limit: 1, windowSeconds: 600 } });
    const harness = harnessClient(emulator.endpoint);
    const confirmed = await realUser();
    await harness.call('ConfirmSignUp', {
      ClientId: emulator.clientId,
      Username: confirmed,
      ConfirmationCode: await harness.latestCode(confirmed),
    });
    for (let i = 0; i < 3; i += 1) {
      const answer = await handle(resend(confirmed));
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({ __type: 'InvalidParameterException' });
    }
    const token = madeUpToken();
    for (let i = 0; i < 3; i += 1) {
      const answer = await handle(post('GetUserAttributeVerificationCode', { AccessToken: token, AttributeName: 'email' }));
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(429);
    }
    // The pool's single send is still there.
    expect((await handle(resend(await realUser()))).status).toBe(200);
    expect((await handle(resend(await realUser()))).status).toBe(429);
  });

  it('an app refusal in beforeForward gives the points back too; per IP keeps it', async () => {
    let refuse = true;
    const handle = await handler(
      {
        sendsPerUser: { limit: 1, windowSeconds: 600 },
        sendsPerPool: { limit: 2, windowSeconds: 600 },
        sendsPerIp: { limit: 3, windowSeconds: 600 },
      },
      { beforeForward: () => (refuse ? new Response('{"__type":"ForbiddenException"}', { status: 403 }) : undefined) },
    );
    const person = await realUser();
    expect((await handle(resend(person))).status).toBe(403);
    expect((await handle(resend(person))).status).toBe(403);
    refuse = false;
    // The person's one point and one of the pool's two came back.
    expect((await handle(resend(person))).status).toBe(200);
    // Three attempts from this IP: the fourth is refused there, with the pool's second point still free.
    const fourth = await handle(resend(await realUser()));
    expect(fourth.status).toBe(429);
    expect(((await fourth.json()) as { message: string }).message).toMatch(/from this network/);
    expect((await handle(resend(await realUser(), '203.0.113.2'))).status).toBe(200);
    expect(sent()).toBe(2);
  });

  /** Cognito played by a local HTTP server (or nothing at all), answering every send the same way. */
  const upstreamHandler = (endpoint: string, extra: Partial<ConfirmationHandlerOptions> = {}) =>
    handler({ sendsPerPool: { limit: 1, windowSeconds: 600 }, sendsPerIp: false }, {
      ...extra,
      endpoint,
    } as Partial<ConfirmationHandlerOptions>);
  const json = (status: number, type: string, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify({ __type: type, message: 'from the stand-in' }), {
      status,
      headers: { 'content-type': 'application/x-amz-json-1.1', ...headers },
    });

  it.each([
    ['a 500 InternalErrorException', () => json(500, 'InternalErrorException'), 500],
    ['a 503 HTML page from a proxy', () => new Response('<html>busy</html>', { status: 503 }), 503],
    ['a 400 CodeDeliveryFailureException (delivery was tried)', () => json(400, 'CodeDeliveryFailureException'), 400],
    ['a 400 UnexpectedLambdaException (a custom sender may have sent)', () => json(400, 'UnexpectedLambdaException'), 400],
    ['a 403 HTML page (no Cognito error named)', () => new Response('<html>no</html>', { status: 403 }), 403],
    ['a 200 with a body that is not JSON', () => new Response('ok', { status: 200 }), 502],
  ])('%s stays counted', async (_label, answer, status) => {
    const upstream = await serveFetchHandler(answer);
    served.push(upstream);
    const handle = await upstreamHandler(upstream.url);
    expect((await handle(resend(name('u')))).status).toBe(status);
    expect((await handle(resend(name('u')))).status).toBe(429);
  });

  it('a 400 naming UserNotFoundException in x-amzn-ErrorType only is given back', async () => {
    const upstream = await serveFetchHandler(
      () => new Response('{}', { status: 400, headers: { 'x-amzn-errortype': 'UserNotFoundException:http://internal.amazon.com/coral/' } }),
    );
    served.push(upstream);
    const handle = await upstreamHandler(upstream.url);
    for (let i = 0; i < 3; i += 1) expect((await handle(resend(name('u')))).status).toBe(400);
  });

  it('a timeout and an unreachable Cognito stay counted (a code may have gone out)', async () => {
    const hanging = await serveFetchHandler(() => new Promise<Response>(() => {}));
    served.push(hanging);
    const slow = await upstreamHandler(hanging.url, { timeoutMs: 100 });
    expect((await slow(resend(name('u')))).status).toBe(504);
    expect((await slow(resend(name('u')))).status).toBe(429);

    const closed = await serveFetchHandler(() => json(200, 'unused'));
    const url = closed.url;
    await closed.close();
    const unreachable = await upstreamHandler(url);
    expect((await unreachable(resend(name('u')))).status).toBe(502);
    expect((await unreachable(resend(name('u')))).status).toBe(429);
  });
});
