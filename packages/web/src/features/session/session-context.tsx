// Who is signed in, shared by the whole application: loaded once from GET /api/session/me.
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { LoginRequest, SessionInfo, SessionUser } from '@dti/contract';
import { fetchCurrentSession, signIn as signInRequest, signOut as signOutRequest } from '../../api/session';
import { clearOfflineCopies } from '../offline/offline-copies';
import { forgetOwnUnit } from './own-unit';

/** The session as the interface sees it. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'signed-in'; user: SessionUser; expiresAt: string };

/** What `useSession` gives. */
export interface SessionValue {
  state: SessionState;
  /** The signed-in user, or null. */
  user: SessionUser | null;
  signIn: (credentials: LoginRequest) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

function stateOf(info: SessionInfo | null): SessionState {
  return info ? { status: 'signed-in', user: info.user, expiresAt: info.expiresAt } : { status: 'anonymous' };
}

/**
 * Provides the session; `initial` skips the first load (tests). `pending` is the first load already
 * started (main.tsx starts it before React's first render, which it would otherwise wait for).
 */
export function SessionProvider({
  children,
  initial,
  pending,
}: {
  children: ReactNode;
  initial?: SessionState;
  pending?: Promise<SessionInfo | null>;
}) {
  const [state, setState] = useState<SessionState>(initial ?? { status: 'loading' });

  useEffect(() => {
    if (initial) return;
    let alive = true;
    (pending ?? fetchCurrentSession())
      // a transition: the signed-in layout's first render goes in slices, not one long task
      .then((info) => alive && startTransition(() => setState(stateOf(info))))
      .catch(() => alive && startTransition(() => setState({ status: 'anonymous' })));
    return () => {
      alive = false;
    };
  }, [initial, pending]);

  const signIn = useCallback(async (credentials: LoginRequest) => {
    const info = await signInRequest(credentials);
    setState(stateOf(info));
    return info.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await signOutRequest();
    } finally {
      // sign-out clears the local copy: edits waiting on this device and the cached answers
      await clearOfflineCopies();
      forgetOwnUnit();
      setState({ status: 'anonymous' });
    }
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ state, user: state.status === 'signed-in' ? state.user : null, signIn, signOut }),
    [state, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
