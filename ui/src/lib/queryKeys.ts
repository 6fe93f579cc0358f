import type { PirepFilter, UserFilter } from '../api';

/** Every TanStack Query key in one place, so live updates can invalidate by prefix. */
export const queryKeys = {
  tenants: {
    all: ['tenants'] as const,
    lists: ['tenants', 'list'] as const,
    list: (cursor: string | null) => ['tenants', 'list', cursor] as const,
    directory: ['tenants', 'directory'] as const,
    detail: (id: string) => ['tenants', 'detail', id] as const,
  },
  users: {
    all: ['users'] as const,
    list: (filter: UserFilter) => ['users', 'list', filter] as const,
  },
  apiKeys: {
    all: ['api-keys'] as const,
    list: (cursor: string | null) => ['api-keys', 'list', cursor] as const,
  },
  pireps: {
    all: ['pireps'] as const,
    lists: ['pireps', 'list'] as const,
    list: (filter: PirepFilter) => ['pireps', 'list', filter] as const,
    detail: (id: string) => ['pireps', 'detail', id] as const,
    history: (id: string) => ['pireps', 'history', id] as const,
  },
  flights: {
    all: ['flights'] as const,
    /** Every flight in the air (IN_PROGRESS and LOST), kept current by the live messages. */
    live: ['flights', 'live'] as const,
    detail: (id: string) => ['flights', 'detail', id] as const,
    track: (id: string) => ['flights', 'track', id] as const,
  },
  airports: {
    search: (q: string, limit: number) => ['airports', 'search', q, limit] as const,
    detail: (icao: string) => ['airports', 'detail', icao] as const,
  },
};
