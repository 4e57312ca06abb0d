// Calls that arrive together share one run; an idle batcher runs at once; errors stay per call.
import { describe, expect, it } from 'vitest';
import { createBatcher, withSingleFallback } from './batcher';

describe('batcher', () => {
  it('gathers calls of one turn into one run, answering each in order', async () => {
    const runs: number[][] = [];
    const double = createBatcher((keys: number[]) => {
      runs.push(keys);
      return Promise.resolve(keys.map((k) => k * 2));
    });
    expect(await Promise.all([1, 2, 3].map(double))).toEqual([2, 4, 6]);
    expect(runs).toEqual([[1, 2, 3]]);
    expect(await double(5)).toBe(10);
    expect(runs).toHaveLength(2);
  });

  it('keeps at most maxInFlight runs and at most maxBatch keys per run', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const call = createBatcher(
      async (keys: number[]) => {
        running += 1;
        most = Math.max(most, running);
        sizes.push(keys.length);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return keys;
      },
      { maxBatch: 4, maxInFlight: 2 },
    );
    const keys = Array.from({ length: 20 }, (_, i) => i);
    expect(await Promise.all(keys.map(call))).toEqual(keys);
    expect(most).toBe(2);
    expect(Math.max(...sizes)).toBe(4);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('fails only the call whose slot holds an error, and every call when the run throws', async () => {
    const call = createBatcher((keys: number[]) =>
      Promise.resolve(keys.map((k) => (k < 0 ? new Error(`âm ${k}`) : k))),
    );
    const answers = await Promise.allSettled([call(1), call(-1), call(2)]);
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const broken = createBatcher((): Promise<number[]> => Promise.reject(new Error('mất kết nối')));
    const failed = await Promise.allSettled([broken(1), broken(2)]);
    expect(failed.every((a) => a.status === 'rejected')).toBe(true);
  });

  it('retries one by one when a whole batch fails, so one bad key fails alone', async () => {
    const run = withSingleFallback((keys: number[]) =>
      keys.includes(13)
        ? Promise.reject(new Error('13 không lưu được'))
        : Promise.resolve(keys.map((k) => k + 1)),
    );
    const call = createBatcher(run);
    const answers = await Promise.allSettled([call(1), call(13), call(3)]);
    expect(answers).toEqual([
      { status: 'fulfilled', value: 2 },
      { status: 'rejected', reason: new Error('13 không lưu được') },
      { status: 'fulfilled', value: 4 },
    ]);
  });
});
