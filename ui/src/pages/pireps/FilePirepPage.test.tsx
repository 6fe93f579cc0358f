import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
    expect(requests).toHaveLength(0);
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
    expect(requests[0].body).toEqual({
      flightNumber: 'BAW123',
      departure: 'EGLL',
      arrival: 'KJFK',
      aircraftType: 'B772',
      flightTimeMinutes: 455,
      landingRateFpm: -180,
    });
    expect(requests[0].headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('disables the submit button while sending', async () => {
    mockApi({ 'POST /api/pireps': () => new Promise<Response>(() => undefined) });
    renderPage(<FilePirepPage />, { path: '/pireps/new', as: user() });

    await fillRequired('EGLL');
    await submit();

    expect(screen.getByRole('button', { name: 'File PIREP' })).toBeDisabled();
  });
});
