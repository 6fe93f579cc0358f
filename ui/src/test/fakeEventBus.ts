import type { BridgeHandler, EventBusLike } from '../live/connection';

/** An in-memory stand-in for the Vert.x bridge client, driven by the test. */
export class FakeEventBus implements EventBusLike {
  defaultHeaders: Record<string, string> | null = null;
  onopen: (() => void) | null = null;
  onclose: ((event?: unknown) => void) | null = null;
  onerror: (error: unknown) => void = () => undefined;
  readonly handlers = new Map<string, BridgeHandler>();
  readonly registerFrames: { address: string; headers: Record<string, string> }[] = [];
  closed = false;

  constructor(readonly url: string) {}

  registerHandler(address: string, headers: Record<string, string>, callback: BridgeHandler): void {
    this.registerFrames.push({ address, headers: { ...this.defaultHeaders, ...headers } });
    this.handlers.set(address, callback);
  }

  unregisterHandler(address: string): void {
    this.handlers.delete(address);
  }

  close(): void {
    this.closed = true;
    this.onclose?.();
  }

  /** The server accepted the connection. */
  open(): void {
    this.onopen?.();
  }

  /** The connection dropped (server restart, network). */
  drop(): void {
    this.onclose?.();
  }

  deliver(address: string, body: unknown): void {
    this.handlers.get(address)?.(null, { address, body });
  }
}

export function fakeEventBusFactory() {
  const buses: FakeEventBus[] = [];
  const create = (url: string) => {
    const bus = new FakeEventBus(url);
    buses.push(bus);
    return bus;
  };
  return { buses, create, latest: () => buses[buses.length - 1] };
}
