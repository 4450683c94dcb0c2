// @vitest-environment jsdom
// The confirmation step's ordinary situations, each ending well: an incomplete code, focus, one
// message at a time, already confirmed, expired, rate limited after a reload, a second tab,
// offline, WebOTP. Against the emulator over HTTP where a request is (or must not be) made.
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttributeVerification } from '../../src/components/AttributeVerification';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { cooldownKey, createCooldownStore } from '../../src/core/cooldown/createCooldownStore';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';
import { createScenarioTransport, type Scenario } from '../../stories/support/createScenarioTransport';
import { uniqueUser } from '../support/confirmFlow';
import { expectAccessible } from '../support/expectAccessible';
import { harnessClient } from '../support/harnessClient.mjs';
import { kitWrapper, useKitFakeTimers, userOverHttp } from '../support/kitWrapper';
import { setUpEmulator } from '../support/setUpEmulator';

const emulator = setUpEmulator();
beforeEach(() => useKitFakeTimers(vi));
afterEach(() => vi.useRealTimers());

const user = userOverHttp;
const codeInput = () => screen.getByLabelText('Confirmation code') as HTMLInputElement;
const live = () => document.querySelector('[aria-live="polite"]')!.textContent;
const requests = (target: string, username: string) =>
  emulator.requests.filter((request) => request.target === target && request.body?.Username === username);

async function signUp(prefix: string) {
  const person = uniqueUser(prefix);
  const answer = await harnessClient(emulator.endpoint).signUp(person);
  return { ...person, details: answer.CodeDeliveryDetails };
}

async function confirmElsewhere(username: string) {
  const answer = await harnessClient(emulator.endpoint).call('ConfirmSignUp', {
    ClientId: emulator.clientId,
    Username: username,
    ConfirmationCode: emulator.latestCode(username),
  });
  expect(answer.status).toBe(200);
}

function withScenario(scenario: Scenario) {
  const transport = createScenarioTransport({ delayMs: 1, ...scenario });
  function Wrapper({ children }: { children: React.ReactNode }) {
    return (
      <CognitoConfirmProvider config={{ userPoolId: 'eu-west-1_x', clientId: 'c', transport, cooldownStorage: createMemoryStorage() }}>
        {children}
      </CognitoConfirmProvider>
    );
  }
  return { transport, Wrapper };
}

describe('an incomplete code is refused locally', () => {
  it('sends nothing, says what is missing, marks the field invalid and keeps focus there', async () => {
    const person = await signUp('short');
    const { container } = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator) });
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));

    await user().click(screen.getByRole('button', { name: 'Confirm' }));
    const message = () => document.getElementById(codeInput().getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent;
    await waitFor(() => expect(message()).toBe('Enter the 6-digit code.'));
    expect(codeInput().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(codeInput());
    await waitFor(() => expect(live()).toBe('Enter the 6-digit code.'));

    await user().type(codeInput(), '12');
    // Typing clears the complaint; submitting again says how much is missing.
    expect(codeInput().getAttribute('aria-invalid')).toBeNull();
    await user().keyboard('{Enter}');
    await waitFor(() => expect(message()).toBe('The code is incomplete: 4 digits are missing.'));
    expect(codeInput().value).toBe('12');
    await user().type(codeInput(), '345');
    await user().click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(message()).toBe('The code is incomplete: 1 digit is missing.'));
    expect(document.activeElement).toBe(codeInput());
    await expectAccessible(container);

    expect(requests('ConfirmSignUp', person.username)).toHaveLength(0);
    // The complete code goes out, once.
    await user().type(codeInput(), '6');
    await waitFor(() => expect(container.querySelector('.ck-code .ck-error')?.textContent).toContain('That code is not right.'));
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(1);
  });

  it('does not steal focus when autoFocus is off', () => {
    render(<SignUpConfirmation username="jane" autoFocus={false} />, { wrapper: kitWrapper(emulator) });
    expect(document.activeElement).not.toBe(codeInput());
  });
});

describe('one message at a time', () => {
  it('a newer message replaces the older one', async () => {
    const { Wrapper } = withScenario({ resend: 'NetworkError', confirm: 'ExpiredCodeException' });
    const { container } = render(<SignUpConfirmation username="jane" />, { wrapper: Wrapper });
    await user().type(codeInput(), '123456');
    await waitFor(() => expect(container.textContent).toContain('That code has expired. Use Resend below to get a new one.'));
    expect(document.activeElement).toBe(codeInput());
    expect(codeInput().value).toBe('123456');

    await user().click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(container.textContent).toContain('You seem to be offline.'));
    expect(container.textContent).not.toContain('That code has expired');
    expect(codeInput().getAttribute('aria-invalid')).toBeNull();
    expect(container.querySelectorAll('.ck-error')).toHaveLength(1);
    expect(container.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('a code sent after an expired one clears the expiry message', async () => {
    const { Wrapper } = withScenario({ confirm: 'ExpiredCodeException' });
    const { container } = render(<SignUpConfirmation username="jane" />, { wrapper: Wrapper });
    await user().type(codeInput(), '123456');
    await waitFor(() => expect(container.textContent).toContain('That code has expired.'));
    await user().click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(live()).toBe('Code sent to j***@e***.com.'));
    expect(container.textContent).not.toContain('That code has expired.');
    expect(container.querySelectorAll('.ck-error')).toHaveLength(0);
  });
});

describe('already confirmed (e.g. a tab left open after confirming in another)', () => {
  it('ConfirmSignUp answers "Current status is CONFIRMED": one calm message and Sign in, no error styling', async () => {
    const person = await signUp('stale');
    await confirmElsewhere(person.username);
    const onSignIn = vi.fn();
    const onConfirmed = vi.fn();
    const { container } = render(
      <SignUpConfirmation username={person.username} codeDeliveryDetails={person.details} onSignIn={onSignIn} onConfirmed={onConfirmed} />,
      { wrapper: kitWrapper(emulator) },
    );
    await user().type(codeInput(), '000000');
    const panel = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('[data-state="already-confirmed"]');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(screen.getByRole('heading', { name: 'Already confirmed' })).toBeTruthy();
    expect(panel.textContent).toContain('This account is already confirmed. Sign in to continue.');
    expect(container.querySelector('.ck-error, [aria-invalid="true"]')).toBeNull();
    await waitFor(() => {
      expect(live()).toBe('This account is already confirmed. Sign in to continue.');
      expect(document.activeElement).toBe(panel);
    });
    // Said once on screen (the live region aside), not beside a contradicting error.
    expect(panel.textContent!.split('already confirmed')).toHaveLength(2);
    await expectAccessible(container);

    await user().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledWith(person.username);
    expect(onConfirmed).not.toHaveBeenCalled();
    expect(requests('ConfirmSignUp', person.username).at(-1)?.body.ConfirmationCode).toBe('000000');
  });

  it('resend answers "User is already confirmed.": the same calm end, with a Sign in link', async () => {
    const person = await signUp('stale-resend');
    await confirmElsewhere(person.username);
    const { container } = render(<SignUpConfirmation username={person.username} signInHref="/sign-in" />, {
      wrapper: kitWrapper(emulator),
    });
    await user().click(screen.getByRole('button', { name: 'Resend' }));
    const link = await screen.findByRole('link', { name: 'Sign in' });
    expect(link.getAttribute('href')).toBe('/sign-in');
    expect(container.querySelector('[data-state="already-confirmed"]')).not.toBeNull();
    expect(container.querySelector('.ck-error')).toBeNull();
    expect(requests('ResendConfirmationCode', person.username)).toHaveLength(1);
  });

  it('success is a designed panel too: icon, heading, the next action', async () => {
    const person = await signUp('done');
    render(<SignUpConfirmation username={person.username} onSignIn={() => {}} headingLevel={1} />, { wrapper: kitWrapper(emulator) });
    await user().type(codeInput(), emulator.latestCode(person.username)!);
    const heading = await screen.findByRole('heading', { name: 'Account confirmed', level: 2 });
    const panel = heading.closest('[data-state="confirmed"]')!;
    expect(panel.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(panel.textContent).toContain('Your account is confirmed. You can sign in now.');
    expect(screen.getByRole('button', { name: 'Sign in' }).className).toBe('ck-submit');
  });
});

describe('rate limited and second tabs keep their context', () => {
  it('after a reload, a stored rate limit still explains itself and counts down', async () => {
    const person = await signUp('reload-limit');
    const storage = createMemoryStorage();
    createCooldownStore({ storage }).start(cooldownKey(emulator.userPoolId, emulator.clientId, person.username), 'rateLimited');
    const { container } = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator, { storage }) });
    const sentence = () => container.querySelector('[data-state="rate-limited"]')?.textContent ?? '';
    expect(sentence()).toMatch(/^Too many attempts\. You can ask for a new code in (1:00|0:5\d)\.$/);
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(sentence()).toMatch(/in 0:4\d\.$/);
    expect(screen.getByRole('button', { name: /^Resend in/ }).getAttribute('aria-disabled')).toBe('true');
    await act(() => vi.advanceTimersByTimeAsync(46_000));
    expect(sentence()).toBe('');
  });

  it('a rate limit on a code check waits its own time, not the resend timer ("… in 0 seconds" before)', async () => {
    const { Wrapper } = withScenario({ confirm: 'LimitExceededException' });
    render(<SignUpConfirmation username="jane" codeDeliveryDetails={{ Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL' }} />, {
      wrapper: Wrapper,
    });
    await user().type(codeInput(), '123456{Enter}');
    await waitFor(() => expect(codeInput().getAttribute('aria-invalid')).toBe('true'));
    const said = `${document.body.textContent}`;
    expect(said).toMatch(/Too many attempts\. Please wait 30 seconds before trying again\./);
    expect(said).not.toMatch(/ask for a new code in 0/);
    expect(codeInput().value).toBe('123456');
  });

  it('a second tab (same storage, nothing passed in) shows where the code went and the same countdown', async () => {
    const person = await signUp('second');
    const storage = createMemoryStorage();
    const first = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator, { storage }) });
    await user().click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(screen.getByRole('timer')).toBeTruthy());
    const endsIn = screen.getByRole('timer').textContent;
    first.unmount();

    const { container } = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator, { storage }) });
    const masked = `${person.username[0]}***@e***.com`;
    expect(container.querySelector('.ck-destination')?.textContent?.trim()).toBe(`We sent a code by email to ${masked}.`);
    expect(container.textContent).not.toContain(person.email);
    expect(screen.getByRole('timer').textContent).toBe(endsIn);
  });

  it('re-verification without delivery details: wording for the attribute, not the sign-up sentence', () => {
    const storage = createMemoryStorage();
    createCooldownStore({ storage }).start(cooldownKey(emulator.userPoolId, emulator.clientId, 'person-2', 'attr:phone_number'), 'sent');
    const token = ['eyJhbGciOiJub25lIn0', btoa(JSON.stringify({ sub: 'person-2' })).replace(/=+$/, ''), 'sig'].join('.');
    const { container } = render(<AttributeVerification accessToken={token} attributeName="phone_number" />, {
      wrapper: kitWrapper(emulator, { storage }),
    });
    expect(container.querySelector('.ck-destination')?.textContent?.trim()).toBe(
      'We sent a code by text message to the phone number on your account.',
    );
  });
});

describe('offline: the buttons wait', () => {
  let onLine = true;
  beforeEach(() => {
    onLine = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => onLine);
  });
  afterEach(() => vi.restoreAllMocks());
  const goOffline = (value: boolean) =>
    act(() => {
      onLine = !value;
      window.dispatchEvent(new Event(value ? 'offline' : 'online'));
    });

  it('says so before anything is sent, sends nothing while offline, and lets the person go on once online', async () => {
    const person = await signUp('offline');
    const { container } = render(<SignUpConfirmation username={person.username} />, { wrapper: kitWrapper(emulator) });
    await goOffline(true);
    const notice = () => container.querySelector('p[data-state="offline"]')?.textContent;
    expect(notice()).toBe('You are offline. Nothing was sent: you can continue once you are back online.');
    await waitFor(() => expect(live()).toBe(notice()));
    const confirm = screen.getByRole('button', { name: 'Confirm' });
    const resend = screen.getByRole('button', { name: 'Resend' });
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    expect(resend.getAttribute('aria-disabled')).toBe('true');

    const code = emulator.latestCode(person.username)!;
    await user().type(codeInput(), code);
    await user().click(confirm);
    await user().click(resend);
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(0);
    expect(requests('ResendConfirmationCode', person.username)).toHaveLength(0);
    expect(codeInput().value).toBe(code);
    await expectAccessible(container);

    await goOffline(false);
    expect(notice()).toBeUndefined();
    await waitFor(() => expect(live()).toBe('You are back online.'));
    expect(confirm.getAttribute('aria-disabled')).toBeNull();
    // Nothing queued went out by itself: the person confirms.
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(0);
    await user().click(confirm);
    await waitFor(() => expect(container.querySelector('[data-state="confirmed"]')).not.toBeNull());
    // Settled: the result is announced in the commit that shows it (the test must not end before).
    await waitFor(() => expect(live()).toBe('Your account is confirmed. You can sign in now.'));
    expect(requests('ConfirmSignUp', person.username)).toHaveLength(1);
  });

  it('opening the step while offline says so at once', () => {
    onLine = false;
    const { container } = render(<SignUpConfirmation username="jane" />, { wrapper: kitWrapper(emulator) });
    expect(container.querySelector('p[data-state="offline"]')).not.toBeNull();
  });
});

describe('WebOTP', () => {
  type Get = (options: { otp: { transport: string[] }; signal: AbortSignal }) => Promise<unknown>;
  function stubWebOtp(get: Get) {
    const spy = vi.fn(get);
    Object.defineProperty(window, 'OTPCredential', { configurable: true, value: class OTPCredential {} });
    Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get: spy } });
    return spy;
  }
  afterEach(() => {
    Reflect.deleteProperty(window, 'OTPCredential');
    Reflect.deleteProperty(navigator, 'credentials');
  });

  it('asks for the SMS code, fills and submits it', async () => {
    const get = stubWebOtp(async () => ({ type: 'otp', id: '', code: '123456' }));
    const { transport, Wrapper } = withScenario({});
    const { container } = render(<SignUpConfirmation username="jane" />, { wrapper: Wrapper });
    await waitFor(() => expect(container.querySelector('[data-state="confirmed"]')).not.toBeNull());
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]![0]).toEqual({ otp: { transport: ['sms'] }, signal: expect.any(AbortSignal) });
    expect(transport.calls.map((call) => call.operation)).toEqual(['ConfirmSignUp']);
    expect((transport.calls[0]!.params as { ConfirmationCode: string }).ConfirmationCode).toBe('123456');
  });

  it('aborts the request when the field goes away', () => {
    const get = stubWebOtp(() => new Promise(() => {}));
    const { Wrapper } = withScenario({});
    const { unmount } = render(<SignUpConfirmation username="jane" />, { wrapper: Wrapper });
    const { signal } = get.mock.calls.at(-1)![0];
    expect(signal.aborted).toBe(false);
    unmount();
    expect(signal.aborted).toBe(true);
  });

  it('asks again after every resend, the open request aborted before the next starts; the new SMS fills and submits', async () => {
    const answer: Array<(code: string) => void> = [];
    const openBefore: number[] = [];
    let open = 0;
    const get = stubWebOtp(
      ({ signal }) =>
        new Promise((resolve, reject) => {
          openBefore.push(open);
          open += 1;
          let settled = false;
          const settle = (then: () => void) => {
            if (settled) return;
            settled = true;
            open -= 1;
            then();
          };
          answer.push((code) => settle(() => resolve({ type: 'otp', id: '', code })));
          signal.addEventListener('abort', () => settle(() => reject(new DOMException('aborted', 'AbortError'))));
        }),
    );
    const { transport, Wrapper } = withScenario({});
    const { container } = render(<SignUpConfirmation username="jane" />, { wrapper: Wrapper });
    expect(get).toHaveBeenCalledTimes(1);

    // The first request is still open (no SMS yet): the resend aborts it, then asks again.
    await user().click(screen.getByRole('button', { name: /Resend/ }));
    await waitFor(() => expect(live()).toMatch(/^Code sent/));
    expect(get).toHaveBeenCalledTimes(2);
    expect(get.mock.calls[0]![0].signal.aborted).toBe(true);
    expect(get.mock.calls[1]![0].signal.aborted).toBe(false);
    expect(openBefore).toEqual([0, 0]);

    answer[1]!('123456');
    await waitFor(() => expect(container.querySelector('[data-state="confirmed"]')).not.toBeNull());
    expect(transport.calls.map((call) => call.operation)).toEqual(['ResendConfirmationCode', 'ConfirmSignUp']);
    expect((transport.calls[1]!.params as { ConfirmationCode: string }).ConfirmationCode).toBe('123456');
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('is off with webOtp={false}, and where the browser has no OTPCredential', () => {
    const get = stubWebOtp(async () => null);
    const { Wrapper } = withScenario({});
    render(<SignUpConfirmation username="jane" webOtp={false} />, { wrapper: Wrapper });
    expect(get).not.toHaveBeenCalled();
    Reflect.deleteProperty(window, 'OTPCredential');
    render(<SignUpConfirmation username="joe" />, { wrapper: Wrapper });
    expect(get).not.toHaveBeenCalled();
  });

  it('a refused or empty answer leaves the field to typing', async () => {
    const get = stubWebOtp(async () => {
      throw new DOMException('dismissed', 'NotAllowedError');
    });
    const { transport, Wrapper } = withScenario({});
    render(<SignUpConfirmation username="jane" />, { wrapper: Wrapper });
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(get).toHaveBeenCalled();
    expect(codeInput().value).toBe('');
    expect(transport.calls).toHaveLength(0);
  });
});
