// In-app notifications (and e-mail when a mailer is configured): council requests and answers,
// deadline reminders. Reminders carry a dedupe key so running them twice sends nothing twice.
import type { NotificationRow } from '../db/notifications.repository';
import type { Repositories, Store } from '../db/store';
import type { Actor } from './actor';
import { AppError } from './app-error';
import type { Clock } from './clock';

/** A message to users. */
export interface NotificationDraft {
  kind: string;
  title: string;
  body: string;
  link?: string;
  dedupeKey?: string;
}

/** Notification use cases. */
export function createNotificationsService(store: Store, clock: Clock) {
  return {
    /** Notifies every active officer and head of a unit (inside the caller's transaction). */
    async notifyUnit(
      repos: Repositories,
      unitId: number,
      draft: NotificationDraft,
    ): Promise<NotificationRow[]> {
      const users = (await repos.users.listUsers({ unitId })).filter(
        (u) => u.active && (u.role === 'unit_officer' || u.role === 'unit_head'),
      );
      return repos.notifications.insertNotifications(
        users.map((u) => ({
          userId: u.id,
          kind: draft.kind,
          title: draft.title,
          body: draft.body,
          link: draft.link ?? null,
          dedupeKey: draft.dedupeKey === undefined ? null : `${draft.dedupeKey}/${u.id}`,
        })),
      );
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
