// @vitest-environment jsdom
// Password reset as a hook: the fetch transport over a fake Cognito (mocked below the transport), the
// kit's one code-step engine on top.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, type CooldownStorage } from '../../src/core/cooldown/cooldownStorage';
import { maskDestination } from '../../src/core/protocol/maskDestination';
import { usePasswordReset, type UsePasswordResetOptions, type UsePasswordResetResult } from '../../src/react/usePasswordReset';
import { createFakeResetCognito } from '../support/fakeResetCognito';
import { kitWrapper, useKitFakeTimers } from '../support/kitWrapper';

const target = { endpoint: 'https://cognito-idp.test/', userPoolId: 'eu-west-1_Reset1', clientId: 'client1' };
const POLICY = { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true };
const GOOD = 'Fresh-Start-42!';

let cognito: ReturnType<typeof createFakeResetCognito>;
beforeEach(() => {
  useKitFakeTimers(vi);
  sessionStorage.clear();
  cognito = createFakeResetCognito();
  cognito.users.set('ana', { password: 'Old-Password-1', email: 'ana@example.com', confirmed: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderReset(options: UsePasswordResetOptions = {}, extra: { storage?: CooldownStorage; enumerationSafe?: boolean } = {}) {
  const wrapper = kitWrapper(target, { transport: cognito.transport, ...extra });
  return renderHook((props: UsePasswordResetOptions) => usePasswordReset(props), { wrapper, initialProps: options });
}

async function toCodeStep(result: { current: UsePasswordResetResult }, username = 'ana') {
  act(() => result.current.setUsernameValue(username));
  act(() => result.current.sendCode());
  await waitFor(() => expect(result.current.stage).toBe('code'));
}

describe('usePasswordReset', () => {
  it('username → code sent (masked) → code + new password → signed in with it', async () => {
    const onPasswordChanged = vi.fn();
    const onSignedIn = vi.fn();
    const { result } = renderReset({ passwordPolicy: POLICY, onPasswordChanged, onSignedIn });
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.stage).toBe('username');
    await toCodeStep(result);
    expect(result.current.username).toBe('ana');
    expect(result.current.step.codeDeliveryDetails?.Destination).toBe('ana@example.com');
    expect(result.current.step.announcement?.text).toBe(`Code sent to ${maskDestination('ana@example.com', 'EMAIL')}.`);

    act(() => result.current.step.setCode(cognito.latestCode('ana')!));
    // No autoSubmit: the code waits for the password.
    expect(cognito.of('ConfirmForgotPassword')).toHaveLength(0);
    act(() => result.current.setPassword(GOOD));
    expect(result.current.rules.every((rule) => rule.met)).toBe(true);
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.panel).toBe('signed-in'));
    expect(result.current.step.texts).toMatchObject({ panelTitle: 'You’re signed in', panelText: 'Signed in as ana.' });
    expect(cognito.of('ConfirmForgotPassword')[0]!.body).toMatchObject({ Username: 'ana', Password: GOOD });
    expect(cognito.of('InitiateAuth')[0]!.body).toMatchObject({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'ana', PASSWORD: GOOD, PREFERRED_CHALLENGE: 'PASSWORD' },
    });
    expect(onPasswordChanged).toHaveBeenCalledExactlyOnceWith('ana');
    expect(onSignedIn).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ AccessToken: 'access' }), 'ana');
    // Done: the tab forgets the name.
    expect(sessionStorage.length).toBe(0);
  });

  it('a weak or missing password is refused before any request, on the password field', async () => {
    const { result } = renderReset({ username: 'ana', passwordPolicy: POLICY });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    act(() => result.current.step.setCode(cognito.latestCode('ana')!));
    act(() => result.current.step.confirm());
    expect(result.current.passwordMessage).toMatchObject({ kind: 'missing', text: 'Enter a new password.' });
    act(() => result.current.setPassword('short'));
    expect(result.current.passwordMessage).toBeNull();
    expect(result.current.rules.map((rule) => [rule.id, rule.met])).toEqual([
      ['MinimumLength', false],
      ['RequireUppercase', false],
      ['RequireLowercase', true],
      ['RequireNumbers', false],
      ['RequireSymbols', false],
    ]);
    expect(result.current.rules[0]!.label).toBe('At least 8 characters');
    act(() => result.current.step.confirm());
    const message = result.current.passwordMessage!;
    expect(message).toMatchObject({ kind: 'weak', text: 'Choose a password that meets every rule below.' });
    expect(result.current.getPasswordInputProps()).toMatchObject({
      'aria-invalid': true,
      'aria-describedby': `${message.id} ${result.current.rulesId}`,
      autoComplete: 'new-password',
      type: 'password',
    });
    expect(cognito.of('ConfirmForgotPassword')).toHaveLength(0);
    expect(result.current.step.code).toBe(cognito.latestCode('ana'));
  });

  it("Cognito's InvalidPasswordException goes to the rule it names; history violations are worded on the field", async () => {
    // The app's rules are laxer than the pool's: Cognito refuses.
    const { result } = renderReset({ username: 'ana', passwordPolicy: { MinimumLength: 6 } });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    const code = cognito.latestCode('ana')!;
    act(() => result.current.step.setCode(code));
    act(() => result.current.setPassword('abcdefg'));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.passwordMessage?.kind).toBe('rule'));
    expect(result.current.passwordMessage).toMatchObject({
      ruleId: 'MinimumLength',
      text: 'This password was refused. It needs: At least 6 characters.',
    });
    // Not a code error: the code step shows nothing and keeps the code.
    expect(result.current.step.message).toBeNull();
    expect(result.current.step.code).toBe(code);

    act(() => result.current.setPassword('abcdefgh'));
    expect(result.current.passwordMessage).toBeNull();
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.passwordMessage?.ruleId).toBe('RequireUppercase'));
    expect(result.current.passwordMessage!.text).toBe('This password was refused. It needs: An uppercase letter.');

    act(() => result.current.setPassword('Old-Password-1'));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.passwordMessage?.kind).toBe('reused'));
    expect(result.current.passwordMessage!.text).toBe('You have used this password before. Choose a new one.');
  });

  it('a wrong code keeps the code and the password; an expired one offers a resend, which clears the code', async () => {
    const { result } = renderReset({ username: 'ana', passwordPolicy: POLICY, cooldownMs: 30_000 });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    act(() => result.current.step.setCode('999999'));
    act(() => result.current.setPassword(GOOD));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.message?.kind).toBe('error'));
    expect(result.current.step.message).toMatchObject({
      refersTo: 'code',
      error: expect.objectContaining({ code: 'CodeMismatchException' }),
    });
    expect(result.current.step.code).toBe('999999');
    expect(result.current.password).toBe(GOOD);
    expect(result.current.passwordMessage).toBeNull();

    cognito.queue('ConfirmForgotPassword', {
      __type: 'ExpiredCodeException',
      message: 'Invalid code provided, please request a code again.',
    });
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.message?.kind).toBe('expired'));
    expect(result.current.step.code).toBe('999999');

    // Resend in place once the first send's cooldown is over; ten clicks send one request.
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    for (let click = 0; click < 10; click += 1) act(() => result.current.step.getResendProps().onClick());
    await waitFor(() => expect(result.current.step.message?.kind).toBe('sent'));
    expect(cognito.of('ForgotPassword')).toHaveLength(2);
    expect(result.current.step.code).toBe('');
    expect(result.current.password).toBe(GOOD);
    expect(result.current.step.resendState).toMatchObject({ state: 'cooldown', inert: true });
  });

  it('keeps its own cooldown, apart from sign-up’s for the same person', async () => {
    const storage = createMemoryStorage();
    const { result } = renderReset({ username: 'ana' }, { storage });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    const keys = Array.from({ length: storage.length ?? 0 }, (_, index) => storage.key?.(index)).filter(Boolean);
    expect(keys.some((key) => key!.includes(':reset:'))).toBe(true);
    expect(keys.some((key) => key!.includes(':signup:'))).toBe(false);
  });

  it('a reload returns to the code step, with its cooldown and masked destination (the name only in sessionStorage)', async () => {
    const storage = createMemoryStorage();
    const first = renderReset({}, { storage });
    await toCodeStep(first.result);
    const endsAt = first.result.current.step.resendState.endsAt;
    act(() => first.result.current.setPassword(GOOD));
    act(() => first.result.current.step.setCode('123'));
    first.unmount();
    const kept = JSON.stringify(Object.fromEntries(Object.entries(sessionStorage)));
    expect(kept).toContain('ana');
    expect(kept).not.toContain(GOOD);
    expect(kept).not.toContain('123');

    const second = renderReset({}, { storage });
    await waitFor(() => expect(second.result.current.stage).toBe('code'));
    expect(second.result.current.username).toBe('ana');
    expect(second.result.current.step.codeDeliveryDetails?.Destination).toBe(maskDestination('ana@example.com', 'EMAIL'));
    expect(second.result.current.step.resendState).toMatchObject({ state: 'cooldown', endsAt });
    expect(second.result.current.step.code).toBe('');
    expect(second.result.current.password).toBe('');
    expect(cognito.of('ForgotPassword')).toHaveLength(1);

    // "Use a different name" forgets it.
    act(() => second.result.current.changeUsername!());
    expect(second.result.current.stage).toBe('username');
    expect(second.result.current.usernameValue).toBe('ana');
    expect(sessionStorage.length).toBe(0);
  });

  it('the username step words its errors: unconfirmed, no verified contact, unknown, rate limited, missing', async () => {
    cognito.users.set('new', { password: 'x', email: 'new@example.com', confirmed: false });
    cognito.users.set('bare', { password: 'x', confirmed: true, noContact: true });
    const { result } = renderReset();
    act(() => result.current.sendCode());
    expect(result.current.usernameMessage).toMatchObject({ kind: 'missing', text: 'Enter your username or email address.' });

    act(() => result.current.setUsernameValue('new'));
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.usernameMessage?.kind).toBe('not-confirmed'));
    expect(result.current.usernameMessage!.text).toBe('This account is not confirmed yet. Confirm your sign-up first, then sign in.');
    expect(result.current.getUsernameInputProps()).toMatchObject({
      'aria-invalid': true,
      'aria-describedby': result.current.usernameMessage!.id,
    });
    expect(result.current.stage).toBe('username');

    act(() => result.current.setUsernameValue('bare'));
    expect(result.current.usernameMessage).toBeNull();
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.usernameMessage?.kind).toBe('no-contact'));
    expect(result.current.usernameMessage!.text).toMatch(/no verified email address or phone number.*confirm your sign-up first/);

    act(() => result.current.setUsernameValue('nobody'));
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.usernameMessage?.kind).toBe('error'));
    expect(result.current.usernameMessage!.text).toBe('We could not find that account. Check the name and try again.');

    cognito.queue('ForgotPassword', { __type: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' });
    act(() => result.current.setUsernameValue('ana'));
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.usernameMessage?.kind).toBe('rate-limited'));
    expect(result.current.usernameMessage!.text).toMatch(/^Too many attempts\. You can ask for a new code in /);
    expect(result.current.usernameMessage!.endsAt).toBeGreaterThan(Date.now());
    expect(result.current.stage).toBe('username');
  });

  it('enumeration-safe: an unknown name reaches the code step with "If an account exists…"', async () => {
    const { result } = renderReset({}, { enumerationSafe: true });
    await toCodeStep(result, 'nobody');
    expect(result.current.step.codeDeliveryDetails).toBeUndefined();
    expect(result.current.texts.destinationFallback).toBe(
      'If an account exists for nobody, we sent it a code. Check your email and text messages.',
    );
  });

  it('uses the SignIn of the server’s answer without a second request', async () => {
    const onSignedIn = vi.fn();
    const { result } = renderReset({ username: 'ana', onSignedIn });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    cognito.queue('ConfirmForgotPassword', { SignIn: { AuthenticationResult: { AccessToken: 'from-server' } } });
    act(() => result.current.step.setCode('123456'));
    act(() => result.current.setPassword(GOOD));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.panel).toBe('signed-in'));
    expect(onSignedIn).toHaveBeenCalledWith({ AccessToken: 'from-server' }, 'ana');
    expect(cognito.of('InitiateAuth')).toHaveLength(0);
  });

  it('a failed sign-in never fails the reset: "Password changed", onSignInError; a server failure the same', async () => {
    const onSignInError = vi.fn();
    const onPasswordChanged = vi.fn();
    const { result } = renderReset({ username: 'ana', onSignInError, onPasswordChanged });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    cognito.failSignIn(true);
    act(() => result.current.step.setCode(cognito.latestCode('ana')!));
    act(() => result.current.setPassword(GOOD));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.panel).toBe('confirmed'));
    expect(result.current.step.texts).toMatchObject({
      panelTitle: 'Password changed',
      panelText: 'Your password is changed. Sign in with your new password.',
    });
    expect(onPasswordChanged).toHaveBeenCalledWith('ana');
    expect(onSignInError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NotAuthorizedException' }), 'ana');

    const server = renderReset({ username: 'ana', onSignInError });
    cognito.queue('ConfirmForgotPassword', { SignIn: { __type: 'NotAuthorizedException', message: 'nope' } });
    act(() => server.result.current.step.setCode('123456'));
    act(() => server.result.current.setPassword(GOOD));
    act(() => server.result.current.step.confirm());
    await waitFor(() => expect(server.result.current.step.panel).toBe('confirmed'));
    expect(onSignInError).toHaveBeenCalledTimes(2);
  });

  it('an MFA challenge is handed to onSignInChallenge', async () => {
    cognito.users.set('mfa', { password: 'Old-Password-1', email: 'mfa@example.com', confirmed: true, challenge: 'SMS_MFA' });
    const onSignInChallenge = vi.fn();
    const { result } = renderReset({ username: 'mfa', onSignInChallenge });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    act(() => result.current.step.setCode(cognito.latestCode('mfa')!));
    act(() => result.current.setPassword(GOOD));
    act(() => result.current.step.confirm());
    await waitFor(() => expect(result.current.step.panel).toBe('confirmed'));
    expect(onSignInChallenge).toHaveBeenCalledWith(
      expect.objectContaining({ ChallengeName: 'SMS_MFA', Session: 'challenge-session' }),
      'mfa',
    );
  });

  it('a link code (initialCode) opens the code step and waits for the password', async () => {
    const { result } = renderReset({ username: 'ana', initialCode: '123456' });
    expect(result.current.stage).toBe('code');
    expect(result.current.step.code).toBe('123456');
    expect(cognito.requests).toHaveLength(0);
  });

  it('hostile props fail in render, naming them', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderReset({ username: 'ana', cooldownMs: Number.NaN })).toThrow(/cooldownMs/);
    expect(() => renderReset({ username: 'ana', passwordPolicy: { MinimumLength: -1 } })).toThrow(RangeError);
    expect(() => renderReset({ username: 'ana', passwordPolicy: { MinimumLength: Number.NaN } })).toThrow(/MinimumLength/);
    const throwing = [
      {
        id: 'x',
        label: 'X',
        test: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(() => renderReset({ username: 'ana', passwordRules: throwing })).toThrow(/passwordRules\[0\]\.test threw/);
    expect(() => renderReset({ username: 'ana', passwordRules: 'nope' as never })).toThrow(TypeError);
    const twice = [
      { id: 'a', label: 'A', test: () => true },
      { id: 'a', label: 'B', test: () => true },
    ];
    expect(() => renderReset({ username: 'ana', passwordRules: twice })).toThrow(/passwordRules\[1\]\.id/);
    expect(() => renderReset({ username: 'ana', codeLength: -3 })).toThrow(/codeLength/);
  });

  it("the app's own rules show live, after the policy's, and gate the request", async () => {
    const passwordRules = [{ id: 'no-name', label: 'Not your name', test: (password: string) => !/ana/i.test(password) }];
    const { result } = renderReset({ username: 'ana', passwordPolicy: { MinimumLength: 8 }, passwordRules });
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    act(() => result.current.setPassword('Ana-is-great-1'));
    expect(result.current.rules).toEqual([
      { id: 'MinimumLength', label: 'At least 8 characters', met: true },
      { id: 'no-name', label: 'Not your name', met: false },
    ]);
    act(() => result.current.step.setCode('123456'));
    act(() => result.current.step.confirm());
    expect(result.current.passwordMessage?.kind).toBe('weak');
    expect(cognito.of('ConfirmForgotPassword')).toHaveLength(0);
  });

  it('the same name again while its code is fresh goes back to the code step without another code', async () => {
    const { result } = renderReset();
    await toCodeStep(result);
    act(() => result.current.changeUsername!());
    expect(result.current.stage).toBe('username');
    act(() => result.current.sendCode());
    await waitFor(() => expect(result.current.stage).toBe('code'));
    expect(cognito.of('ForgotPassword')).toHaveLength(1);
    // Long after (the store has forgotten the deadline): a new code.
    act(() => result.current.changeUsername!());
    await act(() => vi.advanceTimersByTimeAsync(61 * 60_000));
    act(() => result.current.sendCode());
    await waitFor(() => expect(cognito.of('ForgotPassword')).toHaveLength(2));
    await waitFor(() => expect(result.current.stage).toBe('code'));
  });
});
