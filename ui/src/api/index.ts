import { sessionStore } from '../auth/session';
import { createApiClient } from './client';
import type {
  Airport,
  ApiKey,
  CreatedApiKey,
  CreatedUser,
  Flight,
  FlightStatus,
  LoginResponse,
  Page,
  Pirep,
  PirepHistoryEntry,
  PirepInput,
  PirepStatus,
  Position,
  Role,
  Tenant,
  User,
} from './types';

export const api = createApiClient({
  getToken: () => sessionStore.token(),
  onUnauthorized: () => sessionStore.signOut('expired'),
  onPasswordChangeRequired: () => sessionStore.requirePasswordChange(),
});

export interface PageParams {
  limit?: number;
  cursor?: string | null;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  tenantId?: string;
  password?: string;
}

export interface UserChange {
  displayName?: string;
  role?: Role;
}

export interface UserFilter extends PageParams {
  tenantId?: string;
  role?: Role;
}

export interface PirepFilter extends PageParams {
  status?: PirepStatus;
  pilotId?: string;
  tenantId?: string;
}

export interface FlightFilter extends PageParams {
  status?: FlightStatus;
}

const path = encodeURIComponent;

export const authApi = {
  login: (email: string, password: string) =>
    api.request<LoginResponse>('/api/auth/login', {
      method: 'POST',
      body: { email, password },
      anonymous: true,
    }),
  me: () => api.get<User>('/api/me'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/me/password', { currentPassword, newPassword }),
  /** Ends this session on the server: its token is refused from then on, on every gateway. */
  logout: () => api.post<void>('/api/auth/logout'),
};

export const tenantsApi = {
  list: (params: PageParams = {}, signal?: AbortSignal) =>
    api.get<Page<Tenant>>('/api/tenants', { ...params }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<Tenant>(`/api/tenants/${path(id)}`, undefined, signal),
  create: (tenant: { name: string; icao: string }) => api.post<Tenant>('/api/tenants', tenant),
};

export const usersApi = {
  list: (filter: UserFilter = {}, signal?: AbortSignal) =>
    api.get<Page<User>>('/api/users', { ...filter }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<User>(`/api/users/${path(id)}`, undefined, signal),
  create: (user: NewUser) => api.post<CreatedUser>('/api/users', user),
  update: (id: string, change: UserChange) =>
    api.request<User>(`/api/users/${path(id)}`, { method: 'PATCH', body: change }),
  suspend: (id: string, reason: string) => api.post<User>(`/api/users/${path(id)}/suspend`, { reason }),
  reactivate: (id: string) => api.post<User>(`/api/users/${path(id)}/reactivate`),
};

export const apiKeysApi = {
  list: (params: PageParams = {}, signal?: AbortSignal) =>
    api.get<Page<ApiKey>>('/api/api-keys', { ...params }, signal),
  create: (name: string) => api.post<CreatedApiKey>('/api/api-keys', { name }),
  revoke: (id: string) => api.delete(`/api/api-keys/${path(id)}`),
};

export const pirepsApi = {
  list: (filter: PirepFilter = {}, signal?: AbortSignal) =>
    api.get<Page<Pirep>>('/api/pireps', { ...filter }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<Pirep>(`/api/pireps/${path(id)}`, undefined, signal),
  history: (id: string, signal?: AbortSignal) =>
    api.get<{ items: PirepHistoryEntry[] }>(`/api/pireps/${path(id)}/history`, undefined, signal),
  submit: (input: PirepInput, idempotencyKey: string) =>
    api.post<Pirep>('/api/pireps', input, { 'Idempotency-Key': idempotencyKey }),
  accept: (id: string) => api.post<Pirep>(`/api/pireps/${path(id)}/accept`),
  reject: (id: string, reason: string) =>
    api.post<Pirep>(`/api/pireps/${path(id)}/reject`, { reason }),
};

export const airportsApi = {
  get: (icao: string, signal?: AbortSignal) =>
    api.get<Airport>(`/api/airports/${path(icao)}`, undefined, signal),
  /** Codes starting with `q`, then names containing it (API.md, "Airports"). */
  search: (q: string, limit: number, signal?: AbortSignal) =>
    api.get<{ items: Airport[] }>('/api/airports', { q, limit }, signal),
};

export const flightsApi = {
  list: (filter: FlightFilter = {}, signal?: AbortSignal) =>
    api.get<Page<Flight>>('/api/flights', { ...filter }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<Flight>(`/api/flights/${path(id)}`, undefined, signal),
  track: (id: string, signal?: AbortSignal) =>
    api.get<{ items: Position[] }>(`/api/flights/${path(id)}/track`, undefined, signal),
};
