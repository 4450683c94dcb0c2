// @vitest-environment jsdom
// The confirmation step as a hook, against the emulator over HTTP (nothing mocked above it): the
// behaviour a custom UI gets without any of the kit's components.
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { maskDestination } from '../../src/core/protocol/maskDestination';
import { createFetchTransport } from '../../src/core/protocol/transports/createFetchTransport';
import { useAttributeCodeConfirmation } from '../../src/react/useAttributeCodeConfirmation';
import { useCodeConfirmation, type UseCodeConfirmationOptions } from '../../src/react/useCodeConfirmation';
import type { CodeConfirmation } from '../../src/react/withPropGetters';
import { signedInUser, uniqueUser } from '../support/confirmFlow';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper, useKitFakeTimers } from '../support/kitWrapper';
import { setUpEmulator } from '../support/setUpEmulator';

const emulator = setUpEmulator();
beforeEach(() => useKitFakeTimers(vi));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  emulator.setResendLimit(Infinity);
});

async function signedUp(prefix: string) {
  const person = uniqueUser(prefix);
  await harnessClient(emulator.endpoint).signUp(person);
  return person;
}
const requests = (target: string, username: string) =>
  emulator.requests.filter((request) => request.target === target && request.body?.Username === username);
const wrongCode = (username: string) => (emulator.latestCode(username) === '000000' ? '111111' : '000000');

function renderStep(options: UseCodeConfirmationOptions) {
  return renderHook(() => useCodeConfirmation(options), { wrapper: kitWrapper(emulator) });
}

describe('useCodeConfirmation', () => {
  it('refuses an incomplete code with a message about the field, sends nothing, and clears it on typing', async () => {
    const person = await signedUp('hook-short');
    const { result } = renderStep({ username: person.username });
    act(() => result.current.confirm());
    expect(result.current.message).toMatchObject({ kind: 'incomplete', refersTo: 'code', text: 'Enter the 6-digit code.' });

    act(() => result.current.setCode('12'));
    expect(result.current.message).toBeNull();
    act(() => result.current.confirm());
    const { message } = result.current;
    expect(message).toMatchObject({ kind: 'incomplete', text: 'The code is incomplete: 4 digits are missing.' });
    expect(result.current.getInputProps()).toMatchObject({ 'aria-invalid': true, 'aria-describedby': message!.id });
    expect(result.current.getMessageProps()).toEqual({ id: message!.id, 'data-kind': 'incomplete' });
    expect(result.current.announcement?.text).toBe('The code is incomplete: 4 digits are missing.');
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(0);
  });

  it('keeps a wrong code and says so at the field; the right one confirms, announces and calls onConfirmed', async () => {
    const person = await signedUp('hook-wrong');
    const onConfirmed = vi.fn();
    const { result } = renderStep({ username: person.username, onConfirmed });
    const wrong = wrongCode(person.username);
    // Complete codes go out by themselves (autoSubmit).
    act(() => result.current.setCode(`${wrong.slice(0, 3)}-${wrong.slice(3)}`));
    await waitFor(() => expect(result.current.message?.kind).toBe('error'));
    expect(result.current.code).toBe(wrong);
    expect(result.current.message).toMatchObject({
      refersTo: 'code',
      text: 'That code is not right. Check it and try again, or ask for a new one.',
      error: expect.objectContaining({ code: 'CodeMismatchException' }),
    });
    expect(result.current.panel).toBe('form');

    act(() => result.current.setCode(emulator.latestCode(person.username)!));
    await waitFor(() => expect(result.current.panel).toBe('confirmed'));
    expect(result.current.message).toBeNull();
    expect(result.current.texts).toMatchObject({
      panelTitle: 'Account confirmed',
      panelText: 'Your account is confirmed. You can sign in now.',
    });
    expect(result.current.announcement?.text).toBe('Your account is confirmed. You can sign in now.');
    expect(onConfirmed).toHaveBeenCalledExactlyOnceWith(person.username);
  });

  it('resend: shows "New code sent to …", cools down with a deadline, refuses clicks meanwhile, then says it is over', async () => {
    const person = await signedUp('hook-resend');
    const { result } = renderStep({ username: person.username });
    act(() => result.current.getResendProps().onClick());
    await waitFor(() => expect(result.current.resendState.state).toBe('cooldown'));
    const masked = maskDestination(person.email, 'EMAIL');
    expect(result.current.message).toMatchObject({ kind: 'sent', refersTo: 'resend', text: `New code sent to ${masked}.` });
    expect(result.current.announcement?.text).toBe(`Code sent to ${masked}.`);
    expect(result.current.resendState).toMatchObject({ reason: 'sent', inert: true });
    expect(result.current.resendState.endsAt! - Date.now()).toBeGreaterThan(25_000);
    expect(result.current.getResendProps()).toMatchObject({
      'aria-disabled': true,
      'aria-describedby': result.current.message!.id,
      'data-state': 'cooldown',
    });

    act(() => result.current.getResendProps().onClick());
    expect(requests('ResendConfirmationCode', person.username)).toHaveLength(1);

    // The next message replaces the visible confirmation.
    act(() => result.current.confirm());
    expect(result.current.message?.kind).toBe('incomplete');

    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(result.current.resendState).toMatchObject({ state: 'idle', endsAt: null, inert: false });
    expect(result.current.announcement?.text).toBe('You can ask for a new code now.');
  });

  it('a rate limit is a message about the resend control, with the deadline and a sentence to put a live countdown in', async () => {
    const person = await signedUp('hook-limit');
    emulator.setResendLimit(0);
    const { result } = renderStep({ username: person.username });
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.message?.kind).toBe('rate-limited'));
    const { message, resendState } = result.current;
    expect(message!.refersTo).toBe('resend');
    expect(message!.text).toMatch(/^Too many attempts\. You can ask for a new code in /);
    expect(message!.endsAt).toBe(resendState.endsAt);
    expect(message!.endsAt! - Date.now()).toBeGreaterThan(0);
    expect(message!.parts('<T>').join('')).toBe('Too many attempts. You can ask for a new code in <T>.');
    expect(resendState).toMatchObject({ state: 'cooldown', reason: 'rateLimited' });
    expect(result.current.getResendProps()['aria-describedby']).toBe(message!.id);
    // Not about the field.
    expect(result.current.getInputProps()['aria-invalid']).toBeUndefined();

    // The sentence goes with its cooldown.
    await act(() => vi.advanceTimersByTimeAsync(16 * 60_000));
    expect(result.current.message).toBeNull();
  });

  it('a prefilled code (a link) waits for Confirm, which it describes and focuses; nothing is sent on load', async () => {
    const person = await signedUp('hook-prefilled');
    const code = emulator.latestCode(person.username)!;
    let step: CodeConfirmation | undefined;
    function Step() {
      step = useCodeConfirmation({ username: person.username, initialCode: code });
      return (
        <>
          <input {...step.getInputProps()} />
          <button {...step.getConfirmProps()}>{step.texts.confirm}</button>
          <button {...step.getResendProps()}>Resend</button>
          {step.message && <p {...step.getMessageProps()}>{step.message.text}</p>}
        </>
      );
    }
    const { container } = render(<Step />, { wrapper: kitWrapper(emulator) });
    // Long enough for an auto-submit to have gone out: mail scanners open links and run their pages.
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(0);
    expect(step!.code).toBe(code);
    expect(step!.message).toMatchObject({
      kind: 'prefilled',
      refersTo: 'confirm',
      text: 'The code from your link is filled in. Select Confirm to finish.',
    });
    const [confirm, resend] = container.querySelectorAll('button');
    // Focus on Confirm (no phone keyboard over it), which the notice describes; the field is not invalid.
    expect(document.activeElement).toBe(confirm);
    expect(confirm!.getAttribute('aria-describedby')).toBe(step!.message!.id);
    expect(document.getElementById(step!.message!.id)?.textContent).toBe(step!.message!.text);
    expect(resend!.getAttribute('aria-describedby')).toBeNull();
    expect(container.querySelector('input')!.getAttribute('aria-invalid')).toBeNull();
    // Focus reads the notice out; the live region does not say it a second time.
    expect(step!.announcement).toBeNull();
    act(() => confirm!.click());
    await waitFor(() => expect(step!.panel).toBe('confirmed'));
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(1);
  });

  it('without autoFocus, the prefilled notice is announced instead', async () => {
    const person = await signedUp('hook-prefilled-quiet');
    const { result } = renderStep({ username: person.username, initialCode: '123456', autoFocus: false });
    expect(result.current.announcement?.text).toBe('The code from your link is filled in. Select Confirm to finish.');
  });

  it('an incomplete prefilled code gets no "filled in" notice: Confirm would only say it is incomplete', async () => {
    const person = await signedUp('hook-prefilled-short');
    const { result } = renderStep({ username: person.username, initialCode: '1234' });
    expect(result.current.code).toBe('1234');
    expect(result.current.message).toBeNull();
    expect(result.current.announcement).toBeNull();
  });

  it('editing a prefilled code drops the link notice, and a complete edit submits as typing does', async () => {
    const person = await signedUp('hook-prefilled-edit');
    const { result } = renderStep({ username: person.username, initialCode: wrongCode(person.username) });
    act(() => result.current.setCode(wrongCode(person.username)));
    expect(result.current.message?.kind).toBe('prefilled');
    act(() => result.current.setCode('12'));
    expect(result.current.message).toBeNull();
    act(() => result.current.setCode(emulator.latestCode(person.username)!));
    await waitFor(() => expect(result.current.panel).toBe('confirmed'));
  });

  it('a hostile initial code is cleaned and cut to the code length, never submitted', async () => {
    const person = await signedUp('hook-prefilled-hostile');
    const { result } = renderStep({ username: person.username, initialCode: `<b>12</b>${'9'.repeat(100_000)}` });
    expect(result.current.code).toBe('129999');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(0);
  });

  it('an account confirmed elsewhere ends on the already-confirmed panel, without onConfirmed', async () => {
    const person = await signedUp('hook-already');
    await harnessClient(emulator.endpoint).call('ConfirmSignUp', {
      ClientId: emulator.clientId,
      Username: person.username,
      ConfirmationCode: emulator.latestCode(person.username),
    });
    const onConfirmed = vi.fn();
    const { result } = renderStep({ username: person.username, onConfirmed, initialCode: '123456' });
    act(() => result.current.confirm());
    await waitFor(() => expect(result.current.panel).toBe('already-confirmed'));
    expect(result.current.texts.panelTitle).toBe('Already confirmed');
    expect(result.current.getPanelProps()['data-state']).toBe('already-confirmed');
    expect(onConfirmed).not.toHaveBeenCalled();
  });

  it('offline: says so, sends nothing, and the confirm and resend controls are inert', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const person = await signedUp('hook-offline');
    const { result } = renderStep({ username: person.username });
    expect(result.current.message).toMatchObject({ kind: 'offline', refersTo: 'step' });
    expect(result.current.getConfirmProps()).toMatchObject({ 'aria-disabled': true, 'data-state': 'offline' });
    act(() => result.current.setCode(emulator.latestCode(person.username)!));
    act(() => result.current.resend());
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(0);
    expect(requests('ResendConfirmationCode', person.username)).toHaveLength(0);
    expect(result.current.announcement?.text).toMatch(/^You are offline/);
  });

  it('refuses a code length or character set that could never match, naming it', () => {
    const wrapper = kitWrapper(emulator);
    for (const codeLength of [Number.NaN, 0, -6, 2.5, Number.POSITIVE_INFINITY, 1e9]) {
      expect(() => renderHook(() => useCodeConfirmation({ username: 'x', codeLength }), { wrapper })).toThrow(RangeError);
    }
    expect(() => renderHook(() => useCodeConfirmation({ username: 'x', codeLength: '6' as never }), { wrapper })).toThrow(TypeError);
    expect(() => renderHook(() => useCodeConfirmation({ username: 'x', characters: 'emoji' as never }), { wrapper })).toThrow(TypeError);
  });
});

describe('the code typed before a resend (issue #29 item 9)', () => {
  function Step(props: UseCodeConfirmationOptions & { onStep: (step: CodeConfirmation) => void }) {
    const step = useCodeConfirmation(props);
    props.onStep(step);
    return (
      <>
        <input {...step.getInputProps()} aria-label="code" />
        <button {...step.getConfirmProps()}>{step.texts.confirm}</button>
        <button {...step.getResendProps()}>Resend</button>
      </>
    );
  }
  function renderPlain(options: UseCodeConfirmationOptions, wrapper = kitWrapper(emulator)) {
    const holder: { step?: CodeConfirmation } = {};
    const view = render(<Step {...options} onStep={(step) => (holder.step = step)} />, { wrapper });
    return { view, step: () => holder.step!, input: () => screen.getByLabelText('code') as HTMLInputElement };
  }

  it('a wrong code stays after its error; a resend that went out clears it and focuses the field', async () => {
    const person = await signedUp('hook-resend-clears');
    const { step, input } = renderPlain({ username: person.username });
    const wrong = wrongCode(person.username);
    act(() => step().setCode(wrong));
    await waitFor(() => expect(step().message?.kind).toBe('error'));
    expect(step().code).toBe(wrong);
    act(() => screen.getByRole('button', { name: 'Resend' }).focus());
    act(() => step().resend());
    await waitFor(() => expect(step().message?.kind).toBe('sent'));
    expect(step().code).toBe('');
    expect(input().value).toBe('');
    expect(document.activeElement).toBe(input());
    // The next complete code submits itself again, as after any clearing.
    act(() => step().setCode(emulator.latestCode(person.username)!));
    await waitFor(() => expect(step().panel).toBe('confirmed'));
  });

  it('a code from a link is replaced by the resent one: the field is cleared', async () => {
    const person = await signedUp('hook-resend-link');
    const { step } = renderPlain({ username: person.username, initialCode: '123456' });
    expect(step().message?.kind).toBe('prefilled');
    act(() => step().resend());
    await waitFor(() => expect(step().message?.kind).toBe('sent'));
    expect(step().code).toBe('');
  });

  it('a failed resend (rate limit) keeps the typed code', async () => {
    const person = await signedUp('hook-resend-limit-keeps');
    emulator.setResendLimit(0);
    const { step, input } = renderPlain({ username: person.username, autoSubmit: false });
    act(() => step().setCode('123'));
    act(() => step().resend());
    await waitFor(() => expect(step().message?.kind).toBe('rate-limited'));
    expect(step().code).toBe('123');
    expect(input().value).toBe('123');
  });

  it('a failed resend (network) keeps the typed code', async () => {
    const person = await signedUp('hook-resend-network-keeps');
    const failing: typeof fetch = async (input, init) => {
      if (String(new Headers(init?.headers).get('x-amz-target')).endsWith('ResendConfirmationCode')) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const { step } = renderPlain(
      { username: person.username, autoSubmit: false },
      kitWrapper(emulator, { transport: createFetchTransport({ endpoint: emulator.endpoint, fetch: failing }) }),
    );
    act(() => step().setCode('12345'));
    act(() => step().resend());
    await waitFor(() => expect(step().message?.kind).toBe('error'));
    expect(step().message?.refersTo).toBe('resend');
    expect(step().code).toBe('12345');
  });

  it('a code typed (or filled from the SMS) while the resend is in flight stays', async () => {
    const person = await signedUp('hook-resend-typed-meanwhile');
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: typeof fetch = async (input, init) => {
      if (String(new Headers(init?.headers).get('x-amz-target')).endsWith('ResendConfirmationCode')) await held;
      return fetch(input, init);
    };
    const { step } = renderPlain(
      { username: person.username, autoSubmit: false },
      kitWrapper(emulator, { transport: createFetchTransport({ endpoint: emulator.endpoint, fetch: slow }) }),
    );
    act(() => step().setCode('111'));
    act(() => step().resend());
    await waitFor(() => expect(step().resendState.state).toBe('pending'));
    act(() => step().setCode('987654'));
    release();
    await waitFor(() => expect(step().message?.kind).toBe('sent'));
    expect(step().code).toBe('987654');
  });
});

describe('the prop getters on plain elements', () => {
  function PlainStep({ username }: { username: string }) {
    const step = useCodeConfirmation({ username });
    if (step.panel !== 'form') return <div {...step.getPanelProps()}>{step.texts.panelTitle}</div>;
    return (
      <form onSubmit={() => window.alert('the form must not submit itself')}>
        <label htmlFor={step.getLabelProps().htmlFor}>{step.texts.codeLabel}</label>
        <input {...step.getInputProps()} />
        {step.message && <p {...step.getMessageProps()}>{step.message.text}</p>}
        <button {...step.getConfirmProps()}>{step.texts.confirm}</button>
        <button {...step.getResendProps()}>Resend</button>
      </form>
    );
  }

  it('focuses the field on opening and after a refusal; Enter confirms; a pasted code replaces the field; focus moves to the panel', async () => {
    // Nothing here waits on a cooldown: real timers, so waitFor polls on its own clock.
    vi.useRealTimers();
    const person = await signedUp('hook-plain');
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    render(<PlainStep username={person.username} />, { wrapper: kitWrapper(emulator) });
    const user = userEvent.setup();
    const input = screen.getByLabelText('Confirmation code') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(input));

    await user.type(input, '12{Enter}');
    expect(screen.getByText('The code is incomplete: 4 digits are missing.').id).toBe(input.getAttribute('aria-describedby'));
    expect(document.activeElement).toBe(input);
    expect(alert).not.toHaveBeenCalled();

    // A fragment goes in at the caret; a whole code (with a separator) replaces what was there.
    await user.paste('3');
    expect(input.value).toBe('123');
    const code = emulator.latestCode(person.username)!;
    await user.paste(`${code.slice(0, 3)} ${code.slice(3)}`);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-state')).toBe('confirmed'));
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(1);
  });
});

describe('useAttributeCodeConfirmation', () => {
  it('a prefilled code before the first send says nothing (no Verify to point at yet), and the send keeps it', async () => {
    const { accessToken } = await signedInUser(emulator, 'hook-attr-prefilled');
    const { result } = renderHook(() => useAttributeCodeConfirmation({ accessToken, initialCode: '123456', autoFocus: false }), {
      wrapper: kitWrapper(emulator),
    });
    expect(result.current.codeSent).toBe(false);
    expect(result.current.message).toBeNull();
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.codeSent).toBe(true));
    expect(result.current.code).toBe('123456');
    expect(result.current.message).toBeNull();
  });

  it('starts before any code, opens the field on the first send (no "New code sent"), and says it for the next one', async () => {
    const { user: person, accessToken } = await signedInUser(emulator, 'hook-attr');
    const { result } = renderHook(() => useAttributeCodeConfirmation({ accessToken, cooldownMs: 1_000 }), {
      wrapper: kitWrapper(emulator),
    });
    expect(result.current.codeSent).toBe(false);
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.codeSent).toBe(true));
    expect(result.current.message).toBeNull();
    expect(result.current.texts.confirm).toBe('Verify');

    await act(() => vi.advanceTimersByTimeAsync(1_100));
    act(() => result.current.resend());
    await waitFor(() => expect(result.current.message?.kind).toBe('sent'));
    expect(result.current.message?.text).toBe(`New code sent to ${maskDestination(person.email, 'EMAIL')}.`);

    act(() => result.current.setCode(emulator.latestCode(person.username)!));
    await waitFor(() => expect(result.current.panel).toBe('confirmed'));
    expect(result.current.texts.panelTitle).toBe('Verified');
  });
});
