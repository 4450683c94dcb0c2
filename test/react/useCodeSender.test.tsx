// @vitest-environment jsdom
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';
import { useResendConfirmationCode } from '../../src/react/useResendConfirmationCode';
import { createScenarioTransport } from '../../stories/support/createScenarioTransport';

describe('the resend state seen by a component', () => {
  it('is never "sending" and "cooling down" at once, and has the new details when the cooldown shows', async () => {
    const seen: string[] = [];
    let resend = () => {};
    function Probe() {
      const state = useResendConfirmationCode({ username: 'jane' });
      resend = state.resend;
      seen.push(`${state.status}/${state.isCoolingDown}/${state.codeDeliveryDetails?.Destination ?? '-'}`);
      return null;
    }
    render(
      <CognitoConfirmProvider
        config={{
          userPoolId: 'eu-west-1_x',
          clientId: 'c',
          transport: createScenarioTransport({ delayMs: 20 }),
          cooldownStorage: createMemoryStorage(),
        }}
      >
        <Probe />
      </CognitoConfirmProvider>,
    );
    act(() => resend());
    await waitFor(() => expect(seen.at(-1)).toBe('success/true/j***@e***.com'));
    expect(seen.filter((s) => s.startsWith('pending/true'))).toEqual([]);
    expect(seen.filter((s) => s.endsWith('/true/-'))).toEqual([]);
  });
});

describe('the resend mutation ignores react-query defaults that would hurt', () => {
  function Harness({ onState }: { onState: (state: ReturnType<typeof useResendConfirmationCode>) => void }) {
    onState(useResendConfirmationCode({ username: 'jane' }));
    return null;
  }

  it('still sends when the browser says it is offline (the transport reports what happens)', async () => {
    const transport = createScenarioTransport({ delayMs: 1 });
    let state: ReturnType<typeof useResendConfirmationCode> | undefined;
    onlineManager.setOnline(false);
    try {
      render(
        <CognitoConfirmProvider config={{ userPoolId: 'eu-west-1_x', clientId: 'c', transport, cooldownStorage: createMemoryStorage() }}>
          <Harness onState={(s) => (state = s)} />
        </CognitoConfirmProvider>,
      );
      act(() => state!.resend());
      await waitFor(() => expect(state!.status).toBe('success'));
      expect(transport.calls).toHaveLength(1);
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('never retries a resend, even when the app QueryClient retries mutations', async () => {
    const transport = createScenarioTransport({ delayMs: 1, resend: 'LimitExceededException' });
    let state: ReturnType<typeof useResendConfirmationCode> | undefined;
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: 2, retryDelay: 1 } } })}>
        <CognitoConfirmProvider config={{ userPoolId: 'eu-west-1_x', clientId: 'c', transport, cooldownStorage: createMemoryStorage() }}>
          <Harness onState={(s) => (state = s)} />
        </CognitoConfirmProvider>
      </QueryClientProvider>,
    );
    act(() => state!.resend());
    await waitFor(() => expect(state!.status).toBe('error'));
    expect(transport.calls).toHaveLength(1);
  });
});

describe('codeSentAt: the code SignUp sent counts as a send', () => {
  function renderResend(options: { codeSentAt?: number }, storage = createMemoryStorage()) {
    let state: ReturnType<typeof useResendConfirmationCode> | undefined;
    function Probe() {
      state = useResendConfirmationCode({ username: 'jane', ...options });
      return null;
    }
    const utils = render(
      <CognitoConfirmProvider
        config={{ userPoolId: 'eu-west-1_x', clientId: 'c', transport: createScenarioTransport({}), cooldownStorage: storage }}
      >
        <Probe />
      </CognitoConfirmProvider>,
    );
    return { ...utils, state: () => state! };
  }

  it('starts the cooldown from the sign-up time, so Resend waits', () => {
    const { state } = renderResend({ codeSentAt: Date.now() - 10_000 });
    expect(state().isCoolingDown).toBe(true);
    expect(state().remainingSeconds).toBeGreaterThanOrEqual(19);
    expect(state().remainingSeconds).toBeLessThanOrEqual(20);
  });

  it('does not restart when a cooldown is already stored (a reload), nor for an old sign-up', () => {
    const storage = createMemoryStorage();
    const first = renderResend({ codeSentAt: Date.now() - 25_000 }, storage);
    const endsAt = first.state().endsAt;
    first.unmount();
    const reloaded = renderResend({ codeSentAt: Date.now() }, storage);
    expect(reloaded.state().endsAt).toBe(endsAt);
    reloaded.unmount();
    expect(renderResend({ codeSentAt: Date.now() - 120_000 }).state().isCoolingDown).toBe(false);
  });
});
