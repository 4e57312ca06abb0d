// Deadline reminders and escalations for every open period: which units are due (reminders.ts has
// the rule), who gets what, and the units nobody can be told about. Idempotent through dedupe keys.
import type { Store } from '../../db/store';
import { isUnitInYear, setForKind, type FrameworkCache } from '../cycle/cycle-context';
import { subIndicesOf } from '../cycle/cycle-scoring';
import { unitStaff, type NotificationsService } from './notifications.service';
import {
  dueReminderStage,
  escalationText,
  reminderKey,
  reminderText,
  shouldEscalate,
  type ReminderFacts,
} from './reminders';

/** A unit due for a reminder at this run. */
export interface DueUnit {
  year: number;
  code: string;
  name: string;
  /** The reminder stage (days before the deadline). */
  stage: number;
  /** The unit's deadline (its extension when later), ISO. */
  deadline: string;
  itemsFilled: number;
  itemsTotal: number;
  /** Notifications created by this run (0 when already sent by an earlier one). */
  reminders: number;
  escalations: number;
}

/** What a reminder run did. */
export interface ReminderReport {
  /** Years of the open periods looked at. */
  years: number[];
  /** Reminder notifications created by this run (one per recipient). */
  reminders: number;
  /** Escalation notifications created by this run. */
  escalations: number;
  /** Units that got something new in this run. */
  units: DueUnit[];
  /** Units due for a reminder that have no active officer or head account. */
  unitsWithoutAccounts: { year: number; code: string; name: string }[];
  /** Units due for an escalation that have no active head account. */
  unitsWithoutHead: { year: number; code: string; name: string }[];
}

/** The link of reminders: the unit's self-assessment page. */
export const assessmentLink = '/app/assessment';

/** Reminder use cases. */
export function createRemindersService(
  store: Store,
  frameworks: FrameworkCache,
  notifications: NotificationsService,
  days: readonly number[],
) {
  return {
    /** Creates the reminders and escalations due at `now` that do not exist yet. */
    async createDueReminders(now: Date): Promise<ReminderReport> {
      const report: ReminderReport = {
        years: [],
        reminders: 0,
        escalations: 0,
        units: [],
        unitsWithoutAccounts: [],
        unitsWithoutHead: [],
      };
      const periods = (await store.repos.periods.listPeriodHeads()).filter((p) => p.state === 'open');
      if (days.length === 0 || periods.length === 0) return report;
      const users = await store.repos.users.listUsers();
      const units = await store.repos.units.listUnits();
      for (const period of periods.sort((a, b) => a.year - b.year)) {
        report.years.push(period.year);
        const framework = await frameworks.get(store.repos, period.frameworkId);
        const deadlines = new Map(
          (await store.repos.periods.listDeadlines(period.id)).map((d) => [d.setId, d.deadline]),
        );
        const extensions = new Map(
          (await store.repos.periods.listExtensions(period.id)).map((e) => [e.unitId, e.until]),
        );
        const submitted = new Set(
          (await store.repos.assessments.listSubmissions(period.id)).map((s) => s.unitId),
        );
        let filled: Map<number, number> | undefined;
        for (const unit of units.filter((u) => isUnitInYear(u, period.year))) {
          const set = setForKind(framework, unit.kind);
          const setDeadline = set && deadlines.get(set.id);
          if (!set || !setDeadline || submitted.has(unit.id)) continue;
          const extension = extensions.get(unit.id);
          const deadline = extension && extension > setDeadline ? extension : setDeadline;
          const stage = dueReminderStage(deadline, now, days);
          if (stage === null) continue;
          filled ??= countItems(await store.repos.assessments.listPeriodItems(period.id));
          const facts: ReminderFacts = {
            year: period.year,
            unitId: unit.id,
            unitName: unit.name,
            deadline,
            stage,
            now,
            itemsFilled: filled.get(unit.id) ?? 0,
            itemsTotal: subIndicesOf(set).size,
          };
          const where = { year: period.year, code: unit.code, name: unit.name };
          const staff = unitStaff(users, unit.id);
          if (staff.length === 0) {
            report.unitsWithoutAccounts.push(where);
            continue;
          }
          const due: DueUnit = {
            ...where,
            stage,
            deadline: deadline.toISOString(),
            itemsFilled: facts.itemsFilled,
            itemsTotal: facts.itemsTotal,
            reminders: 0,
            escalations: 0,
          };
          due.reminders = (
            await notifications.notifyUsers(store.repos, staff, {
              kind: 'reminder',
              ...reminderText(facts),
              link: assessmentLink,
              dedupeKey: reminderKey('reminder', facts),
            })
          ).length;
          if (shouldEscalate(stage, days, facts.itemsFilled)) {
            const heads = unitStaff(users, unit.id, true);
            if (heads.length === 0) report.unitsWithoutHead.push(where);
            due.escalations = (
              await notifications.notifyUsers(store.repos, heads, {
                kind: 'escalation',
                ...escalationText(facts),
                link: assessmentLink,
                dedupeKey: reminderKey('escalation', facts),
              })
            ).length;
          }
          report.reminders += due.reminders;
          report.escalations += due.escalations;
          if (due.reminders + due.escalations > 0) report.units.push(due);
        }
      }
      return report;
    },
  };
}

function countItems(items: readonly { unitId: number }[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const item of items) counts.set(item.unitId, (counts.get(item.unitId) ?? 0) + 1);
  return counts;
}

/** Reminder use cases. */
export type RemindersService = ReturnType<typeof createRemindersService>;
