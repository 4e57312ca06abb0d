// The notification job, run by `dti notify run` and every DTI_NOTIFY_INTERVAL_MINUTES by `dti serve`:
// create the reminders, escalations and publication notices due, then e-mail what is pending. Safe
// to run from several processes at once: creation is idempotent (dedupe keys, a unique index) and
// delivery claims each notification before sending it.
import type { Store } from '../../db/store';
import type { Clock } from '../shared/clock';
import type { FrameworkCache } from '../cycle/cycle-context';
import type { Mailer } from './mailer';
import { deliverPending, type DeliveryReport } from './notifications-delivery';
import type { NotificationsService } from './notifications.service';
import { createRemindersService, type ReminderReport } from './reminders.service';
import { formatDateVi } from '../cycle/vietnam-time';

/** Publication notices go out for periods published this many days before the run, no older. */
export const PUBLICATION_NOTICE_DAYS = 7;

/** Settings of the job. */
export interface NotifyJobSettings {
  mailer: Mailer;
  /** Days before a deadline a reminder goes out (DTI_REMINDER_DAYS). */
  reminderDays: readonly number[];
  /** The address links in e-mails start with (DTI_PUBLIC_URL). */
  publicUrl: string;
}

/** What one run did. */
export interface NotifyReport {
  /** The instant the run took as "now", ISO. */
  at: string;
  reminders: ReminderReport;
  /** Publication notices created (one per recipient), by year. */
  publications: { year: number; notices: number }[];
  delivery: DeliveryReport;
}

/** The notification job. */
export function createNotifyJob(
  store: Store,
  frameworks: FrameworkCache,
  clock: Clock,
  notifications: NotificationsService,
  settings: NotifyJobSettings,
) {
  const reminders = createRemindersService(store, frameworks, notifications, settings.reminderDays);

  async function createPublicationNotices(now: Date): Promise<NotifyReport['publications']> {
    const since = now.getTime() - PUBLICATION_NOTICE_DAYS * 86_400_000;
    const published = (await store.repos.periods.listPeriodHeads()).filter(
      (p) =>
        p.state === 'published' &&
        p.publishedAt !== null &&
        p.publishedAt.getTime() >= since &&
        p.publishedAt <= now,
    );
    if (published.length === 0) return [];
    const staff = (await store.repos.users.listUsers()).filter(
      (u) => u.active && u.unitId !== null && (u.role === 'unit_officer' || u.role === 'unit_head'),
    );
    const result: NotifyReport['publications'] = [];
    for (const period of published) {
      const decision =
        period.decisionNumber === null
          ? ''
          : ` theo Quyết định số ${period.decisionNumber}` +
            (period.decisionDate === null ? '' : ` ngày ${formatDateVi(period.decisionDate)}`);
      const rows = await notifications.notifyUsers(store.repos, staff, {
        kind: 'published',
        title: `Đã công bố kết quả DTI năm ${period.year}`,
        body:
          `UBND tỉnh đã phê duyệt và công bố kết quả đánh giá chỉ số chuyển đổi số (DTI) năm ${period.year}${decision}. ` +
          'Điểm, thứ hạng và mức độ của đơn vị xem trên cổng thông tin DTI.',
        link: '/',
        dedupeKey: `published:${period.year}`,
      });
      result.push({ year: period.year, notices: rows.length });
    }
    return result;
  }

  let running: Promise<NotifyReport> | undefined;

  async function runOnce(now: Date): Promise<NotifyReport> {
    const reminderReport = await reminders.createDueReminders(now);
    const publications = await createPublicationNotices(now);
    const delivery = await deliverPending(store, settings.mailer, now, settings.publicUrl);
    return { at: now.toISOString(), reminders: reminderReport, publications, delivery };
  }

  return {
    /** Whether e-mail is configured. */
    mailerEnabled: settings.mailer.enabled,

    /**
     * Runs the job once at `now` (default: the clock). A run already going in this process is
     * awaited instead of starting a second one.
     */
    async run(options: { now?: Date } = {}): Promise<NotifyReport> {
      if (running) return running;
      running = runOnce(options.now ?? clock.now());
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },

    /** Waits for a run in progress, if any (before closing the database). */
    async settle(): Promise<void> {
      await running?.catch(() => undefined);
    },
  };
}

/** The notification job. */
export type NotifyJob = ReturnType<typeof createNotifyJob>;

/**
 * Runs the job one minute after start (sooner when the interval is shorter), then `minutes` after
 * each run ends, on unref'd timers so it never keeps the process alive. `stop` clears the timer and
 * waits for a run in progress.
 */
export function startNotifyTimer(
  job: NotifyJob,
  minutes: number,
  onReport: (report: NotifyReport) => void,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void job
        .run()
        .then(onReport)
        .catch(onError)
        .finally(() => schedule(minutes * 60_000));
    }, delay);
    timer.unref();
  };
  schedule(Math.min(60_000, minutes * 60_000));
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await job.settle();
    },
  };
}
