// In-app notifications: council requests and answers, deadline reminders and escalations,
// publication. They are written inside the caller's transaction (the outbox); e-mail goes out later
// from notifications-delivery.ts. A `dedupeKey` (suffixed `/<user id>`) makes a notification that
// must exist once — a reminder — idempotent however often the job runs.
import type { NotificationRow } from '../../db/notifications.repository';
import type { Repositories, Store } from '../../db/store';
import type { UserRow } from '../../db/users.repository';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';

/** A message to users. */
export interface NotificationDraft {
  kind: string;
  title: string;
  body: string;
  /** A path of the web application, e.g. `/app/assessment`. */
  link?: string;
  /** Set for a notification that must exist once per user; the user id is appended. */
  dedupeKey?: string;
}

/** Where an item under review sits: the council members assigned to it are notified. */
export interface ReviewTarget {
  periodId: number;
  unitId: number;
  setId: string;
  indexCode: string;
  /** User name of whoever made the request (an administrator may review without assignment). */
  requestedBy: string | null;
}

/** Active officers and heads of a unit (`heads`: heads only). */
export function unitStaff(users: readonly UserRow[], unitId: number, heads = false): UserRow[] {
  return users.filter(
    (u) =>
      u.active && u.unitId === unitId && (u.role === 'unit_head' || (!heads && u.role === 'unit_officer')),
  );
}

/** Notification use cases. */
export function createNotificationsService(store: Store, clock: Clock) {
  /** Writes one notification per user (inside the caller's transaction when `repos` is one). */
  async function notifyUsers(
    repos: Repositories,
    users: readonly UserRow[],
    draft: NotificationDraft,
  ): Promise<NotificationRow[]> {
    const createdAt = clock.now();
    const unique = [...new Map(users.map((u) => [u.id, u])).values()];
    return repos.notifications.insertNotifications(
      unique.map((u) => ({
        userId: u.id,
        kind: draft.kind,
        title: draft.title,
        body: draft.body,
        link: draft.link ?? null,
        dedupeKey: draft.dedupeKey === undefined ? null : `${draft.dedupeKey}/${u.id}`,
        createdAt,
      })),
    );
  }

  return {
    notifyUsers,

    /** Notifies every active officer and head of a unit (inside the caller's transaction). */
    async notifyUnit(
      repos: Repositories,
      unitId: number,
      draft: NotificationDraft,
    ): Promise<NotificationRow[]> {
      return notifyUsers(repos, unitStaff(await repos.users.listUsers({ unitId }), unitId), draft);
    },

    /**
     * Notifies the council members assigned to an item (by unit, or by the item's main index of
     * the set) and whoever made the request, inside the caller's transaction.
     */
    async notifyReviewers(
      repos: Repositories,
      target: ReviewTarget,
      draft: NotificationDraft,
    ): Promise<NotificationRow[]> {
      const assigned = (await repos.review.listAssignments(target.periodId)).filter(
        (a) => a.unitId === target.unitId || (a.setId === target.setId && a.indexCode === target.indexCode),
      );
      const recipients: UserRow[] = [];
      for (const id of new Set(assigned.map((a) => a.memberId))) {
        const user = await repos.users.findUserById(id);
        if (user?.active) recipients.push(user);
      }
      if (target.requestedBy !== null) {
        const requester = await repos.users.findUserByUsername(target.requestedBy);
        if (requester?.active && (requester.role === 'admin' || requester.role === 'council_member')) {
          recipients.push(requester);
        }
      }
      return notifyUsers(repos, recipients, draft);
    },

    async listMine(actor: Actor): Promise<NotificationRow[]> {
      if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
      return store.repos.notifications.listForUser(actor.userId, 100);
    },

    async markRead(actor: Actor, id: number): Promise<void> {
      if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
      await store.repos.notifications.markRead(actor.userId, id, clock.now());
    },
  };
}

/** Notification use cases. */
export type NotificationsService = ReturnType<typeof createNotificationsService>;
