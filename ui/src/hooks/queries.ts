import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { apiKeysApi, pirepsApi, tenantsApi, usersApi, type PirepFilter, type UserFilter } from '../api';
import type { Page, Pirep, Tenant } from '../api/types';
import { queryKeys } from '../lib/queryKeys';

export const PAGE_SIZE = 20;
const DIRECTORY_SIZE = 200;

/** Tenants for pickers and name look-ups: every airline for a platform admin, one's own otherwise. */
export function useTenantDirectory(enabled = true) {
  const query = useQuery({
    queryKey: queryKeys.tenants.directory,
    queryFn: ({ signal }) => tenantsApi.list({ limit: DIRECTORY_SIZE }, signal),
    enabled,
    staleTime: 60_000,
  });
  const tenants = query.data?.items ?? [];
  const byId = new Map<string, Tenant>(tenants.map((t) => [t.id, t]));
  return { ...query, tenants, byId };
}

export function useTenantsPage(cursor: string | null) {
  return useQuery({
    queryKey: queryKeys.tenants.list(cursor),
    queryFn: ({ signal }) => tenantsApi.list({ limit: PAGE_SIZE, cursor }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTenant(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.tenants.detail(id ?? ''),
    queryFn: ({ signal }) => tenantsApi.get(id as string, signal),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
}

export function useUsersPage(filter: UserFilter) {
  const params = { ...filter, limit: PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.users.list(params),
    queryFn: ({ signal }) => usersApi.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePirepsPage(filter: PirepFilter) {
  const params = { ...filter, limit: PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.pireps.list(params),
    queryFn: ({ signal }) => pirepsApi.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePirep(id: string) {
  return useQuery({
    queryKey: queryKeys.pireps.detail(id),
    queryFn: ({ signal }) => pirepsApi.get(id, signal),
  });
}

export function usePirepHistory(id: string) {
  return useQuery({
    queryKey: queryKeys.pireps.history(id),
    queryFn: ({ signal }) => pirepsApi.history(id, signal),
    select: (data) => data.items,
  });
}

export function useApiKeysPage(cursor: string | null) {
  return useQuery({
    queryKey: queryKeys.apiKeys.list(cursor),
    queryFn: ({ signal }) => apiKeysApi.list({ limit: PAGE_SIZE, cursor }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Read models may lag a write by well under a second (API.md): look again once they caught up. */
export const READ_MODEL_LAG_MS = 1_000;

/** Refetches what a write changed: at once, and again after the read models' lag. */
export function refreshAfterWrite(queryClient: QueryClient, ...queryKeys: QueryKey[]): void {
  const refresh = () =>
    queryKeys.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }));
  refresh();
  setTimeout(refresh, READ_MODEL_LAG_MS);
}

/**
 * Puts a PIREP from a live message into the cache and refreshes the lists and its history.
 * The message carries the projected state, so the detail itself needs no refetch.
 */
export function storePirep(queryClient: QueryClient, pirep: Pirep): void {
  queryClient.setQueryData(queryKeys.pireps.detail(pirep.id), pirep);
  void queryClient.invalidateQueries({ queryKey: queryKeys.pireps.lists });
  void queryClient.invalidateQueries({ queryKey: queryKeys.pireps.history(pirep.id) });
}

/** The same for a PIREP returned by a write, whose effects reach the read models a little later. */
export function usePirepCacheUpdate() {
  const queryClient = useQueryClient();
  return (pirep: Pirep) => {
    queryClient.setQueryData(queryKeys.pireps.detail(pirep.id), pirep);
    refreshAfterWrite(queryClient, queryKeys.pireps.lists, queryKeys.pireps.history(pirep.id));
  };
}

/** Adds an airline returned by its creation to the pickers, which the read model may not show yet. */
export function useTenantCreated() {
  const queryClient = useQueryClient();
  return (tenant: Tenant) => {
    queryClient.setQueryData<Page<Tenant>>(queryKeys.tenants.directory, (directory) =>
      directory && !directory.items.some((t) => t.id === tenant.id)
        ? { ...directory, items: [tenant, ...directory.items] }
        : directory,
    );
    refreshAfterWrite(queryClient, queryKeys.tenants.lists);
  };
}

/** Refreshes a list after a write to it. */
export function useRefreshAfterWrite(queryKey: QueryKey) {
  const queryClient = useQueryClient();
  return () => refreshAfterWrite(queryClient, queryKey);
}

export function useAcceptPirep() {
  const storePirep = usePirepCacheUpdate();
  return useMutation({ mutationFn: pirepsApi.accept, onSuccess: storePirep });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiKeysApi.revoke,
    onSuccess: () => refreshAfterWrite(queryClient, queryKeys.apiKeys.all),
  });
}
