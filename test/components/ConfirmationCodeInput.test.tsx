// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmationCodeInput } from '../../src/components/ConfirmationCodeInput';
import { sanitizeCode } from '../../src/ui/sanitizeCode';
import { expectAccessible } from '../support/expectAccessible';

const input = () => screen.getByLabelText('Confirmation code') as HTMLInputElement;
/** jsdom fires `select` a task after a selection change, and the field sets the caret a frame after a paste: let both happen inside act. */
const settle = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
async function placeCaret(at: number) {
  // Focus and selection changes update the active slot: inside act, like any event.
  await act(async () => {
    input().focus();
    input().setSelectionRange(at, at);
  });
  await settle();
}

describe('ConfirmationCodeInput', () => {
  it('is one labelled field built for one-time codes', async () => {
    const { container } = render(<ConfirmationCodeInput />);
    expect(input().getAttribute('autocomplete')).toBe('one-time-code');
    expect(input().getAttribute('inputmode')).toBe('numeric');
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(container.querySelectorAll('.ck-slot')).toHaveLength(6);
    expect(container.querySelector('.ck-slots')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.getElementById(input().getAttribute('aria-describedby')!)?.textContent).toBe('Enter the 6-digit code.');
    await expectAccessible(container);
  });

  it('keeps digits only and submits once when complete', async () => {
    const onComplete = vi.fn();
    render(<ConfirmationCodeInput onComplete={onComplete} />);
    await userEvent.type(input(), '12a3-4 5');
    expect(input().value).toBe('12345');
    expect(onComplete).not.toHaveBeenCalled();
    await userEvent.type(input(), '67');
    expect(input().value).toBe('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('takes a pasted whole code anywhere, with spaces or dashes, and submits it', async () => {
    const onComplete = vi.fn();
    render(<ConfirmationCodeInput defaultValue="99" onComplete={onComplete} />);
    await placeCaret(1);
    await userEvent.paste('123 456');
    await settle();
    expect(input().value).toBe('123456');
    expect(input().selectionStart).toBe(6);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('inserts a pasted fragment at the caret', async () => {
    render(<ConfirmationCodeInput defaultValue="1256" autoSubmit={false} />);
    await placeCaret(2);
    await userEvent.paste('34');
    await settle();
    expect(input().value).toBe('123456');
  });

  it('edits with Backspace and arrow keys like any text field', async () => {
    render(<ConfirmationCodeInput autoSubmit={false} />);
    await userEvent.type(input(), '1234');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{Backspace}9');
    expect(input().value).toBe('1934');
    await userEvent.keyboard('{End}{Backspace}{Backspace}');
    expect(input().value).toBe('19');
  });

  it('does not auto-submit when opted out', async () => {
    const onComplete = vi.fn();
    render(<ConfirmationCodeInput autoSubmit={false} onComplete={onComplete} />);
    await userEvent.type(input(), '123456');
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('shows an error linked to the field and keeps what was typed', async () => {
    function WithError() {
      const [value, setValue] = useState('');
      return <ConfirmationCodeInput value={value} onChange={setValue} error={value.length === 6 ? 'That code is not right.' : undefined} />;
    }
    const { container } = render(<WithError />);
    await userEvent.type(input(), '123456');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    const described = input()
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('That code is not right.');
    expect(input().value).toBe('123456');
    expect((container.firstElementChild as HTMLElement).dataset.state).toBe('error');
    await expectAccessible(container);
  });

  it('single-field variant, custom length and letters', async () => {
    const { container } = render(<ConfirmationCodeInput variant="single" length={8} characters="alphanumeric" autoSubmit={false} />);
    expect(container.querySelector('.ck-slots')).toBeNull();
    expect(input().getAttribute('inputmode')).toBe('text');
    await userEvent.type(input(), 'ab12-cd34ef');
    expect(input().value).toBe('ab12cd34');
  });

  it('keeps the code left-to-right on right-to-left pages', () => {
    render(
      <div dir="rtl">
        <ConfirmationCodeInput />
      </div>,
    );
    expect(input().getAttribute('dir')).toBe('ltr');
  });
});

describe('ConfirmationCodeInput webOtpKey', () => {
  it('a new webOtpKey aborts the open WebOTP request, then asks again; the same key does not', async () => {
    const signals: AbortSignal[] = [];
    const answers: Array<(code: string) => void> = [];
    const openAtStart: number[] = [];
    const get = vi.fn(({ signal }: { signal: AbortSignal }) => {
      openAtStart.push(signals.filter((previous) => !previous.aborted).length);
      signals.push(signal);
      return new Promise((resolve) => answers.push((code) => resolve({ type: 'otp', id: '', code })));
    });
    Object.defineProperty(window, 'OTPCredential', { configurable: true, value: class OTPCredential {} });
    Object.defineProperty(navigator, 'credentials', { configurable: true, value: { get } });
    try {
      const onComplete = vi.fn();
      const { rerender, unmount } = render(<ConfirmationCodeInput webOtpKey={0} onComplete={onComplete} />);
      rerender(<ConfirmationCodeInput webOtpKey={0} onComplete={onComplete} />);
      expect(get).toHaveBeenCalledTimes(1);
      rerender(<ConfirmationCodeInput webOtpKey={1} onComplete={onComplete} />);
      expect(get).toHaveBeenCalledTimes(2);
      expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
      expect(openAtStart).toEqual([0, 0]);
      // The aborted request's late answer is ignored; the new one fills and completes.
      await act(async () => answers[0]!('111111'));
      expect(onComplete).not.toHaveBeenCalled();
      await act(async () => answers[1]!('222222'));
      expect(onComplete).toHaveBeenCalledWith('222222');
      expect(input().value).toBe('222222');
      unmount();
      expect(signals[1]!.aborted).toBe(true);
    } finally {
      Reflect.deleteProperty(window, 'OTPCredential');
      Reflect.deleteProperty(navigator, 'credentials');
    }
  });
});

describe('sanitizeCode', () => {
  it('folds full-width digits from IMEs and drops separators', () => {
    expect(sanitizeCode('１２３ ４５６', 6)).toBe('123456');
    expect(sanitizeCode('123-456-789', 6)).toBe('123456');
    expect(sanitizeCode('12 34', 6, 'alphanumeric')).toBe('1234');
  });
});
