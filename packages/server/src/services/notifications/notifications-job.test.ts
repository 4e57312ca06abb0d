// The serve timer: first run a minute after start, then every interval; stop waits for a run.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startNotifyTimer, type NotifyJob, type NotifyReport } from './notifications-job';

afterEach(() => vi.useRealTimers());

function fakeJob(): { job: NotifyJob; runs: () => number } {
  let runs = 0;
  const job = {
    mailerEnabled: false,
    run: () => {
      runs += 1;
      return Promise.resolve({ at: '' } as unknown as NotifyReport);
    },
    settle: () => Promise.resolve(),
  } satisfies NotifyJob;
  return { job, runs: () => runs };
}

describe('startNotifyTimer', () => {
  it('runs a minute after start, then every interval, until stopped', async () => {
    vi.useFakeTimers();
    const { job, runs } = fakeJob();
    const reports: NotifyReport[] = [];
    const timer = startNotifyTimer(
      job,
      60,
      (r) => reports.push(r),
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(59_000);
    expect(runs()).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs()).toBe(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(runs()).toBe(2);
    expect(reports).toHaveLength(2);
    await timer.stop();
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(runs()).toBe(2);
  });

  it('reports a failed run instead of throwing', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    const { job } = fakeJob();
    const failing = { ...job, run: () => Promise.reject(new Error('csdl không trả lời')) };
    const timer = startNotifyTimer(
      failing,
      1,
      () => undefined,
      (e) => errors.push(e),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(String(errors[0])).toContain('csdl không trả lời');
    await timer.stop();
  });
});
