import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiProblem, onSessionExpired, setCsrfToken, unwrap, type SessionEnd } from '../api/client';
import { hasPermission, type AdminPermission, type AdminRole } from './permissions';

export interface Session {
  id: string;
  email: string;
  roles: AdminRole[];
}

interface SessionState {
  /** undefined while the first GET /auth/session is under way; null when signed out. */
  session: Session | null | undefined;
  /** Why the official is on the sign-in page, when it is not of their doing. */
  endedBecause: SessionEnd | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  can(permission: AdminPermission): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [endedBecause, setEndedBecause] = useState<SessionEnd | null>(null);

  useEffect(() => {
    let cancelled = false;
    unwrap(api.GET('/api/admin/auth/session'))
      .then((info) => {
        if (cancelled) return;
        setCsrfToken(info.csrfToken);
        setSession({ id: info.id, email: info.email, roles: info.roles });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiProblem && error.status === 401)) console.error(error);
        // Reopened after an admin disabled the account: say so rather than only asking to sign in.
        if (error instanceof ApiProblem && error.code === 'ADMIN_ACCOUNT_DISABLED') setEndedBecause('disabled');
        setSession(null);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  // Any 401 on a signed-in request: the session is gone (timed out, ended by a password change elsewhere, or the
  // account disabled).
  useEffect(
    () =>
      onSessionExpired((why) => {
        setCsrfToken(null);
        setSession((current) => {
          if (current) setEndedBecause(why);
          return null;
        });
        queryClient.clear();
      }),
    [queryClient],
  );

  const signIn = useCallback(async (email: string, password: string) => {
    const signedIn = await unwrap(api.POST('/api/admin/auth/login', { body: { email, password } }));
    setCsrfToken(signedIn.csrfToken);
    setEndedBecause(null);
    setSession({ id: signedIn.id, email: signedIn.email, roles: signedIn.roles });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/admin/auth/logout'));
    } catch (error) {
      // Already signed out on the server: the outcome the official wanted.
      if (!(error instanceof ApiProblem && error.status === 401)) throw error;
    }
    setCsrfToken(null);
    setEndedBecause(null);
    setSession(null);
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      endedBecause,
      signIn,
      signOut,
      can: (permission) => (session ? hasPermission(session.roles, permission) : false),
    }),
    [session, endedBecause, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
