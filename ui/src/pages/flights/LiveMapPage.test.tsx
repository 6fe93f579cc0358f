import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Flight } from '../../api/types';
import { LiveProvider } from '../../live/LiveProvider';
import { fakeEventBusFactory } from '../../test/fakeEventBus';
import { PLATFORM_ADMIN, TENANT, user } from '../../test/fixtures';
import { flight, position, track } from '../../test/flightFixtures';
import { json, mockApi } from '../../test/http';
import { renderPage } from '../../test/render';
import { LiveMapPage } from './LiveMapPage';

const ADDRESS = `tenant.${TENANT.id}.flights`;

const cruising = flight();
const lost = flight({
  id: '77777777-7777-4777-8777-777777777777',
  flightNumber: 'BAW286',
  departure: 'KSFO',
  arrival: 'EGLL',
  pilotName: 'Bob Captain',
  status: 'LOST',
  lastPosition: position({ lat: 60.1, lon: -40.2, headingDeg: 60, altitudeFt: 39000, verticalSpeedFpm: 0 }),
});

function setup(flights: { IN_PROGRESS: Flight[]; LOST: Flight[] } = { IN_PROGRESS: [cruising], LOST: [lost] }) {
  const requests = mockApi({
    'GET /api/flights': (request) =>
      json(200, { items: flights[request.query.get('status') as 'IN_PROGRESS' | 'LOST'] ?? [], nextCursor: null }),
    [`GET /api/flights/${cruising.id}/track`]: () => json(200, { items: track() }),
    [`GET /api/tenants/${TENANT.id}`]: () => json(200, TENANT),
  });
  const bus = fakeEventBusFactory();
  const page = renderPage(
    <LiveProvider createEventBus={bus.create}>
      <LiveMapPage />
    </LiveProvider>,
    { path: '/flights', as: user() },
  );
  act(() => bus.latest().open());
  const send = (type: string, body: Flight) => act(() => bus.latest().deliver(ADDRESS, { type, flight: body }));
  return { requests, bus, send, ...page };
}

const list = () => screen.findByRole('list', { name: 'Flights in the air' });
const marker = (container: HTMLElement, id: string) => container.querySelector(`svg g[data-flight-id="${id}"]`);
const item = async (flightNumber: string) =>
  within(await list()).findByRole('button', { name: new RegExp(`^${flightNumber}`) });

describe('LiveMapPage', () => {
  it('shows every flight in the air on the map and in the list, lost ones marked', async () => {
    const { requests, container, bus } = setup();

    const items = within(await list()).getAllByRole('button');
    expect(items.map((button) => button.textContent)).toEqual([
      expect.stringMatching(/^BAW117Cruise.*EGLL.*KJFK.*B772.*Amelia Pilot.*37,000 ft · 482 kt/),
      expect.stringMatching(/^BAW286Lost.*KSFO.*EGLL.*Bob Captain.*39,000 ft/),
    ]);
    expect(requests.filter((r) => r.path === '/api/flights').map((r) => r.query.get('status')).sort()).toEqual([
      'IN_PROGRESS',
      'LOST',
    ]);
    expect(marker(container, cruising.id)).toHaveAttribute('transform', expect.stringMatching(/^translate\(/));
    expect(marker(container, lost.id)?.querySelector('circle')).not.toBeNull();
    expect(marker(container, cruising.id)?.querySelector('circle')).toBeNull();
    expect(screen.getByRole('img', { name: /^Map of 2 flights in the air, 1 of them lost/ })).toBeInTheDocument();
    expect(bus.latest().registerFrames.map((frame) => frame.address)).toContain(ADDRESS);
  });

  it("names each flight's airline for a platform admin", async () => {
    mockApi({
      'GET /api/flights': (request) =>
        json(200, { items: request.query.get('status') === 'IN_PROGRESS' ? [cruising] : [], nextCursor: null }),
      'GET /api/tenants': () => json(200, { items: [TENANT], nextCursor: null }),
    });
    renderPage(<LiveMapPage />, { path: '/flights', as: PLATFORM_ADMIN });

    await waitFor(() => expect(item('BAW117')).resolves.toHaveTextContent(/^BAW117\s*BAW/));
    expect(screen.getByText('Flights of every airline, as they fly.')).toBeInTheDocument();
  });

  it('moves the aircraft and updates the list as FlightMoved arrives', async () => {
    const { container, send } = setup();
    await list();
    const before = marker(container, cruising.id)?.getAttribute('transform');

    send(
      'FlightMoved',
      flight({
        lastPosition: position({ seq: 1260, lat: 51.9, lon: -25.3, altitudeFt: 35000, groundSpeedKt: 455, verticalSpeedFpm: -1500 }),
      }),
    );

    await waitFor(() => expect(marker(container, cruising.id)?.getAttribute('transform')).not.toEqual(before));
    const after = marker(container, cruising.id)?.getAttribute('transform');
    expect(await item('BAW117')).toHaveTextContent('35,000 ft · 455 kt');
    expect(await item('BAW117')).toHaveTextContent('Descent');

    // A message that crossed a newer one on another gateway does not move the aircraft back,
    // though what else it says is taken.
    send('FlightMoved', flight({ pilotName: 'Amelia Captain', lastPosition: position({ seq: 1230, lat: 51.5 }) }));
    await waitFor(() => expect(item('BAW117')).resolves.toHaveTextContent('Amelia Captain'));
    expect(marker(container, cruising.id)?.getAttribute('transform')).toEqual(after);
  });

  it('adds started flights, marks lost ones and removes filed and cancelled ones', async () => {
    const { container, send } = setup({ IN_PROGRESS: [cruising], LOST: [] });
    await list();

    const started = flight({ id: '88888888-8888-4888-8888-888888888888', flightNumber: 'BAW9', lastPosition: null });
    send('FlightStarted', started);
    expect(await item('BAW9')).toHaveTextContent('—');
    expect(marker(container, started.id)).toBeNull();

    send('FlightLost', { ...cruising, status: 'LOST' });
    await waitFor(() => expect(item('BAW117')).resolves.toHaveTextContent('Lost'));

    send('FlightFiled', { ...cruising, status: 'FILED', pirepId: 'p1' });
    send('FlightCancelled', { ...started, status: 'CANCELLED' });
    expect(await screen.findByText('No flights in the air')).toBeInTheDocument();
    expect(marker(container, cruising.id)).toBeNull();
  });

  it('draws the track of a selected flight and shows its altitude, speed and phase', async () => {
    const { requests, container, send } = setup();

    await userEvent.click(await item('BAW117'));

    await waitFor(() => expect(container.querySelector('[data-map="track"]')).not.toBeNull());
    expect(requests.some((r) => r.path === `/api/flights/${cruising.id}/track`)).toBe(true);
    expect(await item('BAW117')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('location')).toHaveTextContent(`/flights?flight=${cruising.id}`);
    const now = screen.getByRole('region', { name: 'BAW117' });
    expect(within(now).getByText('Altitude').nextSibling).toHaveTextContent('37,000 ft');
    expect(within(now).getByText('Ground speed').nextSibling).toHaveTextContent('482 kt');
    expect(within(now).getByText('Phase').nextSibling).toHaveTextContent('Cruise');
    expect(screen.getByText('Track: 9 positions')).toBeInTheDocument();
    expect(marker(container, cruising.id)).toHaveAttribute('data-selected', 'true');

    // The track follows the aircraft as it moves.
    const drawn = container.querySelector('[data-map="track"]')?.getAttribute('d');
    send('FlightMoved', flight({ lastPosition: position({ seq: 1300, lat: 52.5, lon: 5.5, verticalSpeedFpm: 1800 }) }));
    expect(await screen.findByText('Track: 10 positions')).toBeInTheDocument();
    expect(container.querySelector('[data-map="track"]')?.getAttribute('d')).not.toEqual(drawn);
    expect(within(now).getByText('Phase').nextSibling).toHaveTextContent('Climb');
  });

  it('says how a selected flight ended, with a link to its PIREP', async () => {
    const { send } = setup();
    await userEvent.click(await item('BAW117'));

    send('FlightFiled', { ...cruising, status: 'FILED', pirepId: 'pirep-117' });

    expect(await screen.findByText('BAW117 has landed and was filed.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: 'Open its PIREP' })).toHaveAttribute('href', '/pireps/pirep-117');
    expect(screen.queryByRole('region', { name: 'BAW117' })).not.toBeInTheDocument();
  });

  it('reads a linked flight that is no longer in the air', async () => {
    const requests = mockApi({
      'GET /api/flights': () => json(200, { items: [], nextCursor: null }),
      [`GET /api/flights/${cruising.id}`]: () => json(200, { ...cruising, status: 'CANCELLED' }),
    });
    renderPage(<LiveMapPage />, { path: '/flights', url: `/flights?flight=${cruising.id}`, as: user() });

    expect(await screen.findByText('BAW117 was cancelled.')).toBeInTheDocument();
    expect(requests.some((r) => r.path.endsWith('/track'))).toBe(false);
  });

  it('selects a flight from the keyboard', async () => {
    const { requests } = setup();
    await list();

    // The map view's switch comes first, then the flights.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Flights' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    expect(await item('BAW117')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(await item('BAW286')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{Enter}');

    expect(await item('BAW117')).toHaveAttribute('aria-pressed', 'true');
    expect(await item('BAW286')).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(requests.some((r) => r.path.endsWith('/track'))).toBe(true));
    expect(screen.getByRole('heading', { name: 'BAW117' })).toBeInTheDocument();
  });

  it('frames the flights, or shows the whole world', async () => {
    const { container } = setup();
    await list();
    const framed = marker(container, cruising.id)?.getAttribute('transform');

    await userEvent.click(screen.getByRole('button', { name: 'Whole world' }));

    expect(screen.getByRole('button', { name: 'Whole world' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: /^World map of 2 flights/ })).toBeInTheDocument();
    expect(marker(container, cruising.id)?.getAttribute('transform')).not.toEqual(framed);
  });

  it('selects a flight by clicking its aircraft on the map, and lets it go when clicked again', async () => {
    const { container } = setup();
    await list();

    await userEvent.click(marker(container, cruising.id) as Element);

    expect(await item('BAW117')).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(await item('BAW117'));
    expect(await item('BAW117')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('region', { name: 'BAW117' })).not.toBeInTheDocument();
  });
});
