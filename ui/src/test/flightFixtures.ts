import type { Airport, Flight, Position } from '../api/types';
import { TENANT, user } from './fixtures';

export const FLIGHT_ID = '66666666-6666-4666-8666-666666666666';

/** Cruising west over the Atlantic, south of Ireland. */
export function position(overrides: Partial<Position> = {}): Position {
  return {
    seq: 1200,
    at: '2026-11-26T21:20:00Z',
    lat: 51.2,
    lon: -15.4,
    altitudeFt: 37000,
    headingDeg: 285,
    groundSpeedKt: 482,
    verticalSpeedFpm: 0,
    onGround: false,
    ...overrides,
  };
}

export function flight(overrides: Partial<Flight> = {}): Flight {
  return {
    id: FLIGHT_ID,
    tenantId: TENANT.id,
    pilotId: user().id,
    pilotName: 'Amelia Pilot',
    flightNumber: 'BAW117',
    departure: 'EGLL',
    arrival: 'KJFK',
    aircraftType: 'B772',
    route: 'CPT L9 KENET',
    client: 'albatross-simulator',
    status: 'IN_PROGRESS',
    startedAt: '2026-11-26T20:00:00Z',
    lastSeenAt: '2026-11-26T21:20:00Z',
    lastPosition: position(),
    distanceFlownNm: 612,
    pirepId: null,
    ...overrides,
  };
}

/** A short hop from Heathrow to Amsterdam: taxi, climb, cruise, descent, landing. */
export function track(): Position[] {
  const points: [number, number, number, number, number, boolean][] = [
    // lon, lat, altitudeFt, groundSpeedKt, verticalSpeedFpm, onGround
    [-0.4543, 51.47, 83, 18, 0, true],
    [-0.4879, 51.4775, 83, 150, 0, true],
    [-0.3, 51.55, 6000, 250, 2500, false],
    [0.5, 51.8, 18000, 380, 2000, false],
    [1.8, 52.05, 33000, 450, 0, false],
    [3.0, 52.2, 33000, 455, 0, false],
    [4.0, 52.3, 12000, 300, -2200, false],
    [4.7, 52.31, 0, 140, -160, true],
    [4.76, 52.31, -11, 20, 0, true],
  ];
  return points.map(([lon, lat, altitudeFt, groundSpeedKt, verticalSpeedFpm, onGround], seq) =>
    position({
      seq,
      at: new Date(Date.parse('2026-11-26T20:00:00Z') + seq * 6 * 60_000).toISOString(),
      lon,
      lat,
      altitudeFt,
      groundSpeedKt,
      verticalSpeedFpm,
      onGround,
      headingDeg: 80,
    }),
  );
}

export function airport(overrides: Partial<Airport> = {}): Airport {
  return {
    icao: 'EGLL',
    iata: 'LHR',
    name: 'London Heathrow Airport',
    city: 'London',
    country: 'GB',
    lat: 51.4706,
    lon: -0.461941,
    elevationFt: 83,
    ...overrides,
  };
}
