// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResendCodeButton } from '../../src/components/ResendCodeButton';
import { expectAccessible } from '../support/expectAccessible';
import { useKitFakeTimers, userOverHttp } from '../support/kitWrapper';

// user-event needs time to pass on its own; deadlines sit mid-second so that real drift cannot cross a boundary.
beforeEach(() => useKitFakeTimers(vi));
afterEach(() => vi.useRealTimers());

const user = userOverHttp;

describe('ResendCodeButton', () => {
  it('default link variant: "Didn\u2019t get a code? Resend", a quiet text button after a prompt', async () => {
    const { container } = render(<ResendCodeButton status="idle" />);
    const button = screen.getByRole('button', { name: 'Resend' });
    expect(button.dataset.variant).toBe('link');
    expect(button.parentElement?.textContent).toBe('Didn\u2019t get a code? Resend');
    expect(button.parentElement?.className).toBe('ck-resend');
    await expectAccessible(container);
  });

  it('link variant counts down inline; prompt={false} drops the sentence', () => {
    const { rerender } = render(<ResendCodeButton status="success" endsAt={Date.now() + 26_500} />);
    // (then the visually hidden reason the button is described by)
    expect(screen.getByRole('button').parentElement?.textContent).toMatch(/^Didn\u2019t get a code\? Resend in 0:27You can ask/);
    rerender(<ResendCodeButton status="idle" prompt={false} />);
    expect(screen.getByRole('button').parentElement?.tagName).not.toBe('P');
  });

  it('waiting (e.g. offline): inert without a state of its own, and clicks send nothing', async () => {
    const onResend = vi.fn();
    render(<ResendCodeButton status="idle" waiting onResend={onResend} />);
    const button = screen.getByRole('button', { name: 'Resend' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.dataset.state).toBe('idle');
    await user().click(button);
    expect(onResend).not.toHaveBeenCalled();
  });

  it('idle (button variant): a named button that resends on click, Enter and Space', async () => {
    const onResend = vi.fn();
    const { container } = render(<ResendCodeButton variant="button" status="idle" onResend={onResend} />);
    const button = screen.getByRole('button', { name: 'Resend code' });
    expect(button.dataset.variant).toBe('button');
    expect(button).toHaveProperty('dataset.state', 'idle');
    expect(button.getAttribute('aria-disabled')).toBeNull();
    await user().click(button);
    button.focus();
    await user().keyboard('{Enter}');
    await user().keyboard(' ');
    expect(onResend).toHaveBeenCalledTimes(3);
    await expectAccessible(container);
  });

  it('pending: says so, ignores clicks, stays focusable and tells why', async () => {
    const onResend = vi.fn();
    const { container } = render(<ResendCodeButton status="pending" onResend={onResend} />);
    const button = screen.getByRole('button', { name: 'Sending…' });
    expect(button.dataset.state).toBe('pending');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('A new code is on its way.');
    await user().click(button);
    expect(onResend).not.toHaveBeenCalled();
    await expectAccessible(container);
  });

  it('cooldown: counts down in m:ss from the deadline and comes back when it ends', async () => {
    const onResend = vi.fn();
    const onCooldownEnd = vi.fn();
    const { container } = render(
      <ResendCodeButton status="success" endsAt={Date.now() + 26_500} onResend={onResend} onCooldownEnd={onCooldownEnd} />,
    );
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('Resend in 0:27');
    expect(button.dataset.state).toBe('cooldown');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('timer').textContent).toBe('0:27');
    await expectAccessible(container);
    await user().click(button);
    expect(onResend).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(button.textContent).toBe('Resend in 0:25');
    await act(() => vi.advanceTimersByTimeAsync(25_000));
    expect(button.textContent).toBe('Resend');
    expect(button.dataset.state).toBe('idle');
    expect(onCooldownEnd).toHaveBeenCalledTimes(1);
    await user().click(button);
    expect(onResend).toHaveBeenCalledTimes(1);
  });

  it('cooldown from remainingSeconds alone, for apps with their own timer', () => {
    render(<ResendCodeButton status="idle" remainingSeconds={75} />);
    expect(screen.getByRole('button').textContent).toBe('Resend in 1:15');
  });

  it('error: offers to try again and is enabled', async () => {
    const onResend = vi.fn();
    const { container } = render(<ResendCodeButton status="error" onResend={onResend} />);
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button.dataset.state).toBe('error');
    await user().click(button);
    expect(onResend).toHaveBeenCalledTimes(1);
    await expectAccessible(container);
  });

  it('a rate-limit error during its cooldown shows the cooldown, not "try again"', () => {
    render(<ResendCodeButton status="error" endsAt={Date.now() + 60_000} />);
    expect(screen.getByRole('button').dataset.state).toBe('cooldown');
  });

  it('takes a custom label, texts and classes; unstyled drops the kit classes', () => {
    const { container, rerender } = render(
      <ResendCodeButton
        label="Send code"
        className="app-btn"
        classNames={{ timer: 'tabular' }}
        messages={{ 'resend.cooldown': 'Wait {time}' }}
      />,
    );
    expect(screen.getByRole('button').textContent).toBe('Send code');
    expect(screen.getByRole('button').className).toBe('ck-root ck-button app-btn');
    rerender(
      <ResendCodeButton
        endsAt={Date.now() + 5_000}
        className="app-btn"
        classNames={{ timer: 'tabular' }}
        messages={{ 'resend.cooldown': 'Wait {time}' }}
        unstyled
      />,
    );
    expect(screen.getByRole('button').textContent).toBe('Wait 0:05');
    expect(screen.getByRole('timer').className).toBe('tabular');
    expect(container.querySelector('[class*="ck-"]')).toBeNull();
    expect(screen.getByRole('button').dataset.state).toBe('cooldown');
  });
});
