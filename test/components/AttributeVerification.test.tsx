// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttributeVerification } from '../../src/components/AttributeVerification';
import { signedInUser } from '../support/confirmFlow';
import { setUpEmulator } from '../support/setUpEmulator';
import { expectAccessible } from '../support/expectAccessible';
import { kitWrapper, useKitFakeTimers } from '../support/kitWrapper';

const emulator = setUpEmulator();
beforeEach(() => useKitFakeTimers(vi));
afterEach(() => vi.useRealTimers());

describe('AttributeVerification against the emulator', () => {
  it('send code → field appears with a cooldown → verify → done', async () => {
    const { user: person, accessToken } = await signedInUser(emulator, 'reverify');
    const onVerified = vi.fn();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<AttributeVerification accessToken={accessToken} onVerified={onVerified} />, {
      wrapper: kitWrapper(emulator),
    });
    expect(screen.getByRole('heading', { name: 'Verify your email address' })).toBeTruthy();
    expect(screen.queryByLabelText('Confirmation code')).toBeNull();
    await expectAccessible(container);

    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const input = (await screen.findByLabelText('Confirmation code')) as HTMLInputElement;
    expect(screen.getByRole('button', { name: /Resend in/ }).getAttribute('aria-disabled')).toBe('true');
    // Where Cognito said the code went, masked: never the raw address.
    await waitFor(() =>
      expect(container.querySelector('.ck-destination')?.textContent?.trim()).toMatch(
        /^We sent a code by email to \w\*\*\*@\w\*\*\*\.\w+\.$/,
      ),
    );
    expect(container.textContent).not.toContain(person.email);
    expect(document.activeElement).toBe(input);
    await expectAccessible(container);

    await user.type(input, emulator.latestCode(person.username)!);
    await waitFor(() => expect(container.textContent).toContain('Verified. Thank you.'));
    expect(onVerified).toHaveBeenCalledTimes(1);
  });

  it("without CodeDeliveryDetails (optional in Cognito's answer): wording for re-verification, no invented address", async () => {
    const { accessToken } = await signedInUser(emulator, 'nodetails');
    emulator.setDeliveryDetails(false);
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const { container } = render(<AttributeVerification accessToken={accessToken} />, { wrapper: kitWrapper(emulator) });
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      await screen.findByLabelText('Confirmation code');
      expect(container.querySelector('.ck-destination')?.textContent).toBe('We sent a code to the email address on your account.');
      expect(container.textContent).not.toContain('If an account exists');
    } finally {
      emulator.setDeliveryDetails(true);
    }
  });

  it('shows the code step at once when the app already sent a code', () => {
    render(
      <AttributeVerification
        accessToken="a.b.c"
        attributeName="phone_number"
        codeDeliveryDetails={{ Destination: '+*******1234', DeliveryMedium: 'SMS', AttributeName: 'phone_number' }}
      />,
      {
        wrapper: kitWrapper(emulator),
      },
    );
    expect(screen.getByRole('heading', { name: 'Verify your phone number' })).toBeTruthy();
    expect(screen.getByLabelText('Confirmation code')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resend' })).toBeTruthy();
    // Focus in the field as the step opens.
    expect(document.activeElement).toBe(screen.getByLabelText('Confirmation code'));
  });
});
