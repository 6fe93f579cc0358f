import { useState } from 'react';
import type { Role, Tenant, User } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { Badge, RoleBadge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { DateTime } from '../../components/DateTime';
import { PlusIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { Panel } from '../../components/Panel';
import { SelectField } from '../../components/SelectField';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { Table, TBody, Td, Th } from '../../components/Table';
import { useTenantDirectory, useUsersPage } from '../../hooks/queries';
import { useCursorPager } from '../../hooks/useCursorPager';
import { formatRole } from '../../lib/format';
import { can } from '../../lib/permissions';
import { RegisterUserDialog } from './RegisterUserDialog';
import { EditUserDialog, ReactivateUserDialog, SuspendUserDialog } from './UserLifecycleDialogs';

type Action = { kind: 'edit' | 'suspend' | 'reactivate'; target: User };

const ROLE_FILTERS: Role[] = ['PILOT', 'TENANT_ADMIN', 'PLATFORM_ADMIN'];

export function UsersPage() {
  const user = useCurrentUser();
  const allAirlines = can.seeAllAirlines(user);
  const [registering, setRegistering] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  const closeAction = () => setAction(null);
  const targetOf = (kind: Action['kind']) => (action?.kind === kind ? action.target : null);
  const [role, setRole] = useState('');
  const [tenantId, setTenantId] = useState('');
  const pager = useCursorPager();
  const directory = useTenantDirectory(allAirlines);
  const list = useUsersPage({
    role: (role || undefined) as Role | undefined,
    tenantId: tenantId || undefined,
    cursor: pager.cursor,
  });
  const filter = (set: (value: string) => void) => (value: string) => {
    pager.reset();
    set(value);
  };

  return (
    <>
      <PageHeader
        title="Users"
        description={allAirlines ? 'Everyone on the platform.' : 'The pilots and admins of your airline.'}
        actions={
          <Button onClick={() => setRegistering(true)}>
            <PlusIcon />
            Register user
          </Button>
        }
      />
      <Panel>
        <div className="grid gap-3 border-b border-slate-200 px-4 py-3 sm:grid-cols-2 sm:px-6 lg:grid-cols-3">
          <SelectField
            label="Role"
            name="roleFilter"
            value={role}
            error={undefined}
            onChange={filter(setRole)}
            options={[
              { value: '', label: 'All roles' },
              ...ROLE_FILTERS.filter((r) => allAirlines || r !== 'PLATFORM_ADMIN').map((r) => ({
                value: r,
                label: formatRole(r),
              })),
            ]}
          />
          {allAirlines && (
            <SelectField
              label="Airline"
              name="airlineFilter"
              value={tenantId}
              error={undefined}
                onChange={filter(setTenantId)}
              options={[
                { value: '', label: 'All airlines' },
                ...directory.tenants.map((t) => ({ value: t.id, label: `${t.icao} · ${t.name}` })),
              ]}
            />
          )}
        </div>
        {list.isPending ? (
          <LoadingState label="Loading users…" />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState title="No users match">Register pilots and admins with the button above.</EmptyState>
        ) : (
          <>
            <UserTable
              user={user}
              users={list.data.items}
              airlines={allAirlines ? directory.byId : undefined}
              onAction={setAction}
            />
            <Pager pager={pager} nextCursor={list.data.nextCursor} fetching={list.isFetching} />
          </>
        )}
      </Panel>
      <RegisterUserDialog user={user} open={registering} onClose={() => setRegistering(false)} />
      <EditUserDialog user={user} target={targetOf('edit')} onClose={closeAction} />
      <SuspendUserDialog target={targetOf('suspend')} onClose={closeAction} />
      <ReactivateUserDialog target={targetOf('reactivate')} onClose={closeAction} />
    </>
  );
}

function UserTable({
  user,
  users,
  airlines,
  onAction,
}: {
  user: User;
  users: User[];
  airlines?: Map<string, Tenant>;
  onAction: (action: Action) => void;
}) {
  return (
    <Table caption="Users, newest first">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Email</Th>
          <Th>Role</Th>
          {airlines && <Th>Airline</Th>}
          <Th>Registered</Th>
          <Th>Sign-in</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <TBody>
        {users.map((u) => (
          <tr key={u.id}>
            <Td className="font-medium text-slate-900">{u.displayName}</Td>
            <Td>{u.email}</Td>
            <Td>
              <RoleBadge role={u.role} />
            </Td>
            {airlines && <Td>{u.tenantId ? (airlines.get(u.tenantId)?.icao ?? '—') : '—'}</Td>}
            <Td>
              <DateTime value={u.createdAt} />
            </Td>
            <Td>
              <SignInBadge user={u} />
            </Td>
            <Td className="whitespace-nowrap text-right">
              <Button variant="ghost" onClick={() => onAction({ kind: 'edit', target: u })} aria-label={`Edit ${u.displayName}`}>
                Edit
              </Button>
              {u.status === 'SUSPENDED' ? (
                <Button
                  variant="ghost"
                  onClick={() => onAction({ kind: 'reactivate', target: u })}
                  aria-label={`Reactivate ${u.displayName}`}
                >
                  Reactivate
                </Button>
              ) : (
                can.suspend(user, u) && (
                  <Button
                    variant="ghost-danger"
                    onClick={() => onAction({ kind: 'suspend', target: u })}
                    aria-label={`Suspend ${u.displayName}`}
                  >
                    Suspend
                  </Button>
                )
              )}
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}

function SignInBadge({ user }: { user: User }) {
  if (user.status === 'SUSPENDED') {
    return (
      <span title={user.suspendedReason ?? undefined}>
        <Badge tone="danger">Suspended</Badge>
      </span>
    );
  }
  return user.mustChangePassword ? <Badge tone="warning">One-time password</Badge> : <Badge tone="success">Active</Badge>;
}
