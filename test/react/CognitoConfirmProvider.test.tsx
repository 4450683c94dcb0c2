// @vitest-environment jsdom
import { QueryClient, useQueryClient } from '@tanstack/react-query';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';
import { useAttributeVerification } from '../../src/react/useAttributeVerification';
import { useCognitoConfirm } from '../../src/react/useCognitoConfirm';
import { useConfirmSignUp } from '../../src/react/useConfirmSignUp';
import { useCooldown } from '../../src/react/useCooldown';
import { useResendConfirmationCode } from '../../src/react/useResendConfirmationCode';
import { uniqueUser } from '../support/confirmFlow';
import { setUpEmulator } from '../support/setUpEmulator';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper } from '../support/kitWrapper';

const emulator = setUpEmulator();

function Screen({ username }: { username: string }) {
  const resend = useResendConfirmationCode({ username });
  const confirm = useConfirmSignUp({ username });
  const attribute = useAttributeVerification({ accessToken: undefined, attributeName: 'email' });
  const cooldown = useCooldown(undefined);
  return <p>{`${resend.status}/${confirm.status}/${attribute.status}/${cooldown.isCoolingDown}/${resend.remainingSeconds}`}</p>;
}

describe('CognitoConfirmProvider', () => {
  it("uses the app's QueryClient, with the username in the mutation key", async () => {
    const user = uniqueUser('qc');
    await harnessClient(emulator.endpoint).signUp(user);
    const appClient = new QueryClient();
    const { result } = renderHook(() => ({ resend: useResendConfirmationCode({ username: user.username }), qc: useQueryClient() }), {
      wrapper: kitWrapper(emulator, { queryClient: appClient }),
    });
    expect(result.current.qc).toBe(appClient);
    act(() => result.current.resend.resend());
    await waitFor(() => expect(result.current.resend.status).toBe('success'));
    const keys = appClient
      .getMutationCache()
      .getAll()
      .map((m) => m.options.mutationKey);
    expect(keys).toContainEqual(['cognito-confirm-kit', 'resendConfirmationCode', emulator.userPoolId, emulator.clientId, user.username]);
  });

  it('creates its own QueryClient when the app has none', () => {
    const config = {
      userPoolId: emulator.userPoolId,
      clientId: emulator.clientId,
      transport: createFetchTransport({ endpoint: emulator.endpoint }),
    };
    const { container } = render(
      <CognitoConfirmProvider config={{ ...config, cooldownStorage: createMemoryStorage() }}>
        <Screen username="jane" />
      </CognitoConfirmProvider>,
    );
    expect(container.textContent).toBe('idle/idle/idle/false/0');
  });

  it('says what is missing when a hook is used outside the provider', () => {
    expect(() => renderHook(() => useCognitoConfirm())).toThrow(/CognitoConfirmProvider/);
  });

  it('rejects a malformed configuration with a typed error', () => {
    expect(() =>
      render(
        <CognitoConfirmProvider config={{ userPoolId: 'bad', clientId: 'c', transport: createFetchTransport({ region: 'eu-west-1' }) }}>
          <span />
        </CognitoConfirmProvider>,
      ),
    ).toThrow(expect.objectContaining({ code: 'ValidationError', field: 'userPoolId' }));
  });
});
