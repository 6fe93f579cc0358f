import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { user } from '../test/fixtures';
import { renderPage } from '../test/render';
import { RequireAuth } from './guards';
import { SessionStore, sessionStore } from './session';

const Protected = () => (
  <RequireAuth>
    <p>secret page</p>
  </RequireAuth>
);

describe('RequireAuth', () => {
  it('sends a signed-out visitor to sign in', () => {
    renderPage(<Protected />, { path: '/pireps', as: null });
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it('sends a user with a one-time password to the forced change', () => {
    renderPage(<Protected />, { path: '/pireps', as: user({ mustChangePassword: true }) });
    expect(screen.getByTestId('location')).toHaveTextContent('/password/required');
  });

  it('shows the page to a signed-in user and leaves it on a 401 sign-out', () => {
    renderPage(<Protected />, { path: '/pireps', as: user() });
    expect(screen.getByText('secret page')).toBeInTheDocument();

    act(() => sessionStore.signOut('expired'));

    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });
});

describe('SessionStore', () => {
  it('restores an unexpired session from session storage and drops an expired one', () => {
    const storage = window.sessionStorage;
    const future = new Date(Date.now() + 60_000).toISOString();
    storage.setItem('albatross.session', JSON.stringify({ token: 't', expiresAt: future, user: user() }));
    expect(new SessionStore(storage).token()).toBe('t');

    const past = new Date(Date.now() - 60_000).toISOString();
    storage.setItem('albatross.session', JSON.stringify({ token: 't', expiresAt: past, user: user() }));
    expect(new SessionStore(storage).token()).toBeNull();
  });
});
