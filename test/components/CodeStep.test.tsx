// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AttributeVerification } from '../../src/components/AttributeVerification';
import { SignUpConfirmation } from '../../src/components/SignUpConfirmation';
import { cooldownKey, createCooldownStore } from '../../src/core/cooldown/createCooldownStore';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import { CognitoConfirmProvider } from '../../src/react/CognitoConfirmProvider';
import { createScenarioTransport, type Scenario } from '../../stories/support/createScenarioTransport';

function withKit(scenario: Scenario, storage = createMemoryStorage()) {
  return function Wrapper({ children }: { children: React.ReactNode }) {
    return (
      <CognitoConfirmProvider
        config={{ userPoolId: 'eu-west-1_x', clientId: 'c', transport: createScenarioTransport(scenario), cooldownStorage: storage }}
      >
        {children}
      </CognitoConfirmProvider>
    );
  };
}
const live = () => document.querySelector('[aria-live="polite"]')!;

describe('the composed screens: announcements and focus', () => {
  it('announces every failed send once, also two in a row without a pending render; focus stays on resend, described by the message', async () => {
    // A username Cognito would refuse fails validation at once, so react-query never renders `pending`.
    render(<SignUpConfirmation username="jane doe" />, { wrapper: withKit({}) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(live().textContent).toContain('Enter your username or email address.'));
    const firstAnnouncement = live().firstElementChild;
    const again = screen.getByRole('button', { name: 'Try again' });
    await user.click(again);
    await waitFor(() => expect(live().firstElementChild).not.toBe(firstAnnouncement));
    expect(live().textContent).toBe('Enter your username or email address.');
    expect(document.activeElement).toBe(again);
    const message = document.getElementById(again.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message?.textContent).toBe('Enter your username or email address.');
    // One message on screen, not one per failure.
    expect(document.body.textContent!.split('Enter your username or email address.')).toHaveLength(3); // message + live region
  });

  it('keeps one live region across the switch to success, and focuses the result', async () => {
    render(<SignUpConfirmation username="jane" />, { wrapper: withKit({ delayMs: 1 }) });
    const region = live();
    await userEvent.type(screen.getByLabelText('Confirmation code'), '123456');
    // Announcement and focus happen in an effect after the success render: wait for them too.
    await waitFor(
      () => {
        expect(screen.getByRole('heading', { name: 'Account confirmed', level: 3 })).toBeTruthy();
        expect(region.textContent).toBe('Your account is confirmed. You can sign in now.');
        expect(document.activeElement?.getAttribute('data-state')).toBe('confirmed');
        expect(document.activeElement?.textContent).toBe('Account confirmedYour account is confirmed. You can sign in now.');
      },
      { timeout: 5_000 },
    );
    expect(live()).toBe(region);
  });

  it('links the resend button to the visible error while it waits out a rate limit', async () => {
    render(<SignUpConfirmation username="jane" />, { wrapper: withKit({ resend: 'LimitExceededException', delayMs: 0 }) });
    await userEvent.click(screen.getByRole('button', { name: 'Resend' }));
    const button = await screen.findByRole('button', { name: /Resend in/ });
    const descriptions = button
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toEqual(['You can ask for a new code when the timer ends.', expect.stringContaining('Too many attempts')]);
  });

  it('AttributeVerification keeps the code field after a reloaded cooldown runs out', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const storage = createMemoryStorage();
      const token = ['eyJhbGciOiJub25lIn0', btoa(JSON.stringify({ sub: 'person-1' })).replace(/=+$/, ''), 'sig'].join('.');
      createCooldownStore({ storage }).start(cooldownKey('eu-west-1_x', 'c', 'person-1', 'attr:email'), 'sent');
      render(<AttributeVerification accessToken={token} />, { wrapper: withKit({}, storage) });
      expect(screen.getByLabelText('Confirmation code')).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(31_000));
      expect(screen.getByLabelText('Confirmation code')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Resend' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
