// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CooldownTimer } from '../../src/components/CooldownTimer';
import { getSharedCooldownClock } from '../../src/core/cooldown/createCooldownClock';

// Exact boundaries: plain fake timers (no real time leaking in), nothing here awaits I/O.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] }));
afterEach(() => vi.useRealTimers());

describe('CooldownTimer', () => {
  it('shows m:ss from the deadline, re-renders once per second, and calls onComplete once', async () => {
    const onComplete = vi.fn();
    let renders = 0;
    render(
      <Profiler id="timer" onRender={() => (renders += 1)}>
        <CooldownTimer endsAt={Date.now() + 3_000} onComplete={onComplete} />
      </Profiler>,
    );
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('0:03');
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(timer.textContent).toBe('0:03');
    expect(renders).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(timer.textContent).toBe('0:02');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(timer.textContent).toBe('0:00');
    expect(timer.dataset.state).toBe('done');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(renders).toBe(4);
    expect(getSharedCooldownClock().activeTimers()).toBe(0);
  });

  it('is not a live region, so screen readers are not told every second', () => {
    render(<CooldownTimer endsAt={Date.now() + 10_000} />);
    const timer = screen.getByRole('timer');
    expect(timer.getAttribute('aria-live')).toBeNull();
    expect(timer.closest('[aria-live]')).toBeNull();
  });

  it('does not call onComplete when mounted already finished, and takes a custom format', async () => {
    const onComplete = vi.fn();
    render(<CooldownTimer endsAt={Date.now() - 1_000} onComplete={onComplete} format={(ms) => `${ms / 1000}s`} />);
    expect(screen.getByRole('timer').textContent).toBe('0s');
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(onComplete).not.toHaveBeenCalled();
  });

  it("follows a sleeping tab: after a jump it shows the deadline's truth at once", async () => {
    render(<CooldownTimer endsAt={Date.now() + 60_000} />);
    vi.setSystemTime(Date.now() + 45_000);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByRole('timer').textContent).toBe('0:14');
  });
});
