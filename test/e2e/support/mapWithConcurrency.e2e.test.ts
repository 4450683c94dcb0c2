import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './mapWithConcurrency';

/** A promise the test settles by hand, so the running count is observed without timers. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapWithConcurrency', () => {
  it('runs at most `limit` at once and keeps the input order', async () => {
    const gates = Array.from({ length: 5 }, deferred);
    let running = 0;
    let peak = 0;
    const done = mapWithConcurrency([0, 1, 2, 3, 4], 2, async (item) => {
      running++;
      peak = Math.max(peak, running);
      await gates[item]!.promise;
      running--;
      return item * 10;
    });
    await tick();
    expect(running).toBe(2);
    // Finishing out of order frees a slot each time.
    for (const index of [1, 0, 3, 2, 4]) {
      gates[index]!.resolve();
      await tick();
    }
    expect(await done).toEqual([0, 10, 20, 30, 40]);
    expect(peak).toBe(2);
  });

  it('rejects with the first failure and starts no new work after it', async () => {
    const started: number[] = [];
    const result = mapWithConcurrency([0, 1, 2, 3], 1, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('page 1 failed');
      return item;
    });
    await expect(result).rejects.toThrow('page 1 failed');
    expect(started).toEqual([0, 1]);
  });

  it('handles no items, and refuses a limit that is not a positive integer', async () => {
    expect(await mapWithConcurrency([], 2, async () => 1)).toEqual([]);
    for (const limit of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      await expect(
        mapWithConcurrency([1], limit, async () => 1),
        String(limit),
      ).rejects.toThrow(RangeError);
  });
});
