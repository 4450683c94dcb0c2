// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResendCodeButton } from '../../src/components/ResendCodeButton';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { de } from '../../src/locales/de';
import { fr } from '../../src/locales/fr';
import { ja } from '../../src/locales/ja';
import { uniqueUser } from '../support/confirmFlow';
import { setUpEmulator } from '../support/setUpEmulator';
import { expectAccessible } from '../support/expectAccessible';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper, useKitFakeTimers, userOverHttp } from '../support/kitWrapper';

const emulator = setUpEmulator();
beforeEach(() => useKitFakeTimers(vi));
afterEach(() => {
  vi.useRealTimers();
  emulator.setResendLimit(Infinity);
});

const user = userOverHttp;
const codeInput = () => screen.getByLabelText('Confirmation code') as HTMLInputElement;
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!.textContent;

async function signUp(prefix: string) {
  const person = uniqueUser(prefix);
  const answer = await harnessClient(emulator.endpoint).signUp(person);
  return { ...person, details: answer.CodeDeliveryDetails };
}

describe('SignUpConfirmation against the emulator', () => {
  it('resend → announced, cooldown, focus in the field; wrong code → error, code kept; right code → confirmed', async () => {
    const person = await signUp('screen');
    const onConfirmed = vi.fn();
    const { container } = render(
      <SignUpConfirmation username={person.username} codeDeliveryDetails={person.details} onConfirmed={onConfirmed} />,
      {
        wrapper: kitWrapper(emulator),
      },
    );
    expect(screen.getByRole('heading', { name: 'Confirm your account' })).toBeTruthy();
    expect(container.textContent).toContain(`We sent a code by email to ${person.username[0]}***@e***.com.`);
    await expectAccessible(container);

    await user().click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => {
      expect(screen.getByRole('timer')).toBeTruthy();
      expect(live(container)).toBe(`Code sent to ${person.username[0]}***@e***.com.`);
      expect(document.activeElement).toBe(codeInput());
    });
    const resend = screen.getByRole('button', { name: /Resend in/ });
    expect(resend.getAttribute('aria-disabled')).toBe('true');
    await expectAccessible(container);

    const good = emulator.latestCode(person.username)!;
    const wrong = good === '000000' ? '111111' : '000000';
    await user().type(codeInput(), wrong);
    await waitFor(() => {
      expect(container.textContent).toContain('That code is not right.');
      expect(live(container)).toContain('That code is not right.');
      expect(document.activeElement).toBe(codeInput());
    });
    expect(codeInput().value).toBe(wrong);
    expect(codeInput().getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(container);

    await user().clear(codeInput());
    await user().type(codeInput(), good);
    await waitFor(() => expect(container.textContent).toContain('Your account is confirmed.'));
    expect(onConfirmed).toHaveBeenCalledWith(person.username);
    await expectAccessible(container);
  });

  it('a wrong code stays for fixing; Resend clears it and focuses the empty field; a refused Resend keeps it', async () => {
    const person = await signUp('screen-resend-clears');
    const { container } = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator) });
    const wrong = emulator.latestCode(person.username) === '000000' ? '111111' : '000000';
    await user().type(codeInput(), wrong);
    await waitFor(() => expect(container.textContent).toContain('That code is not right.'));
    expect(codeInput().value).toBe(wrong);
    await user().click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => {
      expect(screen.getByRole('timer')).toBeTruthy();
      expect(document.activeElement).toBe(codeInput());
    });
    expect(codeInput().value).toBe('');
    expect(codeInput().getAttribute('aria-invalid')).toBeNull();

    // The next send is refused: what was typed since stays.
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    emulator.setResendLimit(0);
    await user().type(codeInput(), '12');
    await user().click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(container.querySelector('[data-state="rate-limited"]')).not.toBeNull());
    expect(codeInput().value).toBe('12');
  });

  it("during a 30 s cooldown, only the timer's text changes in the page", async () => {
    const person = await signUp('renders');
    const { container } = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator) });
    await user().click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(screen.getByRole('timer')).toBeTruthy());
    await act(() => vi.advanceTimersByTimeAsync(100));
    const timer = screen.getByRole('timer');

    const outside: string[] = [];
    let insideTimer = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (timer.contains(record.target)) insideTimer += 1;
        else outside.push(`${record.type} on ${(record.target as Element).outerHTML ?? record.target.textContent}`);
      }
    });
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    await act(() => vi.advanceTimersByTimeAsync(25_000));
    observer.disconnect();
    expect(outside).toEqual([]);
    expect(insideTimer).toBeGreaterThanOrEqual(24);
  });

  it('asks for the username first when it is not known', async () => {
    const person = await signUp('ask');
    const { container } = render(<SignUpConfirmation />, { wrapper: kitWrapper(emulator) });
    await user().click(screen.getByRole('button', { name: 'Continue' }));
    expect(container.textContent).toContain('Enter your username or email address.');
    expect(screen.getByLabelText('Username or email').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(container);
    await user().type(screen.getByLabelText('Username or email'), person.username);
    await user().click(screen.getByRole('button', { name: 'Continue' }));
    expect(codeInput()).toBeTruthy();
    // Unknown destination until a resend: the neutral sentence, not a made-up address.
    expect(container.textContent).toContain('If an account exists for this name');
    await user().type(codeInput(), emulator.latestCode(person.username)!);
    await waitFor(() => expect(container.textContent).toContain('Your account is confirmed.'));
  });

  describe('the page a confirmation link opens (codeFromUrl)', () => {
    afterEach(() => window.history.replaceState(null, '', '/'));
    const confirms = (username: string) =>
      emulator.requests.filter((request) => request.target === 'ConfirmSignUp' && request.body?.Username === username);
    // A synchronous click: the answer cannot land between a user-event action and the waitFor after it.
    const tap = (element: HTMLElement) => act(() => element.click());
    const open = (query: string) => window.history.replaceState({ app: 'state' }, '', `/confirm?${query}#top`);

    it('reads the username and code, takes the code out of the address bar (the name stays), and confirms on one tap, never on load', async () => {
      const person = await signUp('link');
      const code = emulator.latestCode(person.username)!;
      open(`ref=mail&username=${encodeURIComponent(person.username)}&code=${code}`);
      const onConfirmed = vi.fn();
      const { container } = render(<SignUpConfirmation codeFromUrl onConfirmed={onConfirmed} />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe(code));
      expect(`${location.pathname}${location.search}${location.hash}`).toBe(
        `/confirm?ref=mail&username=${encodeURIComponent(person.username)}#top`,
      );
      expect(history.state).toEqual({ app: 'state' });
      expect(container.querySelector('[data-state="prefilled"]')?.textContent).toBe(
        'The code from your link is filled in. Select Confirm to finish.',
      );
      // No username step: the link named the person. Focus on Confirm, which the notice describes.
      expect(screen.queryByLabelText('Username or email')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Confirm' }));
      expect(screen.getByRole('button', { name: 'Confirm' }).getAttribute('aria-describedby')).toBe(
        container.querySelector('[data-state="prefilled"]')!.id,
      );
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(confirms(person.username)).toHaveLength(0);
      await expectAccessible(container);
      tap(screen.getByRole('button', { name: 'Confirm' }));
      await waitFor(() => expect(container.textContent).toContain('Your account is confirmed.'));
      expect(onConfirmed).toHaveBeenCalledWith(person.username);
      expect(confirms(person.username)).toHaveLength(1);
    });

    it('a reload keeps the step: the name stays in the address, the sent code and its countdown in storage', async () => {
      const person = await signUp('link-reload');
      open(`username=${encodeURIComponent(person.username)}&code=${emulator.latestCode(person.username)}`);
      const storage = createMemoryStorage();
      const first = render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator, { storage }) });
      await waitFor(() => expect(location.search).toBe(`?username=${encodeURIComponent(person.username)}`));
      await user().click(screen.getByRole('button', { name: 'Resend' }));
      await waitFor(() => expect(screen.getByRole('timer')).toBeTruthy());
      first.unmount();

      // The reload: the same address, the same storage, a new page.
      const { container } = render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator, { storage }) });
      await waitFor(() => expect(codeInput()).toBeTruthy());
      expect(screen.queryByLabelText('Username or email')).toBeNull();
      expect(codeInput().value).toBe('');
      expect(container.textContent).toContain(`We sent a code by email to ${person.username[0]}***@e***.com.`);
      expect(screen.getByRole('timer')).toBeTruthy();
      expect(location.search).toBe(`?username=${encodeURIComponent(person.username)}`);
      await user().type(codeInput(), emulator.latestCode(person.username)!);
      await waitFor(() => expect(container.textContent).toContain('Your account is confirmed.'));
    });

    it('/confirm?username=… without a code: the step opens for that name and the address is not touched', async () => {
      const person = await signUp('link-name-only');
      open(`username=${encodeURIComponent(person.username)}`);
      const replace = vi.spyOn(history, 'replaceState');
      render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput()).toBeTruthy());
      await act(() => vi.advanceTimersByTimeAsync(100));
      expect(replace).not.toHaveBeenCalled();
      expect(`${location.pathname}${location.search}${location.hash}`).toBe(`/confirm?username=${encodeURIComponent(person.username)}#top`);
      replace.mockRestore();
    });

    it('removeUsernameFromUrl takes the name out too: a reload then asks for it', async () => {
      const person = await signUp('link-remove-name');
      open(`a=1&username=${encodeURIComponent(person.username)}&code=123456`);
      const { unmount } = render(<SignUpConfirmation codeFromUrl removeUsernameFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe('123456'));
      expect(`${location.search}${location.hash}`).toBe('?a=1#top');
      unmount();
      render(<SignUpConfirmation codeFromUrl removeUsernameFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(screen.getByLabelText('Username or email')).toBeTruthy());
    });

    it('keys written percent-encoded are read and are what leaves the address', async () => {
      const person = await signUp('link-encoded');
      window.history.replaceState(null, '', `/confirm?x=%41&co%64e=123456&user%6Eame=${encodeURIComponent(person.username)}`);
      render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe('123456'));
      expect(screen.queryByLabelText('Username or email')).toBeNull();
      expect(location.search).toBe(`?x=%41&user%6Eame=${encodeURIComponent(person.username)}`);
    });

    it('codeFromUrl turned on after the first render (a router ready later) reads the link then; off, the address is left alone', async () => {
      const person = await signUp('link-late');
      open(`username=${encodeURIComponent(person.username)}&code=123456`);
      const replace = vi.spyOn(history, 'replaceState');
      const wrapper = kitWrapper(emulator);
      const { rerender } = render(<SignUpConfirmation codeFromUrl={false} />, { wrapper });
      await act(() => vi.advanceTimersByTimeAsync(100));
      expect(replace).not.toHaveBeenCalled();
      expect(location.search).toBe(`?username=${encodeURIComponent(person.username)}&code=123456`);
      rerender(<SignUpConfirmation codeFromUrl />);
      await waitFor(() => expect(codeInput().value).toBe('123456'));
      expect(location.search).toBe(`?username=${encodeURIComponent(person.username)}`);
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Confirm' }));
      replace.mockRestore();
    });

    it('a link opened again ends on the already-confirmed panel', async () => {
      const person = await signUp('link-twice');
      const code = emulator.latestCode(person.username)!;
      await harnessClient(emulator.endpoint).call('ConfirmSignUp', {
        ClientId: emulator.clientId,
        Username: person.username,
        ConfirmationCode: code,
      });
      open(`username=${encodeURIComponent(person.username)}&code=${code}`);
      const { container } = render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe(code));
      tap(screen.getByRole('button', { name: 'Confirm' }));
      await waitFor(() => {
        expect(container.textContent).toContain('This account is already confirmed.');
        expect(live(container)).toBe('This account is already confirmed. Sign in to continue.');
      });
    });

    it('a wrong code in the link: the error beside the field, the code kept to fix', async () => {
      const person = await signUp('link-wrong');
      const wrong = emulator.latestCode(person.username) === '000000' ? '111111' : '000000';
      open(`username=${encodeURIComponent(person.username)}&code=${wrong}`);
      const { container } = render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe(wrong));
      tap(screen.getByRole('button', { name: 'Confirm' }));
      await waitFor(() => {
        expect(codeInput().getAttribute('aria-invalid')).toBe('true');
        // Settled: the error said and the field focused to fix it.
        expect(live(container)).toContain('That code is not right.');
        expect(document.activeElement).toBe(codeInput());
      });
      expect(container.querySelector('[data-state="prefilled"]')).toBeNull();
      expect(codeInput().value).toBe(wrong);
      await user().clear(codeInput());
      await user().type(codeInput(), emulator.latestCode(person.username)!);
      await waitFor(() => expect(container.textContent).toContain('Your account is confirmed.'));
      expect(confirms(person.username).map((r) => r.body?.ConfirmationCode)).toEqual([wrong, emulator.latestCode(person.username)]);
    });

    it('a link with a code but no name: asks for it, offers the code; "Use a different name" leaves the link behind', async () => {
      const person = await signUp('link-change');
      const code = emulator.latestCode(person.username)!;
      // A link without a name: its code goes with the name typed, until the person changes it.
      open(`code=${code}`);
      render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(screen.getByLabelText('Username or email')).toBeTruthy());
      await user().type(screen.getByLabelText('Username or email'), person.username);
      await user().click(screen.getByRole('button', { name: 'Continue' }));
      expect(codeInput().value).toBe(code);
      await user().click(screen.getByRole('button', { name: 'Use a different name' }));
      await user().type(screen.getByLabelText('Username or email'), 'someone-else');
      await user().click(screen.getByRole('button', { name: 'Continue' }));
      expect(codeInput().value).toBe('');
    });

    it('in StrictMode (effects run twice) the link is read once and kept', async () => {
      const person = await signUp('link-strict');
      open(`username=${person.username}&code=123456`);
      render(
        <StrictMode>
          <SignUpConfirmation codeFromUrl />
        </StrictMode>,
        { wrapper: kitWrapper(emulator) },
      );
      await waitFor(() => expect(codeInput().value).toBe('123456'));
      expect(location.search).toBe(`?username=${person.username}`);
    });

    it('keeps the rest of the address exactly as written', async () => {
      const person = await signUp('link-rest');
      window.history.replaceState(null, '', `/confirm?flag&q=a%20b&username=${person.username}&p=x~y&code=123456#top`);
      render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe('123456'));
      expect(`${location.pathname}${location.search}${location.hash}`).toBe(`/confirm?flag&q=a%20b&username=${person.username}&p=x~y#top`);
    });

    it('hostile addresses: a name Cognito would not allow is ignored; a code is cleaned and cut; nothing is sent', async () => {
      const person = await signUp('link-hostile');
      for (const username of ['a'.repeat(129), 'ali\u202Eecnalab', 'ali ce']) {
        open(`username=${encodeURIComponent(username)}&code=123456`);
        const { unmount } = render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
        await waitFor(() => expect(screen.getByLabelText('Username or email')).toBeTruthy());
        // The code left the address; the unusable name stays as written (it is not a secret).
        expect(location.search).toBe(`?username=${encodeURIComponent(username)}`);
        unmount();
      }
      open(`username=${person.username}&code=${encodeURIComponent('<b>12</b>abc34')}${'5'.repeat(2_000)}`);
      render(<SignUpConfirmation codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe('123455'));
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      expect(confirms(person.username)).toHaveLength(0);
    });

    it('the username given as a prop wins; the link code is then not used for it', async () => {
      const person = await signUp('link-prop');
      open(`username=someone-else&code=123456`);
      render(<SignUpConfirmation username={person.username} codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(location.search).toBe('?username=someone-else'));
      expect(codeInput().value).toBe('');
    });

    it('a username prop equal to the link’s: the step opens once, with the code, focus on Confirm', async () => {
      const person = await signUp('link-same-prop');
      open(`username=${person.username}&code=123456`);
      render(<SignUpConfirmation username={person.username} codeFromUrl />, { wrapper: kitWrapper(emulator) });
      await waitFor(() => expect(codeInput().value).toBe('123456'));
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Confirm' }));
    });
  });

  it('rate limited: the sentence counts down live with the timer, announced once; focus stays on resend', async () => {
    const person = await signUp('limit');
    emulator.setResendLimit(0);
    const { container } = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator) });
    const resend = screen.getByRole('button', { name: 'Resend' });
    await user().click(resend);
    const sentence = () => container.querySelector('[data-state="rate-limited"]')?.textContent ?? '';
    await waitFor(() => {
      expect(sentence()).toMatch(/^Too many attempts\. You can ask for a new code in (1:00|0:5\d)\.$/);
      expect(live(container)).toBe('Too many attempts. You can ask for a new code in 1 minute.');
    });
    expect(document.activeElement).toBe(resend);
    expect(screen.getByRole('timer').textContent).toMatch(/^(1:00|0:5\d)$/);
    await expectAccessible(container);
    const announced = container.querySelector('[aria-live]')!.firstElementChild;
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    // Both countdowns moved together; the live region was not touched by the ticking.
    expect(sentence()).toMatch(/in 0:[34]\d\.$/);
    expect(sentence()).toContain(screen.getByRole('timer').textContent!);
    expect(container.querySelector('[aria-live]')!.firstElementChild).toBe(announced);
    await act(() => vi.advanceTimersByTimeAsync(41_000));
    expect(sentence()).toBe('');
    expect(live(container)).toBe('You can ask for a new code now.');
  });

  it('network failure: an offline message and an immediate retry, no cooldown', async () => {
    const { container } = render(<SignUpConfirmation username="someone" />, {
      wrapper: kitWrapper({ ...emulator, endpoint: 'http://127.0.0.1:9/' }),
    });
    // The refused connection can be answered while the click settles: its render goes inside act.
    await act(() => user().click(screen.getByRole('button', { name: 'Resend' })));
    // The failure is announced by an effect after the render that shows it: wait for both.
    await waitFor(() => {
      expect(container.textContent).toContain('You seem to be offline.');
      expect(live(container)).toContain('You seem to be offline.');
    });
    expect(screen.getByRole('button', { name: 'Try again' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('ResendCodeButton connected by username sends once and then counts down', async () => {
    const person = await signUp('connected');
    render(<ResendCodeButton username={person.username} />, { wrapper: kitWrapper(emulator) });
    const button = screen.getByRole('button', { name: 'Resend' });
    await user().dblClick(button);
    await waitFor(() => expect(button.dataset.state).toBe('cooldown'));
    expect(screen.getByRole('timer').textContent).toMatch(/^0:(30|2\d)$/);
    expect(emulator.requests.filter((r) => r.target === 'ResendConfirmationCode' && r.body.Username === person.username)).toHaveLength(1);
  });

  it('renders in German and Japanese from the shipped locales', () => {
    const { container, unmount } = render(<SignUpConfirmation username="jane" />, {
      wrapper: kitWrapper(emulator, { messages: de, locale: 'de' }),
    });
    expect(container.textContent).toContain(de['signUp.title'] as string);
    expect(screen.getByRole('button', { name: de['resend.link'] as string })).toBeTruthy();
    expect(container.textContent).not.toMatch(/\{\w+\}/);
    unmount();
    const japanese = render(<SignUpConfirmation username="jane" />, { wrapper: kitWrapper(emulator, { messages: ja, locale: 'ja' }) });
    expect(japanese.container.textContent).toContain(ja['signUp.title'] as string);
  });

  it('switching language re-words the live region: the same announcement, now in French', async () => {
    const person = await signUp('language');
    const wrapper = kitWrapper(emulator);
    const { container, rerender } = render(<SignUpConfirmation username={person.username} />, { wrapper });
    await user().click(screen.getByRole('button', { name: 'Resend' }));
    const masked = `${person.username[0]}***@e***.com`;
    await waitFor(() => expect(live(container)).toBe(`Code sent to ${masked}.`));
    const announced = container.querySelector('[aria-live]')!.firstElementChild;

    rerender(<SignUpConfirmation username={person.username} messages={fr} locale="fr" />);
    expect(live(container)).toBe(`Code envoyé à ${masked}.`);
    // Re-worded in place, not a second announcement.
    expect(container.querySelector('[aria-live]')!.children).toHaveLength(1);
    expect(container.querySelector('[aria-live]')!.firstElementChild).toBe(announced);

    // A message worded from a count follows too, back to English.
    await user().click(screen.getByRole('button', { name: fr['signUp.confirm'] as string }));
    expect(live(container)).toBe('Saisissez le code à 6 chiffres.');
    rerender(<SignUpConfirmation username={person.username} />);
    expect(live(container)).toBe('Enter the 6-digit code.');
  });

  it('themes through props: tokens become --ck-* variables; unstyled renders no kit classes', () => {
    const { container, rerender } = render(
      <SignUpConfirmation
        username="jane"
        theme={{ colorPrimary: 'rebeccapurple', radius: '2px', colorScheme: 'dark' }}
        classNames={{ submit: 'app-submit' }}
      />,
      {
        wrapper: kitWrapper(emulator),
      },
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.style.getPropertyValue('--ck-color-primary')).toBe('rebeccapurple');
    expect(root.style.getPropertyValue('--ck-radius')).toBe('2px');
    expect(root.dataset.colorScheme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Confirm' }).className).toBe('ck-submit app-submit');
    rerender(<SignUpConfirmation username="jane" unstyled classNames={{ submit: 'app-submit' }} />);
    expect(container.querySelector('[class*="ck-"]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Confirm' }).className).toBe('app-submit');
    expect(container.querySelector('[data-state]')).not.toBeNull();
  });
});
