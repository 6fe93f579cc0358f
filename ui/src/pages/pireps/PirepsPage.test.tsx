import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pirep, user } from '../../test/fixtures';
import { json, mockApi } from '../../test/http';
import { renderPage } from '../../test/render';
import { PirepsPage } from './PirepsPage';

describe('PirepsPage', () => {
  it("lists the airline's PIREPs with their status", async () => {
    mockApi({
      'GET /api/pireps': () =>
        json(200, {
          items: [
            pirep(),
            pirep({ id: 'p2', flightNumber: 'BAW9', status: 'ACCEPTED', source: 'API' }),
            pirep({ id: 'p3', flightNumber: 'BAW10', source: 'ACARS', flightId: 'f3' }),
          ],
          nextCursor: null,
        }),
    });
    renderPage(<PirepsPage />, { path: '/pireps', as: user() });

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('BAW123');
    expect(rows[1]).toHaveTextContent('Submitted');
    expect(rows[2]).toHaveTextContent('Accepted');
    expect(rows[2]).toHaveTextContent('ACARS');
    expect(rows[3]).toHaveTextContent('ACARS');
    expect(rows[1]).not.toHaveTextContent('ACARS');
    expect(within(rows[1]).getByRole('link', { name: 'BAW123' })).toHaveAttribute('href', '/pireps/55555555-5555-4555-8555-555555555555');
  });

  it('filters by status and pages with the cursor', async () => {
    const requests = mockApi({
      'GET /api/pireps': (request) =>
        json(200, {
          items: [pirep({ id: request.query.get('cursor') ?? 'first' })],
          nextCursor: request.query.get('cursor') ? null : 'c2',
        }),
    });
    renderPage(<PirepsPage />, { path: '/pireps', as: user() });

    await userEvent.click(await screen.findByRole('tab', { name: 'Submitted' }));
    await screen.findByRole('table');
    expect(requests.at(-1)?.query.get('status')).toBe('SUBMITTED');
    expect(screen.getByTestId('location')).toHaveTextContent('/pireps?status=SUBMITTED');

    await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page 2')).toBeInTheDocument();
    expect(requests.at(-1)?.query.get('cursor')).toBe('c2');
    expect(requests.at(-1)?.query.get('status')).toBe('SUBMITTED');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('explains an empty feed and offers to file', async () => {
    mockApi({ 'GET /api/pireps': () => json(200, { items: [], nextCursor: null }) });
    renderPage(<PirepsPage />, { path: '/pireps', as: user() });

    expect(await screen.findByText('No PIREPs yet')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /File a PIREP/ }).length).toBeGreaterThan(0);
  });
});
