import type { QueryClient } from '@tanstack/react-query';
import type { Pirep, User } from '../api/types';
import { storePirep } from '../hooks/queries';
import { queryKeys } from '../lib/queryKeys';

export const PLATFORM_TENANTS = 'platform.tenants';
export const tenantPireps = (tenantId: string) => `tenant.${tenantId}.pireps`;
export const tenantUsers = (tenantId: string) => `tenant.${tenantId}.users`;

/** The bridge addresses a user may listen to (API.md, "Live updates"). */
export function liveAddresses(user: User, tenantIds: readonly string[]): string[] {
  switch (user.role) {
    case 'PLATFORM_ADMIN':
      return [PLATFORM_TENANTS, ...tenantIds.flatMap((id) => [tenantPireps(id), tenantUsers(id)])];
    case 'TENANT_ADMIN':
      return user.tenantId ? [tenantPireps(user.tenantId), tenantUsers(user.tenantId)] : [];
    default:
      return user.tenantId ? [tenantPireps(user.tenantId)] : [];
  }
}

function isPirepEvent(body: unknown): body is { type: string; pirep: Pirep } {
  if (!body || typeof body !== 'object') return false;
  const pirep = (body as { pirep?: unknown }).pirep;
  return !!pirep && typeof pirep === 'object' && typeof (pirep as Pirep).id === 'string';
}

/** Brings the query cache up to date with one message from the bridge. */
export function applyLiveMessage(queryClient: QueryClient, address: string, body: unknown): void {
  if (address.endsWith('.pireps')) {
    if (isPirepEvent(body)) storePirep(queryClient, body.pirep);
    else void queryClient.invalidateQueries({ queryKey: queryKeys.pireps.all });
  } else if (address.endsWith('.users')) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
  } else if (address === PLATFORM_TENANTS) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.tenants.all });
  }
}
