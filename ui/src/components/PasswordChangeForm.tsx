import { useApiForm } from '../hooks/useApiForm';
import { PASSWORD_MAX, PASSWORD_MIN, validatePasswordChange } from '../lib/validation';
import { Button } from './Button';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';

interface PasswordChangeFormProps {
  currentLabel: string;
  submitLabel: string;
  /** Performs the change (and whatever must follow it); rejects with the API's error. */
  submit: (currentPassword: string, newPassword: string) => Promise<unknown>;
  onChanged: () => void;
}

const INITIAL = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordChangeForm({ currentLabel, submitLabel, submit, onChanged }: PasswordChangeFormProps) {
  const form = useApiForm({
    initialValues: INITIAL,
    validate: validatePasswordChange,
    submit: (values) => submit(values.currentPassword, values.newPassword),
    onSuccess: () => {
      form.reset();
      onChanged();
    },
  });

  return (
    <form onSubmit={form.handleSubmit} noValidate className="space-y-5">
      <TextField
        label={currentLabel}
        type="password"
        autoComplete="current-password"
        required
        {...form.field('currentPassword')}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A few unrelated words make a strong one.`}
        {...form.field('newPassword')}
      />
      <TextField
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        {...form.field('confirmPassword')}
      />
      <FormAlert message={form.formError} />
      <Button type="submit" pending={form.isPending} className="w-full sm:w-auto">
        {submitLabel}
      </Button>
    </form>
  );
}
