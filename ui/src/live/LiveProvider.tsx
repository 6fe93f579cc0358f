import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { useAuth } from '../auth/AuthContext';
import { useTenantDirectory } from '../hooks/queries';
import type { EventBusFactory, LiveStatus } from './connection';
import { createSockJsEventBus, LIVE_URL } from './eventBus';
import { applyLiveMessage, liveAddresses } from './liveEvents';
import { useLiveConnection } from './useLiveConnection';

const LiveStatusContext = createContext<LiveStatus>('disconnected');

/**
 * Keeps the signed-in user's live connection open and the query cache current: each message
 * updates the cache, and every (re)connect refetches whatever is on screen, since messages sent
 * while disconnected are lost.
 */
export function LiveProvider({
  children,
  createEventBus = createSockJsEventBus,
}: {
  children: ReactNode;
  createEventBus?: EventBusFactory;
}) {
  const { session } = useAuth();
  const queryClient = useQueryClient();
  const user = session?.user;
  const directory = useTenantDirectory(user?.role === 'PLATFORM_ADMIN');
  const addresses = user ? liveAddresses(user, directory.tenants.map((tenant) => tenant.id)) : [];

  const status = useLiveConnection({
    url: LIVE_URL,
    token: session?.token ?? null,
    addresses,
    createEventBus,
    onMessage: (address, body) => applyLiveMessage(queryClient, address, body),
    onOpen: () => void queryClient.invalidateQueries(),
  });

  return <LiveStatusContext.Provider value={status}>{children}</LiveStatusContext.Provider>;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveStatusContext);
}
