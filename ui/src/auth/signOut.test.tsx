import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from './session';
import { useAuth } from './AuthContext';
import { user } from '../test/fixtures';
import { json, mockApi, problem } from '../test/http';
import { renderPage } from '../test/render';

function SignOutButton() {
  const { signOut } = useAuth();
  return (
    <button type="button" onClick={signOut}>
      Sign out
    </button>
  );
}

describe('signing out', () => {
  it('ends the session on the server with its own token, then forgets it', async () => {
    const requests = mockApi({ 'POST /api/auth/logout': () => json(204) });
    renderPage(<SignOutButton />, { as: user() });
    const token = sessionStore.token();
    expect(token).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(sessionStore.getState().session).toBeNull());
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/auth/logout']);
    expect(requests[0].headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(sessionStore.getState().signOutReason).toBe('signed-out');
  });

  it('forgets the session even when the server cannot be told', async () => {
    mockApi({ 'POST /api/auth/logout': () => problem(503, 'Down for maintenance.') });
    renderPage(<SignOutButton />, { as: user() });

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(sessionStore.getState().session).toBeNull());
  });
});
