import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { authApi } from '../api';
import type { LoginResponse, User } from '../api/types';
import { sessionStore, type Session, type SessionStore, type SignOutReason } from './session';

interface AuthValue {
  session: Session | null;
  signOutReason: SignOutReason | null;
  signIn: (response: LoginResponse) => void;
  signOut: () => void;
  updateUser: (user: User) => void;
}

const AuthContext = createContext<AuthValue | null>(null);

const MAX_TIMER_MS = 2 ** 31 - 1;

export function AuthProvider({
  store = sessionStore,
  endSession = authApi.logout,
  children,
}: {
  store?: SessionStore;
  /** Ends the session on the server, so that its token is refused from then on. */
  endSession?: () => Promise<void>;
  children: ReactNode;
}) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const queryClient = useQueryClient();
  const session = state.session;
  const expiresAt = session?.expiresAt;
  const signedIn = session !== null;

  // Another user's data must never outlive a sign-out.
  useEffect(() => {
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);

  useEffect(() => {
    if (!expiresAt) return;
    const remaining = Date.parse(expiresAt) - Date.now();
    if (!Number.isFinite(remaining)) return;
    const timer = setTimeout(() => store.signOut('expired'), Math.min(Math.max(remaining, 0), MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [expiresAt, store]);

  const value = useMemo<AuthValue>(
    () => ({
      session,
      signOutReason: state.signOutReason,
      signIn: (response) => store.signIn(response),
      // Signed out here whatever the server says: an unreachable server must not keep anyone signed in.
      signOut: () => {
        endSession()
          .catch(() => undefined)
          .finally(() => store.signOut('signed-out'));
      },
      updateUser: (user) => store.updateUser(user),
    }),
    [session, state.signOutReason, store, endSession],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useCurrentUser(): User {
  const { session } = useAuth();
  if (!session) throw new Error('useCurrentUser needs a signed-in session');
  return session.user;
}
