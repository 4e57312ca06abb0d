// In-app notifications of the signed-in account.
import type { Notification } from '@dti/contract';
import { requestApi } from './client';

/** My notifications. */
export function listNotifications(signal?: AbortSignal): Promise<Notification[]> {
  return requestApi<Notification[]>('/api/notifications', signal ? { signal } : {});
}

/** Marks one as read. */
export function markNotificationRead(id: number): Promise<void> {
  return requestApi<undefined>(`/api/notifications/${id}/read`, { method: 'POST' });
}
