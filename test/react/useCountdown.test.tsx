// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldownClock } from '../../src/core/cooldown/createCooldownClock';
import { useCountdown, useIsBefore } from '../../src/react/useCountdown';

beforeEach(() => vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

describe('useCountdown with a deadline that is not a finite time', () => {
  for (const endsAt of [Number.POSITIVE_INFINITY, Number.NaN, Number.NEGATIVE_INFINITY]) {
    it(`${endsAt}: no countdown, no timer left ticking, nothing thrown`, async () => {
      const clock = createCooldownClock();
      const { result } = renderHook(() => ({ left: useCountdown(endsAt, clock), before: useIsBefore(endsAt, clock) }));
      expect(result.current).toEqual({ left: 0, before: false });
      await act(() => vi.advanceTimersByTimeAsync(5_000));
      expect(clock.activeTimers()).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    });
  }
});
