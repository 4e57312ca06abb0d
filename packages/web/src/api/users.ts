// Accounts (administrators only).
import type { User, UserCreate, UserUpdate } from '@dti/contract';
import { requestApi } from './client';

/** Every account. */
export function listUsers(signal?: AbortSignal): Promise<User[]> {
  return requestApi<User[]>('/api/users', signal ? { signal } : {});
}

/** Creates an account. */
export function createUser(input: UserCreate): Promise<User> {
  return requestApi<User>('/api/users', { method: 'POST', body: { json: input } });
}

/** Changes an account; a new password signs it out everywhere. */
export function updateUser(id: number, input: UserUpdate): Promise<User> {
  return requestApi<User>(`/api/users/${id}`, { method: 'PATCH', body: { json: input } });
}
