import { Navigate, useLocation, useNavigate } from 'react-router';
import { authApi } from '../api';
import { useAuth } from '../auth/AuthContext';
import { PASSWORD_REQUIRED_PATH } from '../auth/guards';
import { AuthCard } from '../components/AuthCard';
import { Button } from '../components/Button';
import { FormAlert } from '../components/FormAlert';
import { TextField } from '../components/TextField';
import { useApiForm } from '../hooks/useApiForm';
import { validateLogin } from '../lib/validation';

export function LoginPage() {
  const { session, signIn, signOutReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/pireps';

  const form = useApiForm({
    initialValues: { email: '', password: '' },
    validate: validateLogin,
    submit: (values) => authApi.login(values.email.trim(), values.password),
    onSuccess: (response) => {
      signIn(response);
      navigate(response.user.mustChangePassword ? PASSWORD_REQUIRED_PATH : from, { replace: true });
    },
  });

  if (session && !form.isPending) {
    return <Navigate to={session.user.mustChangePassword ? PASSWORD_REQUIRED_PATH : from} replace />;
  }

  return (
    <AuthCard title="Sign in" subtitle="Operations for your virtual airline.">
      {signOutReason === 'expired' && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          Your session has ended. Please sign in again.
        </p>
      )}
      <form onSubmit={form.handleSubmit} noValidate className="space-y-5">
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus
          {...form.field('email')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          {...form.field('password')}
        />
        <FormAlert message={form.formError} />
        <Button type="submit" pending={form.isPending} className="w-full">
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}
