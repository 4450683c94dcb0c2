// @vitest-environment jsdom
import { Profiler } from 'react';
import { render, renderHook, screen, waitFor, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { ja } from '../../src/locales/ja';
import { useCodeConfirmation } from '../../src/react/useCodeConfirmation';
import { uniqueUser } from '../support/confirmFlow';
import { expectAccessible } from '../support/expectAccessible';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper } from '../support/kitWrapper';
import { setUpEmulator } from '../support/setUpEmulator';

const emulator = setUpEmulator();
const codeInput = () => screen.getByLabelText('Confirmation code') as HTMLInputElement;
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!.textContent;

async function signUp(prefix: string) {
  const person = uniqueUser(prefix);
  const answer = await harnessClient(emulator.endpoint).signUp(person);
  return { ...person, session: answer.Session as string };
}

describe('SignUpConfirmation signing in after confirming', () => {
  it('the right code → "Signed in as …", focus on it, said once; onConfirmed then onSignedIn with the tokens; no Sign in action', async () => {
    const person = await signUp('screenin');
    const calls: string[] = [];
    const onConfirmed = vi.fn(() => calls.push('confirmed'));
    const onSignedIn = vi.fn(() => calls.push('signedIn'));
    const onSignInError = vi.fn();
    const onSignIn = vi.fn();
    const { container } = render(
      <SignUpConfirmation
        username={person.username}
        signUpSession={person.session}
        onConfirmed={onConfirmed}
        onSignedIn={onSignedIn}
        onSignInError={onSignInError}
        onSignIn={onSignIn}
      />,
      { wrapper: kitWrapper(emulator) },
    );
    await userEvent.type(codeInput(), emulator.latestCode(person.username)!);
    const heading = await screen.findByRole('heading', { name: 'You’re signed in' });
    const panel = heading.parentElement!;
    expect(panel.getAttribute('data-state')).toBe('signed-in');
    expect(panel.textContent).toContain(`Signed in as ${person.username}.`);
    await waitFor(() => expect(document.activeElement).toBe(panel));
    expect(live(container)).toBe(`Signed in as ${person.username}.`);
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(calls).toEqual(['confirmed', 'signedIn']);
    expect(onSignedIn).toHaveBeenCalledWith(
      expect.objectContaining({ AccessToken: expect.any(String), IdToken: expect.any(String) }),
      person.username,
    );
    expect(onSignInError).not.toHaveBeenCalled();
    await expectAccessible(container);
  });

  it('the signed-in panel arrives in one commit with its announcement and focus: no second render before the paint', async () => {
    const person = await signUp('screenone');
    const commits: { phase: string; panel: boolean; live: string | null | undefined }[] = [];
    let container: HTMLElement | undefined;
    const onRender = (_id: string, phase: string) => {
      const panel = container?.querySelector('[data-state="signed-in"]');
      commits.push({ phase, panel: Boolean(panel), live: container?.querySelector('[aria-live="polite"]')?.textContent });
    };
    ({ container } = render(
      <Profiler id="screen" onRender={onRender}>
        <SignUpConfirmation username={person.username} signUpSession={person.session} />
      </Profiler>,
      { wrapper: kitWrapper(emulator) },
    ));
    await userEvent.type(codeInput(), emulator.latestCode(person.username)!);
    await screen.findByRole('heading', { name: 'You’re signed in' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-state')).toBe('signed-in'));
    const withPanel = commits.filter((commit) => commit.panel);
    // The commit that shows the panel says it too; a state update in its layout effect would add a
    // 'nested-update' commit (a second render, commit and layout) before the browser could paint.
    expect(withPanel[0]).toEqual({ phase: 'update', panel: true, live: `Signed in as ${person.username}.` });
    expect(commits.map((commit) => commit.phase)).not.toContain('nested-update');
    expect(live(container)).toBe(`Signed in as ${person.username}.`);
  });

  it('an expired Session: confirmed, the Sign in panel with the username carried to onSignIn, onSignInError told why', async () => {
    const person = await signUp('screenexp');
    const storage = createMemoryStorage();
    const onSignedIn = vi.fn();
    const onSignInError = vi.fn();
    const onSignIn = vi.fn();
    const { container } = render(
      <SignUpConfirmation
        username={person.username}
        signUpSession={person.session}
        onSignedIn={onSignedIn}
        onSignInError={onSignInError}
        onSignIn={onSignIn}
      />,
      { wrapper: kitWrapper(emulator, { storage }) },
    );
    await waitFor(() => expect(storage.length).toBe(1));
    await emulator.expireSession(person.username);
    await userEvent.type(codeInput(), emulator.latestCode(person.username)!);
    await screen.findByRole('heading', { name: 'Account confirmed' });
    expect(container.querySelector('[data-state="confirmed"]')).not.toBeNull();
    expect(live(container)).toBe('Your account is confirmed. You can sign in now.');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(onSignInError).toHaveBeenCalledWith(expect.objectContaining({ code: 'NotAuthorizedException' }), person.username);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledWith(person.username);
  });

  it('signInHref as a function gets the username on the fallback panel', async () => {
    const person = await signUp('screenhref');
    render(<SignUpConfirmation username={person.username} signInHref={(name) => `/sign-in?username=${encodeURIComponent(name)}`} />, {
      wrapper: kitWrapper(emulator),
    });
    await userEvent.type(codeInput(), emulator.latestCode(person.username)!);
    const link = await screen.findByRole('link', { name: 'Sign in' });
    expect(link.getAttribute('href')).toBe(`/sign-in?username=${person.username}`);
  });

  it('words the signed-in panel in the provider’s language', async () => {
    const person = await signUp('screenja');
    render(<SignUpConfirmation username={person.username} signUpSession={person.session} />, {
      wrapper: kitWrapper(emulator, { messages: ja, locale: 'ja' }),
    });
    await userEvent.type(screen.getByLabelText('確認コード'), emulator.latestCode(person.username)!);
    await screen.findByRole('heading', { name: 'サインインしました' });
    expect(document.body.textContent).toContain(`${person.username} としてサインインしています。`);
  });
});

describe('useCodeConfirmation signing in', () => {
  it('panel and panel props say signed-in, with the texts', async () => {
    const person = await signUp('hookin');
    const onSignedIn = vi.fn();
    const { result } = renderHook(() => useCodeConfirmation({ username: person.username, signUpSession: person.session, onSignedIn }), {
      wrapper: kitWrapper(emulator),
    });
    act(() => result.current.setCode(emulator.latestCode(person.username)!));
    await waitFor(() => expect(result.current.panel).toBe('signed-in'));
    expect(result.current.getPanelProps()['data-state']).toBe('signed-in');
    expect(result.current.texts.panelTitle).toBe('You’re signed in');
    expect(result.current.texts.panelText).toBe(`Signed in as ${person.username}.`);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('an MFA challenge ends on the confirmed panel and hands the challenge to onSignInChallenge', async () => {
    const person = await signUp('hookmfa');
    const challenge = { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'AYABeMfaChallengeSession0123456789', ChallengeParameters: {} };
    const { createFetchTransport } = await import('../../src/core/protocol/transports/createFetchTransport');
    const transport = createFetchTransport({
      endpoint: emulator.endpoint,
      fetch: async (input, init) =>
        new Headers(init?.headers).get('x-amz-target')?.endsWith('InitiateAuth')
          ? new Response(JSON.stringify(challenge), { headers: { 'content-type': 'application/x-amz-json-1.1' } })
          : fetch(input, init),
    });
    const onSignInChallenge = vi.fn();
    const onSignedIn = vi.fn();
    const { result } = renderHook(
      () => useCodeConfirmation({ username: person.username, signUpSession: person.session, onSignInChallenge, onSignedIn }),
      { wrapper: kitWrapper(emulator, { transport }) },
    );
    act(() => result.current.setCode(emulator.latestCode(person.username)!));
    await waitFor(() => expect(result.current.panel).toBe('confirmed'));
    expect(onSignInChallenge).toHaveBeenCalledWith(challenge, person.username);
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
