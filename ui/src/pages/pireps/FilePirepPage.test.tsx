import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { airport } from '../../test/flightFixtures';
import { pirep, user } from '../../test/fixtures';
import { json, mockApi, problem } from '../../test/http';
import { renderPage } from '../../test/render';
import { FilePirepPage } from './FilePirepPage';

async function fillRequired(departure: string) {
  await userEvent.type(screen.getByLabelText('Flight number'), 'baw123');
  await userEvent.type(screen.getByLabelText('Aircraft type'), 'b772');
  await userEvent.type(screen.getByLabelText('Departure'), departure);
  await userEvent.type(screen.getByLabelText('Arrival'), 'KJFK');
  await userEvent.type(screen.getByLabelText('Flight time (minutes)'), '455');
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'File PIREP' }));

describe('FilePirepPage', () => {
  it('shows a field error next to the field and sends nothing', async () => {
    const requests = mockApi({});
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await fillRequired('LHR');
    await submit();

    expect(screen.getByLabelText('Departure')).toHaveAccessibleDescription('Use a 4-letter ICAO airport code, e.g. EGLL.');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields.');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it("shows the API's field errors next to their fields", async () => {
    mockApi({
      'POST /api/pireps': () =>
        problem(400, 'Invalid PIREP', [{ field: 'arrival', message: 'Unknown airport.' }]),
    });
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await fillRequired('EGLL');
    await submit();

    await waitFor(() => expect(screen.getByLabelText('Arrival')).toHaveAccessibleDescription('Unknown airport.'));
  });

  it('files the PIREP with an idempotency key and opens it', async () => {
    const filed = pirep();
    const requests = mockApi({ 'POST /api/pireps': () => json(201, filed) });
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await fillRequired('egll');
    await userEvent.type(screen.getByLabelText(/Landing rate/), '-180');
    await submit();

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/pireps/${filed.id}`));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      flightNumber: 'BAW123',
      departure: 'EGLL',
      arrival: 'KJFK',
      aircraftType: 'B772',
      flightTimeMinutes: 455,
      landingRateFpm: -180,
    });
    expect(requests.find((r) => r.method === 'POST')?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('disables the submit button while sending', async () => {
    mockApi({ 'POST /api/pireps': () => new Promise<Response>(() => undefined) });
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await fillRequired('EGLL');
    await submit();

    expect(screen.getByRole('button', { name: 'File PIREP' })).toBeDisabled();
  });
});

describe('FilePirepPage airport search', () => {
  const heathrow = airport();
  const schiphol = airport({ icao: 'EHAM', iata: 'AMS', name: 'Amsterdam Airport Schiphol', city: 'Amsterdam', country: 'NL' });

  function searchable() {
    return mockApi({
      'GET /api/airports': (request) => {
        const q = (request.query.get('q') ?? '').toLowerCase();
        const items = [heathrow, schiphol].filter(
          (a) => a.icao.toLowerCase().startsWith(q) || a.name.toLowerCase().includes(q),
        );
        return json(200, { items });
      },
      'POST /api/pireps': () => json(201, pirep()),
    });
  }

  it('searches as you type, once typing pauses, and fills the field with the chosen ICAO code', async () => {
    const requests = searchable();
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await userEvent.type(screen.getByLabelText('Departure'), 'heath');

    const option = await screen.findByRole('option', { name: /EGLL\s*LHR\s*London Heathrow Airport\s*London, GB/ });
    const searches = requests.filter((r) => r.path === '/api/airports');
    expect(searches).toHaveLength(1);
    expect(searches[0].query.get('q')).toBe('heath');
    expect(Number(searches[0].query.get('limit'))).toBeGreaterThan(0);

    await userEvent.click(option);
    expect(screen.getByLabelText('Departure')).toHaveValue('EGLL');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('chooses a suggestion with the keyboard', async () => {
    searchable();
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await userEvent.type(screen.getByLabelText('Arrival'), 'amster');
    await screen.findByRole('option', { name: /EHAM/ });
    await userEvent.keyboard('{ArrowDown}{Enter}');

    expect(screen.getByLabelText('Arrival')).toHaveValue('EHAM');
  });

  it('files a typed ICAO code as it is, without choosing a suggestion', async () => {
    const requests = searchable();
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await fillRequired('eham');
    await submit();

    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({ departure: 'EHAM', arrival: 'KJFK' });
  });
});
