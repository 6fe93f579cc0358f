import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../auth/session';
import { login, user } from '../test/fixtures';
import { json, mockApi, problem } from '../test/http';
import { renderPage } from '../test/render';
import { ForcedPasswordChangePage } from './ForcedPasswordChangePage';

const NEW_PASSWORD = 'a much better password';

async function fill(current: string) {
  await userEvent.type(screen.getByLabelText('One-time password'), current);
  await userEvent.type(screen.getByLabelText('New password'), NEW_PASSWORD);
  await userEvent.type(screen.getByLabelText('Repeat the new password'), NEW_PASSWORD);
  await userEvent.click(screen.getByRole('button', { name: 'Set password and continue' }));
}

describe('ForcedPasswordChangePage', () => {
  const pending = user({ mustChangePassword: true });

  it('shows the API field error for a wrong one-time password', async () => {
    mockApi({
      'POST /api/me/password': () =>
        problem(400, 'Invalid request', [{ field: 'currentPassword', message: 'The current password is wrong.' }]),
    });
    renderPage(<ForcedPasswordChangePage />, { path: '/password/required', as: pending });

    await fill('not it');

    expect(await screen.findByText('The current password is wrong.')).toBeInTheDocument();
    expect(screen.getByLabelText('One-time password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('changes the password, signs in again with it and continues', async () => {
    const fresh = login(user());
    const requests = mockApi({
      'POST /api/me/password': () => new Response(null, { status: 204 }),
      'POST /api/auth/login': () => json(200, fresh),
    });
    renderPage(<ForcedPasswordChangePage />, { path: '/password/required', as: pending });

    await fill('one-time-1234');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/pireps'));
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/me/password', 'POST /api/auth/login']);
    expect(requests[0].body).toEqual({ currentPassword: 'one-time-1234', newPassword: NEW_PASSWORD });
    expect(requests[1].body).toEqual({ email: pending.email, password: NEW_PASSWORD });
    expect(sessionStore.token()).toBe(fresh.token);
  });
});
