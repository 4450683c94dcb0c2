// @vitest-environment jsdom
// The reset hook against the emulator over HTTP (nothing mocked): the code really goes out, the
// password really changes, and signing in after it uses the new one.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maskDestination } from '../../src/core/protocol/maskDestination';
import { usePasswordReset, type UsePasswordResetOptions } from '../../src/react/usePasswordReset';
import { uniqueUser } from '../support/confirmFlow';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper, useKitFakeTimers } from '../support/kitWrapper';
import { setUpEmulator } from '../support/setUpEmulator';

const emulator = setUpEmulator();
beforeEach(() => {
  useKitFakeTimers(vi);
  sessionStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  emulator.setForgotPasswordLimit(Infinity);
});

const NEW_PASSWORD = 'Fresh-Start-42!';

async function confirmedUser(prefix: string) {
  const person = uniqueUser(prefix);
  const harness = harnessClient(emulator.endpoint);
  await harness.signUp(person);
  const confirmed = await harness.call('ConfirmSignUp', {
    ClientId: emulator.clientId,
    Username: person.username,
    ConfirmationCode: emulator.latestCode(person.username),
  });
  expect(confirmed.status).toBe(200);
  return person;
}
const signIn = (username: string, password: string) =>
  harnessClient(emulator.endpoint).call('InitiateAuth', {
    ClientId: emulator.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });

function renderReset(options: UsePasswordResetOptions) {
  return renderHook(() => usePasswordReset(options), { wrapper: kitWrapper(emulator) });
}

describe('usePasswordReset against the emulator', () => {
  it('sends the code, changes the password with it, signs in with the new one; only the new one works after', async () => {
    const person = await confirmedUser('reset-hook');
    const onSignedIn = vi.fn();
    const { result } = renderReset({ passwordPolicy: { MinimumLength: 8, RequireSymbols: true }, onSignedIn });
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.setUsernameValue(person.username));
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    expect(result.current.step.announcement?.text).toBe(`Code sent to ${maskDestination(person.email, 'EMAIL')}.`);

    // A wrong code: kept, with the password, worded at the code field.
    const code = emulator.latestCode(person.username)!;
    const wrong = code === '000000' ? '111111' : '000000';
    act(() => result.current.step.setCode(wrong));
    act(() => result.current.setPassword(NEW_PASSWORD));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.message?.error?.code).toBe('CodeMismatchException'));
    expect(result.current.password).toBe(NEW_PASSWORD);

    act(() => result.current.step.setCode(code));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.panel).toBe('signed-in'));
    expect(result.current.step.texts.panelText).toBe(`Signed in as ${person.username}.`);
    expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ AccessToken: expect.any(String) }), person.username);
    expect((await signIn(person.username, person.password)).status).toBe(400);
    expect((await signIn(person.username, NEW_PASSWORD)).status).toBe(200);
  });

  it("the pool's own policy refusal lands on the rule it names", async () => {
    const person = await confirmedUser('reset-policy');
    // The app's rules are laxer than the pool's (Cognito's default policy asks for symbols).
    const { result } = renderReset({ username: person.username, passwordPolicy: { MinimumLength: 8 } });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    act(() => result.current.step.setCode(emulator.latestCode(person.username)!));
    act(() => result.current.setPassword('alllowercase'));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.passwordMessage?.kind).toBe('rule'));
    expect(result.current.passwordMessage!.text).toMatch(
      /^This password was refused\. It needs: (An uppercase letter|A number|A symbol, such as ! or \?)\.$/,
    );
    expect(result.current.step.message).toBeNull();
    expect(result.current.passwordMessage!.error?.code).toBe('InvalidPasswordException');
  });

  it('an expired code offers the resend in place; LimitExceeded on the first send is worded on the username step', async () => {
    const person = await confirmedUser('reset-expired');
    const { result } = renderReset({ username: person.username });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    await emulator.expireResetCode(person.username);
    act(() => result.current.step.setCode(emulator.latestCode(person.username)!));
    act(() => result.current.setPassword(NEW_PASSWORD));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.message?.kind).toBe('expired'));

    const other = await confirmedUser('reset-limit');
    emulator.setForgotPasswordLimit(0);
    const limited = renderReset({});
    await waitFor(() => expect(limited.result.current.ready).toBe(true));
    act(() => limited.result.current.setUsernameValue(other.username));
    act(() => limited.result.current.sendCode());
    await waitFor(() => expect(limited.result.current.usernameMessage?.kind).toBe('rate-limited'));
    expect(limited.result.current.stage).toBe('username');
  });
});
