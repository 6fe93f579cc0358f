import { useMutation } from '@tanstack/react-query';
import { usersApi } from '../../api';
import { errorMessage } from '../../api/errors';
import type { Role, User } from '../../api/types';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { Modal, ModalActions } from '../../components/Modal';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useRefreshAfterWrite } from '../../hooks/queries';
import { useApiForm } from '../../hooks/useApiForm';
import { formatRole } from '../../lib/format';
import { can } from '../../lib/permissions';
import { queryKeys } from '../../lib/queryKeys';
import { validateRejectReason, validateUserChange } from '../../lib/validation';

interface DialogProps {
  /** The signed-in user. */
  user: User;
  /** The user to change; null closes the dialog. */
  target: User | null;
  onClose: () => void;
}

const TENANT_ROLES: Role[] = ['PILOT', 'TENANT_ADMIN'];

/** Renames a user and, within the rules, changes their role. */
export function EditUserDialog({ user, target, onClose }: DialogProps) {
  return (
    <Modal open={target !== null} onClose={onClose} title={target ? `Edit ${target.displayName}` : 'Edit user'}>
      {target && <EditUserForm key={target.id} user={user} target={target} onDone={onClose} />}
    </Modal>
  );
}

function EditUserForm({ user, target, onDone }: { user: User; target: User; onDone: () => void }) {
  const refreshUsers = useRefreshAfterWrite(queryKeys.users.all);
  const changesRole = can.changeRole(user, target);
  const form = useApiForm({
    initialValues: { displayName: target.displayName, role: target.role as string },
    validate: validateUserChange,
    submit: (values) =>
      usersApi.update(target.id, {
        displayName: values.displayName.trim(),
        ...(changesRole ? { role: values.role as Role } : {}),
      }),
    onSuccess: () => {
      refreshUsers();
      onDone();
    },
  });

  return (
    <form onSubmit={form.handleSubmit} noValidate className="space-y-5">
      <TextField label="Display name" autoComplete="off" required autoFocus {...form.field('displayName')} />
      {changesRole ? (
        <SelectField
          label="Role"
          options={TENANT_ROLES.map((r) => ({ value: r, label: formatRole(r) }))}
          {...form.field('role')}
        />
      ) : (
        <p className="text-sm text-slate-600">
          Role: {formatRole(target.role)}
          {target.id === user.id ? ' (you cannot change your own role)' : ''}
        </p>
      )}
      <FormAlert message={form.formError} />
      <ModalActions>
        <Button variant="secondary" onClick={onDone} disabled={form.isPending}>
          Cancel
        </Button>
        <Button type="submit" pending={form.isPending}>
          Save
        </Button>
      </ModalActions>
    </form>
  );
}

/** Suspends a user with a reason: they are signed out everywhere and cannot sign in. */
export function SuspendUserDialog({ target, onClose }: Omit<DialogProps, 'user'>) {
  return (
    <Modal
      open={target !== null}
      onClose={onClose}
      title={target ? `Suspend ${target.displayName}` : 'Suspend user'}
      description="They are signed out at once, their API keys stop working, and they cannot sign in until reactivated."
    >
      {target && <SuspendForm key={target.id} target={target} onDone={onClose} />}
    </Modal>
  );
}

function SuspendForm({ target, onDone }: { target: User; onDone: () => void }) {
  const refreshUsers = useRefreshAfterWrite(queryKeys.users.all);
  const form = useApiForm({
    initialValues: { reason: '' },
    validate: validateRejectReason,
    submit: (values) => usersApi.suspend(target.id, values.reason.trim()),
    onSuccess: () => {
      refreshUsers();
      onDone();
    },
  });

  return (
    <form onSubmit={form.handleSubmit} noValidate className="space-y-4">
      <TextField label="Reason" multiline rows={3} required hint="Up to 500 characters." autoFocus {...form.field('reason')} />
      <FormAlert message={form.formError} />
      <ModalActions>
        <Button variant="secondary" onClick={onDone} disabled={form.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={form.isPending}>
          Suspend
        </Button>
      </ModalActions>
    </form>
  );
}

export function ReactivateUserDialog({ target, onClose }: Omit<DialogProps, 'user'>) {
  const refreshUsers = useRefreshAfterWrite(queryKeys.users.all);
  const reactivate = useMutation({
    mutationFn: (id: string) => usersApi.reactivate(id),
    onSuccess: () => {
      refreshUsers();
      onClose();
    },
  });
  const close = () => {
    reactivate.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={target !== null}
      title={target ? `Reactivate ${target.displayName}` : 'Reactivate user'}
      message={target?.suspendedReason ? `Suspended: ${target.suspendedReason}` : 'They may sign in again.'}
      confirmLabel="Reactivate"
      pending={reactivate.isPending}
      error={reactivate.error ? errorMessage(reactivate.error) : null}
      onConfirm={() => target && reactivate.mutate(target.id)}
      onClose={close}
    />
  );
}
