import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCooldownClock } from '../../../src/core/cooldown/createCooldownClock';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createCooldownClock', () => {
  it('ticks when the displayed second changes, aligned to the deadline, and once more at 0', () => {
    const clock = createCooldownClock();
    const seen: number[] = [];
    const deadline = Date.now() + 2_500;
    clock.watch(deadline, (remaining) => seen.push(Math.ceil(remaining / 1000)));
    vi.advanceTimersByTime(499);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1); // 2.0 s left: the display goes 3 → 2
    expect(seen).toEqual([2]);
    vi.advanceTimersByTime(2_000);
    expect(seen).toEqual([2, 1, 0]);
    expect(clock.activeTimers()).toBe(0);
  });

  it('runs one timer for a hundred countdowns and none once they end or unsubscribe', () => {
    const clock = createCooldownClock();
    const stops = Array.from({ length: 100 }, (_, i) => clock.watch(Date.now() + 5_000 + i * 10, () => {}));
    expect(clock.activeTimers()).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3_000);
    expect(vi.getTimerCount()).toBe(1);
    stops.slice(0, 50).forEach((stop) => stop());
    vi.advanceTimersByTime(10_000);
    expect(clock.activeTimers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);

    const stop = clock.watch(Date.now() + 60_000, () => {});
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('catches up in one tick after the tab slept past the deadline', () => {
    const clock = createCooldownClock();
    const seen: number[] = [];
    clock.watch(Date.now() + 30_000, (remaining) => seen.push(remaining));
    vi.setSystemTime(Date.now() + 10 * 60_000); // the machine slept; no timer fired meanwhile
    vi.advanceTimersByTime(1_000);
    expect(seen).toEqual([0]);
    expect(clock.activeTimers()).toBe(0);
  });
});

describe('createCooldownClock refuses deadlines that would tick forever', () => {
  for (const deadline of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1]) {
    it(`watch(${deadline}) → RangeError and no timer`, () => {
      const clock = createCooldownClock();
      expect(() => clock.watch(deadline, () => {})).toThrow(RangeError);
      expect(() => clock.watch(deadline, () => {})).toThrow(/deadline/);
      vi.advanceTimersByTime(5_000);
      expect(vi.getTimerCount()).toBe(0);
    });
  }

  it('refuses a deadline of another type, a missing onTick and a now that is not a function', () => {
    const clock = createCooldownClock();
    expect(() => clock.watch('soon' as never, () => {})).toThrow(TypeError);
    expect(() => clock.watch(Date.now() + 1_000, undefined as never)).toThrow(TypeError);
    expect(() => createCooldownClock({ now: 42 as never })).toThrow(TypeError);
  });

  it('ends a watch at once when an injected now returns NaN, instead of ticking forever', () => {
    const clock = createCooldownClock({ now: () => Number.NaN });
    const seen: number[] = [];
    clock.watch(1_700_000_010_000, (remaining) => seen.push(remaining));
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
