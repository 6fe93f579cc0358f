import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FLIGHT_ID, airport, track } from '../../test/flightFixtures';
import { TENANT, TENANT_ADMIN, pirep, user } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/http';
import { renderPage } from '../../test/render';
import { PirepDetailPage } from './PirepDetailPage';

const submitted = pirep();
const url = `/pireps/${submitted.id}`;
const history = {
  items: [
    { type: 'PirepSubmitted', version: 1, occurredAt: '2026-11-26T20:00:00Z', actorId: submitted.pilotId, data: {} },
  ],
};

function routes(extra: Record<string, Parameters<typeof mockApi>[0][string]> = {}) {
  return mockApi({
    [`GET /api/pireps/${submitted.id}`]: () => json(200, submitted),
    [`GET /api/pireps/${submitted.id}/history`]: () => json(200, history),
    [`GET /api/tenants/${TENANT.id}`]: () => json(200, TENANT),
    ...extra,
  });
}

describe('PirepDetailPage', () => {
  it('shows the flight and its history timeline', async () => {
    routes();
    renderPage(<PirepDetailPage />, { path: '/pireps/:id', url, as: user() });

    expect(await screen.findByRole('heading', { name: 'BAW123' })).toBeInTheDocument();
    const timeline = await screen.findByRole('list', { name: 'History' });
    expect(within(timeline).getByText('PIREP submitted')).toBeInTheDocument();
    expect(within(timeline).getByText(/by you/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('lets an airline admin accept', async () => {
    const requests = routes({
      [`POST /api/pireps/${submitted.id}/accept`]: () => json(200, { ...submitted, status: 'ACCEPTED' }),
    });
    renderPage(<PirepDetailPage />, { path: '/pireps/:id', url, as: TENANT_ADMIN });

    await userEvent.click(await screen.findByRole('button', { name: 'Accept' }));

    await waitFor(() => expect(screen.getByText('Accepted')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && r.path.endsWith('/accept'))).toBe(true);
  });

  it('asks an airline admin for a reason to reject', async () => {
    const requests = routes({
      [`POST /api/pireps/${submitted.id}/reject`]: (request) =>
        json(200, { ...submitted, status: 'REJECTED', rejectionReason: (request.body as { reason: string }).reason }),
    });
    renderPage(<PirepDetailPage />, { path: '/pireps/:id', url, as: TENANT_ADMIN });

    await userEvent.click(await screen.findByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject BAW123' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject PIREP' }));
    expect(within(dialog).getByLabelText('Reason')).toHaveAccessibleDescription('A reason is required.');

    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Aircraft not in fleet');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject PIREP' }));

    expect(await screen.findByText('Aircraft not in fleet')).toBeInTheDocument();
    expect(requests.find((r) => r.path.endsWith('/reject'))?.body).toEqual({ reason: 'Aircraft not in fleet' });
  });

  it('explains a conflict when someone else reviewed first', async () => {
    routes({
      [`POST /api/pireps/${submitted.id}/accept`]: () => problem(409, 'The PIREP is not SUBMITTED.'),
    });
    renderPage(<PirepDetailPage />, { path: '/pireps/:id', url, as: TENANT_ADMIN });

    await userEvent.click(await screen.findByRole('button', { name: 'Accept' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The PIREP is not SUBMITTED.');
  });

  it('reports a PIREP that does not exist', async () => {
    mockApi({});
    renderPage(<PirepDetailPage />, { path: '/pireps/:id', url: '/pireps/nope', as: user() });

    expect(await screen.findByText('PIREP not found')).toBeInTheDocument();
  });
});

/** How long a test waits for the lazily loaded track panel. */
const LAZY_PANEL_MS = 5_000;

describe('PirepDetailPage for a PIREP filed from a live flight', () => {
  const filed = pirep({ id: 'acars-1', source: 'ACARS', flightId: FLIGHT_ID, flightNumber: 'BAW117', arrival: 'EHAM' });

  it('draws its track on the map and its altitude profile, with a table beside the chart', async () => {
    const requests = mockApi({
      [`GET /api/pireps/${filed.id}`]: () => json(200, filed),
      [`GET /api/pireps/${filed.id}/history`]: () => json(200, history),
      [`GET /api/tenants/${TENANT.id}`]: () => json(200, TENANT),
      [`GET /api/flights/${FLIGHT_ID}/track`]: () => json(200, { items: track() }),
    });
    const { container } = renderPage(<PirepDetailPage />, { path: '/pireps/:id', url: `/pireps/${filed.id}`, as: user() });

    // The track panel is loaded lazily, with the map and chart code: slow on a busy machine.
    expect(
      await screen.findByRole('img', { name: /Map of the track of BAW117 from EGLL to EHAM/ }, { timeout: LAZY_PANEL_MS }),
    ).toBeInTheDocument();
    expect(requests.some((r) => r.path === `/api/flights/${FLIGHT_ID}/track`)).toBe(true);
    await waitFor(() => expect(container.querySelector('[data-map="track"]')?.getAttribute('d')).toMatch(/^M/));
    expect(screen.getByText(/Highest 33,000 ft, fastest 455 kt over the ground, 48 min from the first to the last of 9 positions/)).toBeInTheDocument();
    expect(container.querySelector('[data-chart="altitude"]')).not.toBeNull();

    const table = screen.getByRole('table', { name: 'Altitude profile, sampled evenly over the flight', hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(10);
    expect(rows[1]).toHaveTextContent(/0 min.*83 ft.*18 kt.*0 fpm.*On ground/);
    expect(rows[5]).toHaveTextContent(/24 min.*33,000 ft.*450 kt.*0 fpm.*Cruise/);
  });

  it('marks the departure and arrival airports on the track, and still draws it when one cannot be read', async () => {
    mockApi({
      [`GET /api/pireps/${filed.id}`]: () => json(200, filed),
      [`GET /api/pireps/${filed.id}/history`]: () => json(200, history),
      [`GET /api/tenants/${TENANT.id}`]: () => json(200, TENANT),
      [`GET /api/flights/${FLIGHT_ID}/track`]: () => json(200, { items: track() }),
      'GET /api/airports/EGLL': () => json(200, airport()),
      'GET /api/airports/EHAM': () => problem(503, 'Service Unavailable'),
    });
    const { container } = renderPage(<PirepDetailPage />, { path: '/pireps/:id', url: `/pireps/${filed.id}`, as: user() });

    await waitFor(() => expect(container.querySelector('[data-map="airport"][data-icao="EGLL"]')).not.toBeNull(), {
      timeout: LAZY_PANEL_MS,
    });
    expect(container.querySelector('[data-map="airport"][data-icao="EGLL"]')).toHaveTextContent('EGLL');
    expect(container.querySelector('[data-map="airport"][data-icao="EHAM"]')).toBeNull();
    expect(container.querySelector('[data-map="track"]')?.getAttribute('d')).toMatch(/^M/);
  });

  it('reads the track of the flight the PIREP names, and looks for no other', async () => {
    const requests = mockApi({
      [`GET /api/pireps/${filed.id}`]: () => json(200, filed),
      [`GET /api/pireps/${filed.id}/history`]: () => json(200, history),
      [`GET /api/tenants/${TENANT.id}`]: () => json(200, TENANT),
      [`GET /api/flights/${FLIGHT_ID}/track`]: () => json(200, { items: track() }),
    });
    const { container } = renderPage(<PirepDetailPage />, { path: '/pireps/:id', url: `/pireps/${filed.id}`, as: user() });

    await waitFor(() => expect(container.querySelector('[data-map="track"]')).not.toBeNull(), { timeout: LAZY_PANEL_MS });
    expect(requests.filter((r) => r.path.startsWith('/api/flights')).map((r) => r.path)).toEqual([
      `/api/flights/${FLIGHT_ID}/track`,
    ]);
  });

  it('says so when an ACARS PIREP names no flight, without looking for one', async () => {
    const requests = mockApi({
      [`GET /api/pireps/${filed.id}`]: () => json(200, { ...filed, flightId: null }),
      [`GET /api/pireps/${filed.id}/history`]: () => json(200, history),
      [`GET /api/tenants/${TENANT.id}`]: () => json(200, TENANT),
    });
    renderPage(<PirepDetailPage />, { path: '/pireps/:id', url: `/pireps/${filed.id}`, as: user() });

    expect(await screen.findByText('This PIREP names no flight to show the track of.')).toBeInTheDocument();
    expect(requests.some((r) => r.path.startsWith('/api/flights'))).toBe(false);
  });

  it('shows no track for a PIREP filed by hand', async () => {
    const requests = routes();
    renderPage(<PirepDetailPage />, { path: '/pireps/:id', url, as: user() });

    await screen.findByRole('heading', { name: 'BAW123' });
    expect(screen.queryByRole('heading', { name: 'Track' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.path.startsWith('/api/flights'))).toBe(false);
  });
});
