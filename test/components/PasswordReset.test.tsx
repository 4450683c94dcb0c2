// @vitest-environment jsdom
// The reset screen: the fetch transport over a fake Cognito (mocked below the transport).
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PasswordReset } from '../../src/components/PasswordReset';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { maskDestination } from '../../src/core/protocol/maskDestination';
import { de } from '../../src/locales/de';
import { he } from '../../src/locales/he';
import { expectAccessible } from '../support/expectAccessible';
import { createFakeResetCognito } from '../support/fakeResetCognito';
import { kitWrapper, useKitFakeTimers, userOverHttp } from '../support/kitWrapper';

const target = { endpoint: 'https://cognito-idp.test/', userPoolId: 'eu-west-1_Reset2', clientId: 'client2' };
const POLICY = { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true };
const GOOD = 'Fresh-Start-42!';
const user = userOverHttp;
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')?.textContent;
const passwordInput = () => screen.getByLabelText('New password') as HTMLInputElement;
const codeInput = () => screen.getByLabelText('Confirmation code') as HTMLInputElement;

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

const wrapper = (extra: Parameters<typeof kitWrapper>[1] = {}) => kitWrapper(target, { transport: cognito.transport, ...extra });

describe('PasswordReset', () => {
  it('name → "we sent a code to a***@e***.com" → code + new password, one button → signed in', async () => {
    const onSignedIn = vi.fn();
    const { container } = render(<PasswordReset passwordPolicy={POLICY} onSignedIn={onSignedIn} />, { wrapper: wrapper() });
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeTruthy();
    const name = await screen.findByRole('textbox', { name: 'Username or email' });
    await expectAccessible(container);
    await user().type(name, 'ana');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    const masked = maskDestination('ana@example.com', 'EMAIL');
    expect(container.textContent).toContain(`We sent a code by email to ${masked}.`);
    expect(passwordInput().type).toBe('password');
    expect(passwordInput().getAttribute('autocomplete')).toBe('new-password');
    // The rules describe the field, done or not in words.
    expect(document.getElementById(passwordInput().getAttribute('aria-describedby')!)?.textContent).toContain(
      'At least 8 characters (not yet)',
    );
    await expectAccessible(container);

    await user().type(codeInput(), cognito.latestCode('ana')!);
    expect(cognito.of('ConfirmForgotPassword')).toHaveLength(0);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user().click(toggle);
    expect(passwordInput().type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await user().type(passwordInput(), GOOD);
    expect(container.textContent).toContain('At least 8 characters (done)');
    await user().click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'You’re signed in' })).toBeTruthy());
    expect(container.textContent).toContain('Signed in as ana.');
    expect(live(container)).toBe('Signed in as ana.');
    expect(onSignedIn).toHaveBeenCalledOnce();
    await expectAccessible(container);
  });

  it('a weak password is refused before any request, beside the field, with focus there', async () => {
    const { container } = render(<PasswordReset username="ana" passwordPolicy={POLICY} />, { wrapper: wrapper() });
    await user().click(await screen.findByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    await user().type(codeInput(), cognito.latestCode('ana')!);
    await user().type(passwordInput(), 'weak');
    await user().click(screen.getByRole('button', { name: 'Reset password' }));
    expect(document.activeElement).toBe(passwordInput());
    expect(passwordInput().getAttribute('aria-invalid')).toBe('true');
    const described = passwordInput().getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(described[0]!)?.textContent).toBe('Choose a password that meets every rule below.');
    expect(cognito.of('ConfirmForgotPassword')).toHaveLength(0);
    await expectAccessible(container);
  });

  it('a wrong code is worded at the code field; the code and the password stay', async () => {
    render(<PasswordReset username="ana" />, { wrapper: wrapper() });
    await user().click(await screen.findByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    await user().type(codeInput(), '999999');
    await user().type(passwordInput(), GOOD);
    await user().click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(codeInput().getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(codeInput());
    expect(codeInput().value).toBe('999999');
    expect(passwordInput().value).toBe(GOOD);
    expect(passwordInput().getAttribute('aria-invalid')).toBeNull();
  });

  it('resend: ten clicks send one request, the button says "Resend in m:ss"', async () => {
    render(<PasswordReset username="ana" resendVariant="button" />, { wrapper: wrapper() });
    await user().click(await screen.findByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    const resend = await screen.findByRole('button', { name: /Resend/ });
    for (let click = 0; click < 10; click += 1) await user().click(resend);
    await waitFor(() => expect(screen.getByRole('button', { name: /Resend in \d:\d\d/ }).getAttribute('aria-disabled')).toBe('true'));
    expect(cognito.of('ForgotPassword')).toHaveLength(2);
  });

  it('a reload returns to the code step with its cooldown; "Use a different name" goes back', async () => {
    const storage = createMemoryStorage();
    const first = render(<PasswordReset />, { wrapper: wrapper({ storage }) });
    await user().type(await screen.findByRole('textbox', { name: 'Username or email' }), 'ana');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    first.unmount();

    render(<PasswordReset />, { wrapper: wrapper({ storage }) });
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    expect(screen.getByRole('button', { name: /Resend in/ }).getAttribute('aria-disabled')).toBe('true');
    expect(document.body.textContent).toContain(maskDestination('ana@example.com', 'EMAIL'));
    expect(cognito.of('ForgotPassword')).toHaveLength(1);
    await user().click(screen.getByRole('button', { name: 'Use a different name' }));
    expect((screen.getByRole('textbox', { name: 'Username or email' }) as HTMLInputElement).value).toBe('ana');
  });

  it('UserNotConfirmed: the way to the sign-up confirmation', async () => {
    cognito.users.set('new', { password: 'x', email: 'new@example.com', confirmed: false });
    const onConfirmSignUp = vi.fn();
    const { container } = render(<PasswordReset onConfirmSignUp={onConfirmSignUp} />, { wrapper: wrapper() });
    const name = await screen.findByRole('textbox', { name: 'Username or email' });
    await user().type(name, 'new');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await user().click(await screen.findByRole('button', { name: 'Confirm sign-up' }));
    expect(onConfirmSignUp).toHaveBeenCalledWith('new');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toMatch(/not confirmed yet/);
    await expectAccessible(container);
  });

  it('sign-in failing after the change: "Password changed" with Sign in', async () => {
    const onSignIn = vi.fn();
    render(<PasswordReset username="ana" onSignIn={onSignIn} />, { wrapper: wrapper() });
    await user().click(await screen.findByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    cognito.failSignIn(true);
    await user().type(codeInput(), cognito.latestCode('ana')!);
    await user().type(passwordInput(), GOOD);
    await user().click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Password changed' })).toBeTruthy());
    await user().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledWith('ana');
  });

  it('a reset link prefills the code and waits for the new password and one tap', async () => {
    history.replaceState(null, '', '/reset?username=ana&code=123456');
    cognito.queue('ConfirmForgotPassword', {});
    render(<PasswordReset codeFromUrl />, { wrapper: wrapper() });
    await waitFor(() => expect(document.activeElement).toBe(passwordInput()));
    expect(codeInput().value).toBe('123456');
    expect(location.search).toBe('?username=ana');
    expect(cognito.requests).toHaveLength(0);
    await user().type(passwordInput(), GOOD);
    await user().click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(cognito.of('ConfirmForgotPassword')).toHaveLength(1));
    expect(cognito.of('ConfirmForgotPassword')[0]!.body).toMatchObject({ ConfirmationCode: '123456', Password: GOOD });
    history.replaceState(null, '', '/');
  });

  it('enumeration-safe: an unknown name gets "If an account exists for …", the same as a known one', async () => {
    const { container } = render(<PasswordReset />, { wrapper: wrapper({ enumerationSafe: true }) });
    await user().type(await screen.findByRole('textbox', { name: 'Username or email' }), 'nobody');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    expect(container.textContent).toContain('If an account exists for nobody, we sent it a code.');
    await expectAccessible(container);
  });

  it('no verified contact, and a rate limit with its ticking wait, are worded on the username step', async () => {
    cognito.users.set('bare', { password: 'x', confirmed: true, noContact: true });
    const { container } = render(<PasswordReset />, { wrapper: wrapper() });
    const name = await screen.findByRole('textbox', { name: 'Username or email' });
    await user().type(name, 'bare');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(container.textContent).toContain('no verified email address or phone number'));
    expect(document.activeElement).toBe(name);
    await user().clear(name);
    cognito.queue('ForgotPassword', { __type: 'LimitExceededException', message: 'Attempt limit exceeded, please try after some time.' });
    await user().type(name, 'ana');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(container.textContent).toMatch(/You can ask for a new code in \d:\d\d/));
    const before = container.querySelector('.ck-timer')!.textContent;
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(container.querySelector('.ck-timer')!.textContent).not.toBe(before);
    // Send is inert while the wait runs, like Resend, and says why; clicks send nothing.
    const send = screen.getByRole('button', { name: 'Send code' });
    expect(send.getAttribute('aria-disabled')).toBe('true');
    expect(send.getAttribute('data-state')).toBe('cooldown');
    expect(document.getElementById(send.getAttribute('aria-describedby')!)?.textContent).toMatch(/You can ask for a new code in/);
    const sent = cognito.of('ForgotPassword').length;
    await user().click(send);
    expect(cognito.of('ForgotPassword')).toHaveLength(sent);
    await expectAccessible(container);
    // When it ends, Send works again.
    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000));
    expect(send.getAttribute('aria-disabled')).toBeNull();
    await user().click(send);
    await waitFor(() => expect(cognito.of('ForgotPassword')).toHaveLength(sent + 1));
  });

  it('offline on the username step: says so before anything is sent, Send waits, and works once back online', async () => {
    let onLine = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => onLine);
    const goOffline = (value: boolean) =>
      act(() => {
        onLine = !value;
        window.dispatchEvent(new Event(value ? 'offline' : 'online'));
      });
    const { container } = render(<PasswordReset />, { wrapper: wrapper() });
    await user().type(await screen.findByRole('textbox', { name: 'Username or email' }), 'ana');
    await goOffline(true);
    const send = screen.getByRole('button', { name: 'Send code' });
    expect(container.querySelector('[data-state="offline"]')?.textContent).toBe(
      'You are offline. Nothing was sent: you can continue once you are back online.',
    );
    expect(send.getAttribute('aria-disabled')).toBe('true');
    await user().click(send);
    expect(cognito.of('ForgotPassword')).toHaveLength(0);
    await expectAccessible(container);
    await goOffline(false);
    expect(send.getAttribute('aria-disabled')).toBeNull();
    await user().click(send);
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    expect(cognito.of('ForgotPassword')).toHaveLength(1);
  });

  it('no verified contact offers the way to the sign-up confirmation (an unconfirmed account has none yet)', async () => {
    cognito.users.set('new', { password: 'x', confirmed: false, noContact: true });
    const onConfirmSignUp = vi.fn();
    render(<PasswordReset onConfirmSignUp={onConfirmSignUp} />, { wrapper: wrapper() });
    await user().type(await screen.findByRole('textbox', { name: 'Username or email' }), 'new');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await user().click(await screen.findByRole('button', { name: 'Confirm sign-up' }));
    expect(onConfirmSignUp).toHaveBeenCalledWith('new');
  });

  it('StrictMode sends one code per Send', async () => {
    render(
      <StrictMode>
        <PasswordReset />
      </StrictMode>,
      { wrapper: wrapper() },
    );
    await user().type(await screen.findByRole('textbox', { name: 'Username or email' }), 'ana');
    await user().click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
    expect(cognito.of('ForgotPassword')).toHaveLength(1);
  });

  it('renders in a shipped locale (de; he right to left) and stays accessible', async () => {
    const { container, unmount } = render(
      <PasswordReset username="ana" passwordPolicy={{ MinimumLength: 8 }} messages={de} locale="de" />,
      {
        wrapper: wrapper(),
      },
    );
    expect(screen.getByRole('heading', { name: 'Passwort zurücksetzen' })).toBeTruthy();
    await user().click(screen.getByRole('button', { name: 'Code senden' }));
    await waitFor(() => expect(screen.getByLabelText('Neues Passwort')).toBeTruthy());
    expect(container.textContent).toContain('Mindestens 8 Zeichen');
    await expectAccessible(container);
    unmount();
    const rtl = render(
      <div dir="rtl">
        <PasswordReset username="ana" passwordPolicy={{ MinimumLength: 8 }} messages={he} locale="he" />
      </div>,
      { wrapper: wrapper() },
    );
    expect(rtl.container.textContent).toContain('\u2066ana\u2069');
    await expectAccessible(rtl.container);
  });

  it('hostile props fail in render, naming them', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<PasswordReset username="ana" cooldownMs={Number.NaN} />, { wrapper: wrapper() })).toThrow(/cooldownMs/);
    expect(() => render(<PasswordReset username="ana" passwordPolicy={{ MinimumLength: -8 }} />, { wrapper: wrapper() })).toThrow(
      /MinimumLength/,
    );
    const throwing = [
      {
        id: 'x',
        label: 'X',
        test: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(() => render(<PasswordReset username="ana" passwordRules={throwing} />, { wrapper: wrapper() })).toThrow(/passwordRules\[0\]/);
  });
});
