import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../auth/session';
import { login, user } from '../test/fixtures';
import { json, mockApi, problem } from '../test/http';
import { renderPage } from '../test/render';
import { LoginPage } from './LoginPage';

async function signIn(email: string, password: string) {
  await userEvent.type(screen.getByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('checks the fields before calling the API', async () => {
    const requests = mockApi({});
    renderPage(<LoginPage />, { path: '/login' });

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Email is required.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Password is required.');
    expect(requests).toHaveLength(0);
  });

  it('shows the API error for wrong credentials', async () => {
    mockApi({ 'POST /api/auth/login': () => problem(401, 'Invalid email or password.') });
    renderPage(<LoginPage />, { path: '/login' });

    await signIn('pilot@example.test', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password.');
    expect(sessionStore.token()).toBeNull();
  });

  it('keeps the token in session storage and opens the feed', async () => {
    const response = login(user());
    const requests = mockApi({ 'POST /api/auth/login': () => json(200, response) });
    renderPage(<LoginPage />, { path: '/login' });

    await signIn('pilot@example.test', 'correct horse battery');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/pireps'));
    expect(requests[0].body).toEqual({ email: 'pilot@example.test', password: 'correct horse battery' });
    expect(sessionStore.token()).toBe(response.token);
    expect(window.sessionStorage.getItem('albatross.session')).toContain(response.token);
    expect(document.cookie).toBe('');
  });

  it('sends a user with a one-time password to the forced change', async () => {
    mockApi({ 'POST /api/auth/login': () => json(200, login(user({ mustChangePassword: true }))) });
    renderPage(<LoginPage />, { path: '/login' });

    await signIn('pilot@example.test', 'one-time-secret');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/password/required'));
  });

  it('disables the button while signing in', async () => {
    mockApi({ 'POST /api/auth/login': () => new Promise<Response>(() => undefined) });
    renderPage(<LoginPage />, { path: '/login' });

    await signIn('pilot@example.test', 'correct horse battery');

    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });
});
