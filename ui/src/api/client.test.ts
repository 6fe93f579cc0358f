import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '../test/http';
import { createApiClient } from './client';
import { ApiError, NetworkError, errorMessage } from './errors';

function client(reply: () => Response | Promise<Response>, token: string | null = 'jwt') {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => reply());
  const onUnauthorized = vi.fn();
  const onPasswordChangeRequired = vi.fn();
  const api = createApiClient({ getToken: () => token, onUnauthorized, onPasswordChangeRequired, fetch });
  return { api, fetch, onUnauthorized, onPasswordChangeRequired };
}

describe('api client', () => {
  it('sends the bearer token and JSON body, and parses the JSON answer', async () => {
    const { api, fetch } = client(() => json(201, { id: 'k1' }));

    const result = await api.post<{ id: string }>('/api/api-keys', { name: 'ACARS' });

    expect(result).toEqual({ id: 'k1' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/api-keys');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"ACARS"}');
    expect(init?.credentials).toBe('omit');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer jwt');
  });

  it('asks every read after a write for at least that write\'s position', async () => {
    const replies = [
      () => json(200, { items: [] }),
      () => json(201, { id: 'p1' }, { 'Albatross-Position': '42' }),
      () => json(200, { id: 'p1' }),
    ];
    const { api, fetch } = client(() => replies.shift()!());

    await api.get('/api/pireps');
    await api.post('/api/pireps', { flightNumber: 'DLH1' });
    await api.get('/api/pireps/p1');

    const headersOf = (call: number) => fetch.mock.calls[call][1]?.headers as Record<string, string>;
    expect(headersOf(0)['Albatross-Min-Position']).toBeUndefined();
    expect(headersOf(1)['Albatross-Min-Position']).toBeUndefined();
    expect(headersOf(2)['Albatross-Min-Position']).toBe('42');
  });

  it('builds the query string, leaving out empty values', async () => {
    const { api, fetch } = client(() => json(200, { items: [], nextCursor: null }));

    await api.get('/api/pireps', { status: 'SUBMITTED', cursor: null, limit: 20, tenantId: '' });

    expect(fetch.mock.calls[0][0]).toBe('/api/pireps?status=SUBMITTED&limit=20');
  });

  it('answers undefined for 204', async () => {
    const { api } = client(() => new Response(null, { status: 204 }));
    await expect(api.delete('/api/api-keys/1')).resolves.toBeUndefined();
  });

  it('turns problem+json into an ApiError with field errors', async () => {
    const { api } = client(() =>
      problem(400, 'Invalid PIREP', [
        { field: 'departure', message: 'must be 4 letters' },
        { field: 'departure', message: 'second message' },
        { field: 'flightTimeMinutes', message: 'must be between 1 and 1440' },
      ]),
    );

    const error = await api.post('/api/pireps', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.detail).toBe('Invalid PIREP');
    expect(apiError.fieldErrors).toEqual({
      departure: 'must be 4 letters',
      flightTimeMinutes: 'must be between 1 and 1440',
    });
  });

  it('signs out on 401 of an authenticated call', async () => {
    const { api, onUnauthorized } = client(() => problem(401, 'Token expired'));
    await expect(api.get('/api/me')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not sign out on 401 of an anonymous call (a wrong password)', async () => {
    const { api, fetch, onUnauthorized } = client(() => problem(401, 'Invalid email or password'));
    await expect(
      api.request('/api/auth/login', { method: 'POST', body: {}, anonymous: true }),
    ).rejects.toMatchObject({ status: 401, detail: 'Invalid email or password' });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect((fetch.mock.calls[0][1]?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('reports a required password change', async () => {
    const { api, onPasswordChangeRequired } = client(() =>
      problem(403, 'Change your password first', undefined, 'https://albatross.dev/problems/password-change-required'),
    );
    const error = (await api.get('/api/pireps').catch((e: unknown) => e)) as ApiError;
    expect(error.isPasswordChangeRequired).toBe(true);
    expect(onPasswordChangeRequired).toHaveBeenCalledOnce();
  });

  it('reads Retry-After into the message of a 429', async () => {
    const { api } = client(
      () =>
        new Response(JSON.stringify({ status: 429, detail: 'Too many failed sign-ins.' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '600' },
        }),
    );
    const error = await api.get('/api/me').catch((e: unknown) => e);
    expect(errorMessage(error)).toBe('Too many failed sign-ins. Try again in 10 minutes.');
  });

  it('wraps a failed connection in a NetworkError', async () => {
    const { api } = client(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(api.get('/api/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('copes with a non-JSON error body', async () => {
    const { api } = client(() => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.errors).toEqual([]);
    expect(errorMessage(error)).toBe('Bad Gateway');
  });
});
