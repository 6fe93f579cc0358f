import { Navigate, useNavigate } from 'react-router';
import { authApi } from '../api';
import { useAuth } from '../auth/AuthContext';
import { AuthCard } from '../components/AuthCard';
import { PasswordChangeForm } from '../components/PasswordChangeForm';

/**
 * Shown after signing in with a one-time password: nothing else is allowed until it is changed.
 * The change is followed by a fresh sign-in with the new password, whose token is then used.
 */
export function ForcedPasswordChangePage() {
  const { session, signIn, signOut } = useAuth();
  const navigate = useNavigate();

  if (!session) return <Navigate to="/login" replace />;
  if (!session.user.mustChangePassword) return <Navigate to="/pireps" replace />;
  const email = session.user.email;

  const changeAndSignIn = async (currentPassword: string, newPassword: string) => {
    await authApi.changePassword(currentPassword, newPassword);
    try {
      signIn(await authApi.login(email, newPassword));
    } catch (error) {
      // The password did change: the way on is a normal sign-in with the new one.
      signOut();
      throw error;
    }
  };

  return (
    <AuthCard
      title="Choose a new password"
      subtitle={
        <>
          You signed in as <strong className="font-medium text-slate-800">{email}</strong> with a one-time
          password. Choose your own password to continue.
        </>
      }
    >
      <PasswordChangeForm
        currentLabel="One-time password"
        submitLabel="Set password and continue"
        submit={changeAndSignIn}
        onChanged={() => navigate('/pireps', { replace: true })}
      />
      <p className="mt-6 text-center text-sm text-slate-500">
        Not you?{' '}
        <button type="button" onClick={signOut} className="font-medium text-sky-700 hover:underline">
          Sign out
        </button>
      </p>
    </AuthCard>
  );
}
