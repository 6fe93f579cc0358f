import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { User } from '../api/types';
import { ForbiddenPage } from '../pages/NotFoundPage';
import { useAuth } from './AuthContext';

export const PASSWORD_REQUIRED_PATH = '/password/required';

/** Renders its children only for a signed-in user who has no pending forced password change. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, signOutReason } = useAuth();
  const location = useLocation();
  if (!session) {
    // After signing out on purpose the next user starts afresh; otherwise come back here.
    const from = signOutReason === 'signed-out' ? undefined : location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (session.user.mustChangePassword) return <Navigate to={PASSWORD_REQUIRED_PATH} replace />;
  return children;
}

/** Renders its children only when the signed-in user passes `allowed`. */
export function RequirePermission({
  allowed,
  children,
}: {
  allowed: (user: User) => boolean;
  children: ReactNode;
}) {
  const { session } = useAuth();
  if (!session || !allowed(session.user)) return <ForbiddenPage />;
  return children;
}
