import { useState } from 'react';
import { usersApi } from '../../api';
import type { CreatedUser, Role, User } from '../../api/types';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { Modal, ModalActions } from '../../components/Modal';
import { SecretBox } from '../../components/SecretBox';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useRefreshAfterWrite, useTenantDirectory } from '../../hooks/queries';
import { useApiForm } from '../../hooks/useApiForm';
import { formatRole } from '../../lib/format';
import { assignableRoles, can } from '../../lib/permissions';
import { queryKeys } from '../../lib/queryKeys';
import { PASSWORD_MAX, PASSWORD_MIN, validateUser } from '../../lib/validation';

interface RegisterUserDialogProps {
  user: User;
  open: boolean;
  onClose: () => void;
}

export function RegisterUserDialog({ user, open, onClose }: RegisterUserDialogProps) {
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };

  return (
    <Modal open={open} onClose={close} title={created ? 'User registered' : 'Register a user'}>
      {created ? (
        <RegisteredUser created={created} onAnother={() => setCreated(null)} onDone={close} />
      ) : (
        <RegisterUserForm user={user} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}

function RegisterUserForm({
  user,
  onCreated,
  onCancel,
}: {
  user: User;
  onCreated: (created: CreatedUser) => void;
  onCancel: () => void;
}) {
  const refreshUsers = useRefreshAfterWrite(queryKeys.users.all);
  const choosesAirline = can.seeAllAirlines(user);
  const directory = useTenantDirectory(choosesAirline);
  const form = useApiForm({
    initialValues: { email: '', displayName: '', role: 'PILOT', tenantId: '', password: '' },
    validate: (values) =>
      validateUser({ ...values, role: values.role as Role, tenantId: choosesAirline ? values.tenantId : user.tenantId ?? '' }),
    submit: (values) =>
      usersApi.create({
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        role: values.role as Role,
        tenantId: choosesAirline && values.role !== 'PLATFORM_ADMIN' ? values.tenantId : undefined,
        password: values.password === '' ? undefined : values.password,
      }),
    onSuccess: (created) => {
      refreshUsers();
      onCreated(created);
    },
  });
  const role = form.field('role');
  const isPlatformAdmin = form.values.role === 'PLATFORM_ADMIN';

  return (
    <form onSubmit={form.handleSubmit} noValidate className="space-y-5">
      <TextField label="Email" type="email" inputMode="email" autoComplete="off" required autoFocus {...form.field('email')} />
      <TextField label="Display name" autoComplete="off" required {...form.field('displayName')} />
      <SelectField
        label="Role"
        options={assignableRoles(user).map((r) => ({ value: r, label: formatRole(r) }))}
        {...role}
        onChange={(value) => {
          role.onChange(value);
          if (value === 'PLATFORM_ADMIN') form.setValue('tenantId', '');
        }}
      />
      {choosesAirline && (
        <SelectField
          label="Airline"
          disabled={isPlatformAdmin}
          placeholder={isPlatformAdmin ? 'Platform admins belong to no airline' : 'Choose an airline…'}
          options={directory.tenants.map((t) => ({ value: t.id, label: `${t.icao} · ${t.name}` }))}
          {...form.field('tenantId')}
        />
      )}
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`Leave empty to generate a one-time password that must be changed at first sign-in. Otherwise ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        {...form.field('password')}
      />
      <FormAlert message={form.formError} />
      <ModalActions>
        <Button variant="secondary" onClick={onCancel} disabled={form.isPending}>
          Cancel
        </Button>
        <Button type="submit" pending={form.isPending}>
          Register user
        </Button>
      </ModalActions>
    </form>
  );
}

function RegisteredUser({
  created,
  onAnother,
  onDone,
}: {
  created: CreatedUser;
  onAnother: () => void;
  onDone: () => void;
}) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <strong className="font-medium text-slate-900">{created.displayName}</strong> ({created.email}) can now sign
        in as {formatRole(created.role).toLowerCase()}.
      </p>
      {created.initialPassword && (
        <SecretBox
          label="One-time password"
          secret={created.initialPassword}
          note="Shown only now. Give it to the user over a safe channel; they choose their own password at first sign-in."
        />
      )}
      <ModalActions>
        <Button variant="secondary" onClick={onAnother}>
          Register another
        </Button>
        <Button onClick={onDone}>Done</Button>
      </ModalActions>
    </div>
  );
}
