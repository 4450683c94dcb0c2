// Password reset through createLambdaHandler (issue #30), for each event shape API Gateway and Function
// URLs send: ForgotPassword under the send quotas, ConfirmForgotPassword followed by the handler's own
// sign-in, the source IP in both calls, onSignedIn's cookies out one by one. Cognito is a fake `fetch`.
import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createLambdaHandler, type LambdaHandlerOptions } from '../../../src/server/lambda/createLambdaHandler';
import type { LambdaHttpEvent } from '../../../src/server/lambda/LambdaHttpEvent';
import { functionUrlEvent, httpApiEvent, restApiEvent } from './lambdaEvents';

const CLIENT_ID = 'lambdaresetclient123456789';
const SECRET = 'lambda-reset-secret-0123456789abcdefghijklmnopq';
const PASSWORD = 'Fresh-Start-42!';
const TOKENS = { AccessToken: 'eyJ.a.b', IdToken: 'eyJ.c.d', RefreshToken: 'r', ExpiresIn: 3600, TokenType: 'Bearer' };

interface Call {
  target: string;
  body: Record<string, any>;
}

function lambda(extra: Partial<LambdaHandlerOptions> = {}, signIn: () => Response = () => json({ AuthenticationResult: TOKENS })) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const target = String((init!.headers as Record<string, string>)['X-Amz-Target'])
      .split('.')
      .pop()!;
    calls.push({ target, body: JSON.parse(String(init?.body)) });
    if (target === 'ForgotPassword')
      return json({ CodeDeliveryDetails: { Destination: '+*******1212', DeliveryMedium: 'SMS', AttributeName: 'phone_number' } });
    if (target === 'ConfirmForgotPassword') return json({});
    return signIn();
  });
  const handle = createLambdaHandler({
    endpoint: 'https://cognito-idp.test/',
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    fetch: fetch as unknown as typeof globalThis.fetch,
    logger: { warn: vi.fn(), error: vi.fn() },
    ...extra,
  } as LambdaHandlerOptions);
  return { handle, calls };
}

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/x-amz-json-1.1' } });
}
const body = (operation: string, params: Record<string, unknown>) => JSON.stringify({ operation, params });
const reference = (username: string) =>
  createHmac('sha256', SECRET)
    .update(username + CLIENT_ID)
    .digest('base64');

describe.each([
  { trigger: 'HTTP API (payload 2.0)', make: httpApiEvent, ip: '198.51.100.71', cookies: 'cookies' },
  { trigger: 'REST API (payload 1.0)', make: restApiEvent, ip: '198.51.100.72', cookies: 'multiValueHeaders' },
  { trigger: 'Function URL', make: functionUrlEvent, ip: '198.51.100.73', cookies: 'cookies' },
])('$trigger', ({ make, ip, cookies }) => {
  it('ForgotPassword: forwarded with the SecretHash and the source IP; refused after the person’s quota, before Cognito', async () => {
    const { handle, calls } = lambda();
    const event = () => make({ body: body('ForgotPassword', { Username: 'jane' }), sourceIp: ip }) as LambdaHttpEvent;
    const first = await handle(event());
    expect(first.statusCode).toBe(200);
    expect(JSON.parse(first.body)).toMatchObject({ CodeDeliveryDetails: { DeliveryMedium: 'SMS' } });
    expect(calls[0]!.body).toEqual({
      Username: 'jane',
      ClientId: CLIENT_ID,
      SecretHash: reference('jane'),
      UserContextData: { IpAddress: ip },
    });
    const statuses = [];
    for (let i = 0; i < 29; i += 1) statuses.push((await handle(event())).statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(4);
    expect(statuses.slice(4)).toEqual(Array(25).fill(429));
    expect(calls).toHaveLength(5);
  });

  it('ConfirmForgotPassword: signs in in the same invocation; onSignedIn’s cookies go out one by one, the tokens withheld', async () => {
    const { handle, calls } = lambda({
      onSignedIn: () => ({
        headers: [
          ['Set-Cookie', 'sid=1; HttpOnly; Secure; Path=/'],
          ['Set-Cookie', 'signed_in=1; Path=/'],
        ],
        tokens: 'withhold',
      }),
    });
    const result = await handle(
      make({
        body: body('ConfirmForgotPassword', { Username: 'jane', ConfirmationCode: '123456', Password: PASSWORD }),
        sourceIp: ip,
        base64: true,
      }) as LambdaHttpEvent,
    );
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ SignIn: { AuthenticationResult: { ExpiresIn: 3600, TokenType: 'Bearer' } } });
    expect(result.body).not.toContain(PASSWORD);
    const expected = ['sid=1; HttpOnly; Secure; Path=/', 'signed_in=1; Path=/'];
    if (cookies === 'cookies') expect(result.cookies).toEqual(expected);
    else expect(result.multiValueHeaders).toEqual({ 'set-cookie': expected });
    expect(calls.map((call) => call.target)).toEqual(['ConfirmForgotPassword', 'InitiateAuth']);
    expect(calls[1]!.body).toEqual({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'jane', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD, SECRET_HASH: reference('jane') },
      ClientId: CLIENT_ID,
      UserContextData: { IpAddress: ip },
    });
  });

  it('ConfirmForgotPassword: a failing sign-in is a 200 with SignIn.__type; signInAfterReset: false answers {}', async () => {
    const failing = lambda({}, () => json({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' }, 400));
    const params = { Username: 'jane', ConfirmationCode: '123456', Password: PASSWORD };
    const failed = await failing.handle(make({ body: body('ConfirmForgotPassword', params), sourceIp: ip }) as LambdaHttpEvent);
    expect(failed.statusCode).toBe(200);
    expect(JSON.parse(failed.body)).toEqual({ SignIn: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } });

    const off = lambda({ signInAfterReset: false });
    const plain = await off.handle(make({ body: body('ConfirmForgotPassword', params), sourceIp: ip }) as LambdaHttpEvent);
    expect(JSON.parse(plain.body)).toEqual({});
    expect(off.calls).toHaveLength(1);
  });

  it('the browser’s password sign-in is a 400 without any call', async () => {
    const { handle, calls } = lambda();
    const params = { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'jane', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD } };
    const result = await handle(make({ body: body('InitiateAuth', params), sourceIp: ip }) as LambdaHttpEvent);
    expect(result.statusCode).toBe(400);
    expect(result.body).not.toContain(PASSWORD);
    expect(calls).toHaveLength(0);
  });
});
