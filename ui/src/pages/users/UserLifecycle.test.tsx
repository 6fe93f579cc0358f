import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types';
import { PLATFORM_ADMIN, TENANT_ADMIN, user } from '../../test/fixtures';
import { json, mockApi, problem, type RecordedRequest } from '../../test/http';
import { renderPage } from '../../test/render';
import { UsersPage } from './UsersPage';

const PILOT = user({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', displayName: 'Amelia Pilot' });

/** The users list, answering each write with the user as it leaves it and listing them so afterwards. */
function usersApi(initial: User[]) {
  let users = initial;
  const change = (id: string, next: (u: User) => User) => {
    users = users.map((u) => (u.id === id ? next(u) : u));
    return json(200, users.find((u) => u.id === id), { 'Albatross-Position': '42' });
  };
  const body = (r: RecordedRequest) => r.body as Record<string, string>;
  return mockApi({
    'GET /api/users': () => json(200, { items: users, nextCursor: null }),
    [`POST /api/users/${PILOT.id}/suspend`]: (r) =>
      change(PILOT.id, (u) => ({ ...u, status: 'SUSPENDED', suspendedReason: body(r).reason })),
    [`POST /api/users/${PILOT.id}/reactivate`]: () =>
      change(PILOT.id, (u) => ({ ...u, status: 'ACTIVE', suspendedReason: null })),
    [`PATCH /api/users/${PILOT.id}`]: (r) => change(PILOT.id, (u) => ({ ...u, ...body(r) })),
    [`PATCH /api/users/${TENANT_ADMIN.id}`]: (r) => change(TENANT_ADMIN.id, (u) => ({ ...u, ...body(r) })),
  });
}

function row(name: string) {
  return screen.getByRole('cell', { name }).closest('tr') as HTMLElement;
}

describe('UsersPage: suspend, reactivate, rename and change roles', () => {
  it('suspends a pilot with a reason, then shows them suspended', async () => {
    const requests = usersApi([TENANT_ADMIN, PILOT]);
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: 'Suspend Amelia Pilot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Amelia Pilot' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    expect(await within(dialog).findByText(/reason is required/i)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByLabelText('Reason'), '  Left the airline ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));

    expect(await screen.findByRole('button', { name: 'Reactivate Amelia Pilot' })).toBeInTheDocument();
    expect(within(row('Amelia Pilot')).getByText('Suspended')).toBeInTheDocument();
    expect(requests.find((r) => r.path.endsWith('/suspend'))?.body).toEqual({ reason: 'Left the airline' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers no suspension of oneself', async () => {
    usersApi([TENANT_ADMIN, PILOT]);
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });
    expect(await screen.findByRole('button', { name: 'Suspend Amelia Pilot' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Suspend Chief Pilot' })).not.toBeInTheDocument();
  });

  it('reactivates a suspended pilot after showing why they were suspended', async () => {
    const requests = usersApi([TENANT_ADMIN, { ...PILOT, status: 'SUSPENDED', suspendedReason: 'On leave' }]);
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: 'Reactivate Amelia Pilot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reactivate Amelia Pilot' });
    expect(within(dialog).getByText('Suspended: On leave')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Reactivate' }));

    expect(await screen.findByRole('button', { name: 'Suspend Amelia Pilot' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      `/api/users/${PILOT.id}/reactivate`,
    ]);
  });

  it('shows a refusal of the server in the reactivation dialog', async () => {
    mockApi({
      'GET /api/users': () => json(200, { items: [{ ...PILOT, status: 'SUSPENDED', suspendedReason: 'x' }], nextCursor: null }),
      [`POST /api/users/${PILOT.id}/reactivate`]: () => problem(409, 'The user is active.'),
    });
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: 'Reactivate Amelia Pilot' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reactivate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The user is active.');
  });

  it('renames a pilot and makes them an airline admin', async () => {
    const requests = usersApi([TENANT_ADMIN, PILOT]);
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Amelia Pilot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Amelia Pilot' });
    const name = within(dialog).getByLabelText('Display name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Captain Amelia');
    await userEvent.click(within(dialog).getByLabelText('Role'));
    await userEvent.click(await screen.findByRole('option', { name: 'Airline admin' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('cell', { name: 'Captain Amelia' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      displayName: 'Captain Amelia',
      role: 'TENANT_ADMIN',
    });
  });

  it('lets an airline admin rename themself but not change their own role', async () => {
    const requests = usersApi([TENANT_ADMIN, PILOT]);
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Chief Pilot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Chief Pilot' });
    expect(within(dialog).queryByLabelText('Role')).not.toBeInTheDocument();
    expect(within(dialog).getByText(/cannot change your own role/)).toBeInTheDocument();
    const name = within(dialog).getByLabelText('Display name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Head of Ops');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('cell', { name: 'Head of Ops' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ displayName: 'Head of Ops' });
  });

  it('keeps a platform admin out of the role picker', async () => {
    mockApi({ 'GET /api/users': () => json(200, { items: [PLATFORM_ADMIN, PILOT], nextCursor: null }) });
    renderPage(<UsersPage />, { path: '/users', as: PLATFORM_ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Amelia Pilot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Amelia Pilot' });
    await userEvent.click(within(dialog).getByLabelText('Role'));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Pilot', 'Airline admin']);
  });
});
