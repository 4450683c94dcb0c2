// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/core/cooldownStorage';
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
