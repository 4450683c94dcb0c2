// @vitest-environment jsdom
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { maskDestination } from '../../src/core/protocol/maskDestination';
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';
import { useConfirmSignUp } from '../../src/react/useConfirmSignUp';
import { useResendConfirmationCode } from '../../src/react/useResendConfirmationCode';
import { uniqueUser } from '../support/confirmFlow';
import { setUpEmulator } from '../support/setUpEmulator';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper, useKitFakeTimers } from '../support/kitWrapper';

const emulator = setUpEmulator();
beforeEach(() => useKitFakeTimers(vi));
afterEach(() => {
  vi.useRealTimers();
  emulator.setResendLimit(Infinity);
});

async function signedUp(prefix: string) {
  const user = uniqueUser(prefix);
  await harnessClient(emulator.endpoint).signUp(user);
  return user;
}

const resendsFor = (username: string) =>
  emulator.requests.filter((r) => r.target === 'ResendConfirmationCode' && r.body.Username === username);

describe('useResendConfirmationCode', () => {
  it('resends, shows where the code went, cools down for 30 s, then confirms with the delivered code', async () => {
    const user = await signedUp('hook');
    const { result } = renderHook(
      () => ({ resend: useResendConfirmationCode({ username: user.username }), confirm: useConfirmSignUp({ username: user.username }) }),
      { wrapper: kitWrapper(emulator) },
    );
    expect(result.current.resend).toMatchObject({ status: 'idle', isCoolingDown: false, remainingSeconds: 0 });

    act(() => result.current.resend.resend());
    await waitFor(() => expect(result.current.resend.status).toBe('success'));
    expect(result.current.resend.codeDeliveryDetails).toEqual({ Destination: user.email, DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(result.current.resend.isCoolingDown).toBe(true);
    expect(result.current.resend.remainingSeconds).toBeGreaterThanOrEqual(25);
    expect(result.current.resend.attempt).toBe(1);

    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(result.current.resend.remainingSeconds).toBeLessThanOrEqual(15);
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(result.current.resend).toMatchObject({ isCoolingDown: false, remainingSeconds: 0 });

    act(() => result.current.confirm.confirm(emulator.latestCode(user.username)!));
    await waitFor(() => expect(result.current.confirm.isConfirmed).toBe(true));
  });

  it('re-renders every second only components that read remainingSeconds', async () => {
    const user = await signedUp('renders');
    let quietRenders = 0;
    let tickingRenders = 0;
    let resend = () => {};
    // Two components over the same cooldown: one shows a button state, one a number of seconds.
    const Quiet = () => {
      quietRenders += 1;
      const state = useResendConfirmationCode({ username: user.username });
      resend = state.resend;
      return <span>{`${state.status} ${state.isCoolingDown} ${state.endsAt}`}</span>;
    };
    const Ticking = () => {
      tickingRenders += 1;
      return <span>{useResendConfirmationCode({ username: user.username }).remainingSeconds}</span>;
    };
    const Wrapper = kitWrapper(emulator);
    const { container } = render(
      <Wrapper>
        <Quiet />
        <Ticking />
      </Wrapper>,
    );
    act(() => resend());
    await waitFor(() => expect(resendsFor(user.username)).toHaveLength(1));
    // The answer has arrived and the cooldown runs (the emulator logs the request before answering it).
    await waitFor(() => expect(container.textContent).toMatch(/^success true \d+/));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    const [quietBefore, tickingBefore] = [quietRenders, tickingRenders];
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(quietRenders - quietBefore).toBe(0);
    expect(tickingRenders - tickingBefore).toBeGreaterThanOrEqual(19);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(quietRenders - quietBefore).toBe(1); // the end of the cooldown
  });

  it('sends exactly one request for 50 rapid calls, and none during the cooldown', async () => {
    const user = await signedUp('rapid');
    const { result } = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator) });
    act(() => {
      for (let i = 0; i < 50; i += 1) result.current.resend();
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => {
      for (let i = 0; i < 10; i += 1) result.current.resend();
    });
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(resendsFor(user.username)).toHaveLength(1);
  });

  it('two hooks for the same person share the guard and the cooldown; other people are separate', async () => {
    const jane = await signedUp('jane');
    const john = await signedUp('john');
    const { result } = renderHook(
      () => ({
        a: useResendConfirmationCode({ username: jane.username }),
        b: useResendConfirmationCode({ username: jane.username }),
        other: useResendConfirmationCode({ username: john.username }),
      }),
      { wrapper: kitWrapper(emulator) },
    );
    act(() => {
      result.current.a.resend();
      result.current.b.resend();
    });
    await waitFor(() => expect(result.current.a.status).toBe('success'));
    expect(result.current.b.isCoolingDown).toBe(true);
    expect(result.current.b.status).toBe('idle');
    expect(result.current.other).toMatchObject({ status: 'idle', isCoolingDown: false });
    expect(resendsFor(jane.username)).toHaveLength(1);
    expect(resendsFor(john.username)).toHaveLength(0);
  });

  it('starts a longer cooldown on LimitExceeded and keeps the error to show', async () => {
    const user = await signedUp('limited');
    emulator.setResendLimit(0);
    const { result } = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator) });
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'LimitExceededException', retryable: true });
    expect(result.current.isCoolingDown).toBe(true);
    expect(result.current.remainingSeconds).toBeGreaterThanOrEqual(55);
    expect(result.current.remainingSeconds).toBeLessThanOrEqual(60);
  });

  it('starts no cooldown on a network failure, so the person can retry at once', async () => {
    let attempts = 0;
    const transport = createFetchTransport({
      endpoint: 'http://127.0.0.1:9/',
      fetch: (...args) => {
        attempts += 1;
        return fetch(...args);
      },
    });
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'offline_user' }), {
      wrapper: kitWrapper(emulator, { transport }),
    });
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'NetworkError', retryable: true });
    expect(result.current.isCoolingDown).toBe(false);
    act(() => result.current.resend());
    await waitFor(() => expect(attempts).toBe(2));
  });

  it('collects context data and analytics at call time and sends them with ClientMetadata', async () => {
    const user = await signedUp('ctx');
    let endpointId = 'endpoint-at-render';
    const { result } = renderHook(() => useResendConfirmationCode({ username: user.username, clientMetadata: { screen: 'confirm' } }), {
      wrapper: kitWrapper(emulator, { analytics: () => endpointId, clientMetadata: { app: 'kit' } }),
    });
    // Loaded after the first render, as the advanced-security script often is.
    (window as unknown as { AmazonCognitoAdvancedSecurityData: unknown }).AmazonCognitoAdvancedSecurityData = {
      getData: () => 'late-script',
    };
    endpointId = 'endpoint-at-click';
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.status).toBe('success'));
    delete (window as unknown as { AmazonCognitoAdvancedSecurityData?: unknown }).AmazonCognitoAdvancedSecurityData;
    expect(resendsFor(user.username)[0]!.body).toEqual({
      ClientId: emulator.clientId,
      Username: user.username,
      UserContextData: { EncodedData: 'late-script' },
      AnalyticsMetadata: { AnalyticsEndpointId: 'endpoint-at-click' },
      ClientMetadata: { app: 'kit', screen: 'confirm' },
    });
  });

  it('rejects a missing username with a ValidationError and sends nothing', async () => {
    const before = emulator.requests.length;
    const { result } = renderHook(() => useResendConfirmationCode({ username: undefined }), { wrapper: kitWrapper(emulator) });
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'ValidationError', field: 'Username' });
    expect(emulator.requests.length).toBe(before);
  });

  it('in enumeration-safe mode, an unknown user looks like a send (cooldown, no destination)', async () => {
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'nobody_at_all' }), {
      wrapper: kitWrapper(emulator, { enumerationSafe: true }),
    });
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current).toMatchObject({ error: null, codeDeliveryDetails: undefined, isCoolingDown: true });
  });

  it('keeps the cooldown across an unmount and a remount over the same storage (a reload)', async () => {
    const user = await signedUp('reload');
    const storage = createMemoryStorage();
    const first = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator, { storage }) });
    act(() => first.result.current.resend());
    await waitFor(() => expect(first.result.current.status).toBe('success'));
    const endsAt = first.result.current.endsAt;
    first.unmount();

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    const second = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator, { storage }) });
    expect(second.result.current).toMatchObject({ isCoolingDown: true, endsAt, status: 'idle' });
    expect(second.result.current.remainingSeconds).toBeLessThanOrEqual(20);
    act(() => second.result.current.resend());
    expect(resendsFor(user.username)).toHaveLength(1);
  });

  it('after a reload shows where the code went (masked only) and why the cooldown runs', async () => {
    const user = await signedUp('context');
    const storage = createMemoryStorage();
    const first = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator, { storage }) });
    act(() => first.result.current.resend());
    await waitFor(() => expect(first.result.current.status).toBe('success'));
    first.unmount();
    // The emulator answers with the raw address; only its masked form may reach storage.
    const masked = maskDestination(user.email, 'EMAIL');
    expect(masked).toContain('***');

    const second = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator, { storage }) });
    expect(second.result.current).toMatchObject({
      isCoolingDown: true,
      cooldownReason: 'sent',
      delivery: { destination: masked, medium: 'EMAIL', attributeName: 'email' },
      codeDeliveryDetails: { Destination: masked, DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    second.unmount();

    // A rate limit keeps the destination and says so after the next reload.
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    emulator.setResendLimit(0);
    const third = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator, { storage }) });
    act(() => third.result.current.resend());
    await waitFor(() => expect(third.result.current.status).toBe('error'));
    third.unmount();
    const fourth = renderHook(() => useResendConfirmationCode({ username: user.username }), { wrapper: kitWrapper(emulator, { storage }) });
    expect(fourth.result.current).toMatchObject({ isCoolingDown: true, cooldownReason: 'rateLimited', delivery: { destination: masked } });
  });

  it('stores the masked sign-up destination with the codeSentAt cooldown', () => {
    const storage = createMemoryStorage();
    const details = { Destination: 'jane.doe@example.com', DeliveryMedium: 'EMAIL' as const, AttributeName: 'email' };
    renderHook(() => useResendConfirmationCode({ username: 'jane', codeDeliveryDetails: details, codeSentAt: Date.now() }), {
      wrapper: kitWrapper(emulator, { storage }),
    }).unmount();
    const tab = renderHook(() => useResendConfirmationCode({ username: 'jane' }), { wrapper: kitWrapper(emulator, { storage }) });
    expect(tab.result.current.delivery).toEqual({ destination: 'j***@e***.com', medium: 'EMAIL', attributeName: 'email' });
  });

  it("shows the sign-up answer's destination until a resend brings a newer one", () => {
    const details = { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL' as const, AttributeName: 'email' };
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'jane', codeDeliveryDetails: details }), {
      wrapper: kitWrapper(emulator),
    });
    expect(result.current.codeDeliveryDetails).toBe(details);
  });
});
