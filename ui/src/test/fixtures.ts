import type { LoginResponse, Pirep, Tenant, User } from '../api/types';

export const TENANT: Tenant = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Speedbird Virtual',
  icao: 'BAW',
  createdAt: '2026-11-20T10:00:00Z',
};

export function user(overrides: Partial<User> = {}): User {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    email: 'pilot@example.test',
    displayName: 'Amelia Pilot',
    role: 'PILOT',
    tenantId: TENANT.id,
    mustChangePassword: false,
    createdAt: '2026-11-20T10:00:00Z',
    status: 'ACTIVE',
    suspendedReason: null,
    ...overrides,
  };
}

export const PLATFORM_ADMIN = user({
  id: '33333333-3333-4333-8333-333333333333',
  email: 'admin@example.test',
  displayName: 'Pat Admin',
  role: 'PLATFORM_ADMIN',
  tenantId: null,
});

export const TENANT_ADMIN = user({
  id: '44444444-4444-4444-8444-444444444444',
  email: 'chief@example.test',
  displayName: 'Chief Pilot',
  role: 'TENANT_ADMIN',
});

export function login(u: User = user()): LoginResponse {
  return { token: `token-for-${u.id}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: u };
}

export function pirep(overrides: Partial<Pirep> = {}): Pirep {
  return {
    id: '55555555-5555-4555-8555-555555555555',
    tenantId: TENANT.id,
    pilotId: user().id,
    pilotName: 'Amelia Pilot',
    flightNumber: 'BAW123',
    departure: 'EGLL',
    arrival: 'KJFK',
    aircraftType: 'B772',
    flightTimeMinutes: 455,
    status: 'SUBMITTED',
    source: 'MANUAL',
    flightId: null,
    submittedAt: '2026-11-26T20:00:00Z',
    reviewedAt: null,
    reviewedBy: null,
    rejectionReason: null,
    ...overrides,
  };
}
