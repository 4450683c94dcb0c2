// @vitest-environment jsdom
import { createHmac } from 'node:crypto';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { createBackendTransport } from '../../src/core/protocol/transports/createBackendTransport';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { useResendConfirmationCode } from '../../src/react/useResendConfirmationCode';
import { createConfirmationHandler, type ConfirmationHandlerOptions } from '../../src/server/createConfirmationHandler';
import { uniqueUser } from '../support/confirmFlow';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper, useKitFakeTimers } from '../support/kitWrapper';
import { serveFetchHandler, type ServedHandler } from '../support/serveFetchHandler';
import { setUpEmulator } from '../support/setUpEmulator';

// The whole path of a server-side refusal: the kit's handler (memory quotas) over real HTTP → the
// backend transport → the resend hook's cooldown, with fake timers moving both sides' clocks.
const emulator = setUpEmulator();
let served: ServedHandler | undefined;
let options: Partial<ConfirmationHandlerOptions> = {};
let handler: ((request: Request) => Promise<Response>) | undefined;
let lastRetryAfter: string | null = null;

beforeAll(async () => {
  served = await serveFetchHandler((request) => handler!(request));
});
afterAll(() => served?.close());
beforeEach(() => useKitFakeTimers(vi));
afterEach(() => vi.useRealTimers());

function setHandler(extra: Partial<ConfirmationHandlerOptions>) {
  options = extra;
  handler = createConfirmationHandler({
    endpoint: emulator.endpoint,
    clientId: emulator.secretClientId,
    clientSecret: emulator.clientSecret,
    logger: { warn() {}, error() {} },
    ...options,
  } as ConfirmationHandlerOptions);
}

async function signedUpWithSecretClient(prefix: string) {
  const user = uniqueUser(prefix);
  const secretHash = createHmac('sha256', emulator.clientSecret)
    .update(user.username + emulator.secretClientId)
    .digest('base64');
  await harnessClient(emulator.endpoint).signUp({ ...user, clientId: emulator.secretClientId, secretHash });
  return user;
}

function wrapper(storage = createMemoryStorage(), getHumanToken?: () => Promise<string | undefined>) {
  return kitWrapper(
    { endpoint: emulator.endpoint, userPoolId: emulator.userPoolId, clientId: emulator.secretClientId },
    {
      storage,
      transport: createBackendTransport({
        url: served!.url,
        fetch: async (...args) => {
          const response = await fetch(...args);
          lastRetryAfter = response.headers.get('retry-after');
          return response;
        },
        ...(getHumanToken ? { getHumanToken } : {}),
      }),
    },
  );
}

describe('a server quota refusal in the resend hook', () => {
  it('counts down exactly from Retry-After, survives a reload, and the next resend after it goes through', async () => {
    setHandler({ limits: { sendsPerUser: { limit: 1, windowSeconds: 90 } } });
    const user = await signedUpWithSecretClient('quota429');
    const storage = createMemoryStorage();
    const first = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: wrapper(storage) });

    act(() => first.result.current.resend());
    await waitFor(() => expect(first.result.current.status).toBe('success'));
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(first.result.current.isCoolingDown).toBe(false);

    // The server's window has 59 s left: its Retry-After, not the kit's escalation (60 s), sets the wait.
    act(() => first.result.current.resend());
    await waitFor(() => expect(first.result.current.status).toBe('error'));
    const retryAfter = Number(lastRetryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(57);
    expect(retryAfter).toBeLessThanOrEqual(59);
    expect(first.result.current.error).toMatchObject({ code: 'LimitExceededException', httpStatus: 429, retryAfterMs: retryAfter * 1000 });
    expect(first.result.current.isCoolingDown).toBe(true);
    expect(first.result.current.endsAt! - Date.now()).toBeGreaterThan(retryAfter * 1000 - 1000);
    expect(first.result.current.endsAt! - Date.now()).toBeLessThanOrEqual(retryAfter * 1000);
    expect([retryAfter - 1, retryAfter]).toContain(first.result.current.remainingSeconds);
    first.unmount();

    // A reload: a new hook over the same storage picks the deadline up.
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    const reloaded = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: wrapper(storage) });
    expect(reloaded.result.current.isCoolingDown).toBe(true);
    expect([retryAfter - 21, retryAfter - 20]).toContain(reloaded.result.current.remainingSeconds);

    await act(() => vi.advanceTimersByTimeAsync((retryAfter - 20) * 1000));
    expect(reloaded.result.current.isCoolingDown).toBe(false);
    const before = emulator.requests.length;
    act(() => reloaded.result.current.resend());
    await waitFor(() => expect(reloaded.result.current.status).toBe('success'));
    expect(emulator.requests.length).toBe(before + 1);
  });

  it('sends the getHumanToken token to verifyHuman; without a token the server refuses with ForbiddenException', async () => {
    const verifyHuman = vi.fn(async (_request: Request, token: string) => token === 'turnstile-ok');
    setHandler({ verifyHuman });
    const user = await signedUpWithSecretClient('human');

    const without = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: wrapper() });
    act(() => without.result.current.resend());
    await waitFor(() => expect(without.result.current.status).toBe('error'));
    expect(without.result.current.error).toMatchObject({ code: 'ForbiddenException', httpStatus: 403 });
    expect(verifyHuman).not.toHaveBeenCalled();

    const getHumanToken = vi.fn(async () => 'turnstile-ok');
    const withToken = renderHook(() => useResendConfirmationCode({ username: user.username, getHumanToken }), { wrapper: wrapper() });
    act(() => withToken.result.current.resend());
    await waitFor(() => expect(withToken.result.current.status).toBe('success'));
    expect(getHumanToken).toHaveBeenCalledTimes(1);
    expect(verifyHuman).toHaveBeenCalledWith(expect.any(Request), 'turnstile-ok');

    // The transport-level option works the same, for apps that fetch a token per request anywhere.
    const viaTransport = renderHook(() => useResendConfirmationCode({ username: user.username }), {
      wrapper: wrapper(createMemoryStorage(), async () => 'turnstile-ok'),
    });
    act(() => viaTransport.result.current.resend());
    await waitFor(() => expect(viaTransport.result.current.status).toBe('success'));
  });

  it('SignUpConfirmation passes its getHumanToken through; code checks carry no token', async () => {
    const seen: Array<[string, string | null]> = [];
    setHandler({ verifyHuman: async (_request, token) => token === 'widget-token' });
    const inner = handler!;
    handler = async (request) => {
      const body = (await request.clone().json()) as { operation: string };
      seen.push([body.operation, request.headers.get('x-cognito-confirm-human-token')]);
      return inner(request);
    };
    const user = await signedUpWithSecretClient('screen');
    const Wrapper = wrapper();
    render(
      <Wrapper>
        <SignUpConfirmation username={user.username} getHumanToken={async () => 'widget-token'} />
      </Wrapper>,
    );
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(screen.getByRole('timer')).toBeTruthy());
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).type(screen.getByLabelText('Confirmation code'), '000000');
    // The answer is rendered (the wrong code refused) before the test ends, not during teardown.
    await waitFor(() => expect(screen.getByLabelText('Confirmation code').getAttribute('aria-invalid')).toBe('true'));
    expect(seen).toEqual([
      ['ResendConfirmationCode', 'widget-token'],
      ['ConfirmSignUp', null],
    ]);
  });
});
