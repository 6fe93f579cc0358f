import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiKey } from '../api/types';
import { user } from '../test/fixtures';
import { json, mockApi } from '../test/http';
import { renderPage } from '../test/render';
import { ApiKeysPage } from './ApiKeysPage';

const existing: ApiKey = {
  id: 'k1',
  name: 'Home ACARS',
  prefix: 'alb_3fZ',
  createdAt: '2026-11-25T10:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
};

describe('ApiKeysPage', () => {
  it('creates a key and shows it once with a copy button', async () => {
    let keys: ApiKey[] = [];
    const requests = mockApi({
      'GET /api/api-keys': () => json(200, { items: keys, nextCursor: null }),
      'POST /api/api-keys': () => {
        keys = [{ ...existing, id: 'k2', name: 'Laptop' }];
        return json(201, { id: 'k2', name: 'Laptop', prefix: 'alb_9x', key: 'alb_9xSECRETSECRET', createdAt: existing.createdAt });
      },
    });
    renderPage(<ApiKeysPage />, { path: '/api-keys', as: user() });
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Name'), 'Laptop');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));

    const dialog = await screen.findByRole('dialog', { name: 'API key created' });
    expect(within(dialog).getByText('alb_9xSECRETSECRET')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /Copy/ })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'Laptop' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'I have copied the key' }));
    await waitFor(() => expect(screen.queryByText('alb_9xSECRETSECRET')).not.toBeInTheDocument());
    expect(await screen.findByRole('cell', { name: 'Laptop' })).toBeInTheDocument();
  });

  it('revokes a key only after confirmation', async () => {
    let keys = [existing];
    const requests = mockApi({
      'GET /api/api-keys': () => json(200, { items: keys, nextCursor: null }),
      'DELETE /api/api-keys/k1': () => {
        keys = [{ ...existing, revokedAt: '2026-11-26T21:00:00Z' }];
        return new Response(null, { status: 204 });
      },
    });
    renderPage(<ApiKeysPage />, { path: '/api-keys', as: user() });

    await userEvent.click(await screen.findByRole('button', { name: 'Revoke Home ACARS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke API key?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Revoke Home ACARS' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke key' }));

    expect(await screen.findByText('Revoked')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });
});
