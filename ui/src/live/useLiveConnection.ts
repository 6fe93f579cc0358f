import { useEffect, useRef, useState } from 'react';
import { LiveConnection, type Backoff, type EventBusFactory, type LiveStatus } from './connection';

export interface UseLiveConnectionOptions {
  url: string;
  /** No token, no connection. */
  token: string | null;
  addresses: readonly string[];
  createEventBus: EventBusFactory;
  onMessage: (address: string, body: unknown) => void;
  onOpen: () => void;
  backoff?: Backoff;
}

/** Keeps a live bridge connection for as long as the component is mounted; returns its status. */
export function useLiveConnection({
  url,
  token,
  addresses,
  createEventBus,
  onMessage,
  onOpen,
  backoff,
}: UseLiveConnectionOptions): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('disconnected');
  const connection = useRef<LiveConnection | null>(null);
  const latest = useRef({ onMessage, onOpen, addresses });
  const addressKey = [...addresses].sort().join('\n');

  // Declared first, so the effects below always see this render's callbacks and addresses.
  useEffect(() => {
    latest.current = { onMessage, onOpen, addresses };
  });

  useEffect(() => {
    if (!token) {
      setStatus('disconnected');
      return;
    }
    const live = new LiveConnection({
      url,
      token,
      createEventBus,
      backoff,
      onStatus: setStatus,
      onMessage: (address, body) => latest.current.onMessage(address, body),
      onOpen: () => latest.current.onOpen(),
    });
    live.setAddresses(latest.current.addresses);
    connection.current = live;
    live.start();
    return () => {
      connection.current = null;
      live.stop();
    };
  }, [url, token, createEventBus, backoff]);

  useEffect(() => {
    connection.current?.setAddresses(latest.current.addresses);
  }, [addressKey]);

  return status;
}
