import type { Pirep, Role, User } from '../api/types';

/** What each role may do, per API.md. Navigation, routes and buttons all ask here. */
export const can = {
  manageAirlines: (user: User) => user.role === 'PLATFORM_ADMIN',
  manageUsers: (user: User) => user.role === 'PLATFORM_ADMIN' || user.role === 'TENANT_ADMIN',
  filePirep: (user: User) => user.role === 'PILOT' || user.role === 'TENANT_ADMIN',
  reviewPirep: (user: User, pirep: Pirep) =>
    user.role === 'TENANT_ADMIN' && user.tenantId === pirep.tenantId,
  seeAllAirlines: (user: User) => user.role === 'PLATFORM_ADMIN',
  /** The live map: the flights of one's airline, or of every airline for a platform admin. */
  watchFlights: (user: User) => user.role === 'PLATFORM_ADMIN' || user.tenantId !== null,
  /** A tenant admin keeps their own role; a platform admin's role never changes. */
  changeRole: (user: User, target: User) =>
    target.role !== 'PLATFORM_ADMIN' && !(user.role === 'TENANT_ADMIN' && user.id === target.id),
  /** Nobody suspends themself. */
  suspend: (user: User, target: User) => user.id !== target.id,
};

export function assignableRoles(user: User): Role[] {
  switch (user.role) {
    case 'PLATFORM_ADMIN':
      return ['PILOT', 'TENANT_ADMIN', 'PLATFORM_ADMIN'];
    case 'TENANT_ADMIN':
      return ['PILOT', 'TENANT_ADMIN'];
    default:
      return [];
  }
}
