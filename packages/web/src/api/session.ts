// Sign in, sign out, who am I.
import { currentSessionAddress, type LoginRequest, type SessionInfo } from '@dti/contract';
import { ApiRequestError, mayHaveSession, requestApi, setCsrfToken } from './client';

/** Signs in; remembers the CSRF token for later unsafe requests. */
export async function signIn(credentials: LoginRequest): Promise<SessionInfo> {
  const info = await requestApi<SessionInfo>('/api/session', { method: 'POST', body: { json: credentials } });
  setCsrfToken(info.csrfToken);
  return info;
}

/** Signs out (the server clears both cookies). */
export async function signOut(): Promise<void> {
  try {
    await requestApi<undefined>('/api/session', { method: 'DELETE' });
  } finally {
    setCsrfToken(undefined);
  }
}

/**
 * The current session, or null when nobody is signed in. Without the CSRF cookie (set with the
 * session cookie, cleared with it) there is no session to ask about: no request, so a visitor of
 * the portal never gets a 401 in the console.
 */
export async function fetchCurrentSession(): Promise<SessionInfo | null> {
  if (!mayHaveSession()) return null;
  try {
    const info = await requestApi<SessionInfo>(currentSessionAddress);
    setCsrfToken(info.csrfToken);
    return info;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}
