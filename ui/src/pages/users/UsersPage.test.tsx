import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TENANT, TENANT_ADMIN, user } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/http';
import { renderPage } from '../../test/render';
import { UsersPage } from './UsersPage';

describe('UsersPage', () => {
  it('registers a pilot without a password and shows the one-time password', async () => {
    const requests = mockApi({
      'GET /api/users': () => json(200, { items: [TENANT_ADMIN], nextCursor: null }),
      [`GET /api/tenants/${TENANT.id}`]: () => json(200, TENANT),
      'POST /api/users': () =>
        json(201, { ...user({ id: 'new', email: 'new@example.test', displayName: 'New Pilot', mustChangePassword: true }), initialPassword: 'Xy7-one-time' }),
    });
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });
    expect(await screen.findByRole('cell', { name: 'Chief Pilot' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Register user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Register a user' });
    // An airline admin may create admins and pilots of their own airline, not platform admins.
    await userEvent.click(within(dialog).getByLabelText('Role'));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Pilot', 'Airline admin']);
    await userEvent.click(screen.getByRole('option', { name: 'Pilot' }));
    expect(within(dialog).queryByLabelText('Airline')).not.toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('Email'), 'new@example.test');
    await userEvent.type(within(dialog).getByLabelText('Display name'), 'New Pilot');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Register user' }));

    const done = await screen.findByRole('dialog', { name: 'User registered' });
    expect(within(done).getByText('Xy7-one-time')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      email: 'new@example.test',
      displayName: 'New Pilot',
      role: 'PILOT',
    });
  });

  it('shows a taken email next to the email field', async () => {
    mockApi({
      'GET /api/users': () => json(200, { items: [], nextCursor: null }),
      'POST /api/users': () => problem(409, 'Email already registered', [{ field: 'email', message: 'This email is taken.' }]),
    });
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });

    await userEvent.click(await screen.findByRole('button', { name: 'Register user' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'taken@example.test');
    await userEvent.type(within(dialog).getByLabelText('Display name'), 'Someone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Register user' }));

    expect(await within(dialog).findByText('This email is taken.')).toBeInTheDocument();
  });

  it('shows the conflict detail when the API names no field', async () => {
    mockApi({
      'GET /api/users': () => json(200, { items: [], nextCursor: null }),
      'POST /api/users': () => problem(409, 'Email already registered'),
    });
    renderPage(<UsersPage />, { path: '/users', as: TENANT_ADMIN });

    await userEvent.click(await screen.findByRole('button', { name: 'Register user' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Email'), 'taken@example.test');
    await userEvent.type(within(dialog).getByLabelText('Display name'), 'Someone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Register user' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Email already registered');
  });
});
