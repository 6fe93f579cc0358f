import type { QueryClient } from '@tanstack/react-query';
import type { Pirep, User } from '../api/types';
import { queueFlightEvent, type FlightEvent } from '../hooks/flights';
import { storePirep } from '../hooks/queries';
import { queryKeys } from '../lib/queryKeys';

export const PLATFORM_TENANTS = 'platform.tenants';
export const tenantPireps = (tenantId: string) => `tenant.${tenantId}.pireps`;
export const tenantUsers = (tenantId: string) => `tenant.${tenantId}.users`;
export const tenantFlights = (tenantId: string) => `tenant.${tenantId}.flights`;

/** The bridge addresses a user may listen to (API.md, "Live updates" and "Live flights"). */
export function liveAddresses(user: User, tenantIds: readonly string[]): string[] {
  switch (user.role) {
    case 'PLATFORM_ADMIN':
      return [
        PLATFORM_TENANTS,
        ...tenantIds.flatMap((id) => [tenantPireps(id), tenantUsers(id), tenantFlights(id)]),
      ];
    case 'TENANT_ADMIN':
      return user.tenantId
        ? [tenantPireps(user.tenantId), tenantUsers(user.tenantId), tenantFlights(user.tenantId)]
        : [];
    default:
      return user.tenantId ? [tenantPireps(user.tenantId), tenantFlights(user.tenantId)] : [];
  }
}

/** Whether the body carries `{[field]: {id: string, ...}}`, as every entity event does. */
function carriesEntity(body: unknown, field: string): boolean {
  if (!body || typeof body !== 'object') return false;
  const entity = (body as Record<string, unknown>)[field];
  return !!entity && typeof entity === 'object' && typeof (entity as { id?: unknown }).id === 'string';
}

const isPirepEvent = (body: unknown): body is { type: string; pirep: Pirep } => carriesEntity(body, 'pirep');
const isFlightEvent = (body: unknown): body is FlightEvent => carriesEntity(body, 'flight');

/** Brings the query cache up to date with one message from the bridge. */
export function applyLiveMessage(queryClient: QueryClient, address: string, body: unknown): void {
  if (address.endsWith('.pireps')) {
    if (isPirepEvent(body)) storePirep(queryClient, body.pirep);
    else void queryClient.invalidateQueries({ queryKey: queryKeys.pireps.all });
  } else if (address.endsWith('.flights')) {
    if (isFlightEvent(body)) queueFlightEvent(queryClient, body);
    else void queryClient.invalidateQueries({ queryKey: queryKeys.flights.all });
  } else if (address.endsWith('.users')) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
  } else if (address === PLATFORM_TENANTS) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.tenants.all });
  }
}
