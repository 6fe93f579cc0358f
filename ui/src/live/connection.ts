export type LiveStatus = 'connecting' | 'connected' | 'disconnected';

export interface BridgeMessage {
  address: string;
  body: unknown;
}

export type BridgeHandler = (error: unknown, message: BridgeMessage) => void;

/** The part of the Vert.x event-bus bridge client that a live connection uses. */
export interface EventBusLike {
  defaultHeaders: Record<string, string> | null;
  onopen: (() => void) | null;
  onclose: ((event?: unknown) => void) | null;
  onerror: (error: unknown) => void;
  registerHandler(address: string, headers: Record<string, string>, callback: BridgeHandler): void;
  unregisterHandler(address: string, headers: Record<string, string>, callback: BridgeHandler): void;
  close(): void;
}

export type EventBusFactory = (url: string) => EventBusLike;

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000 };

/** Exponential backoff with jitter: between half and all of min(max, initial * 2^attempt). */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface LiveConnectionOptions {
  url: string;
  token: string;
  createEventBus: EventBusFactory;
  backoff?: Backoff;
  onStatus: (status: LiveStatus) => void;
  onMessage: (address: string, body: unknown) => void;
  /** Runs after every (re)connect, once the handlers are registered: the time to refetch. */
  onOpen: () => void;
  onError?: (error: unknown) => void;
}

/**
 * One authenticated connection to the SockJS event-bus bridge that stays open: credentials
 * travel in the headers of every frame, handlers are registered again on each open (the client
 * drops them on reconnect), and a closed connection is retried with backoff until stopped.
 */
export class LiveConnection {
  private bus: EventBusLike | null = null;
  private open = false;
  private stopped = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private addresses = new Set<string>();
  private readonly registered = new Set<string>();

  constructor(private readonly options: LiveConnectionOptions) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const bus = this.bus;
    this.detach();
    if (bus) {
      try {
        bus.close();
      } catch {
        // Closing a socket that never opened can throw; it is gone either way.
      }
    }
    this.options.onStatus('disconnected');
  }

  setAddresses(addresses: Iterable<string>): void {
    this.addresses = new Set(addresses);
    if (this.open) this.syncRegistrations();
  }

  private readonly handleMessage: BridgeHandler = (error, message) => {
    if (error) this.options.onError?.(error);
    else if (message) this.options.onMessage(message.address, message.body);
  };

  private connect(): void {
    this.options.onStatus('connecting');
    let bus: EventBusLike;
    try {
      bus = this.options.createEventBus(this.options.url);
    } catch (error) {
      this.options.onError?.(error);
      this.scheduleReconnect();
      return;
    }
    bus.defaultHeaders = { Authorization: `Bearer ${this.options.token}` };
    bus.onopen = () => this.bus === bus && this.handleOpen();
    bus.onclose = () => this.bus === bus && this.handleClose();
    bus.onerror = (error) => this.options.onError?.(error);
    this.bus = bus;
  }

  private handleOpen(): void {
    this.open = true;
    this.attempt = 0;
    this.registered.clear();
    this.syncRegistrations();
    this.options.onStatus('connected');
    this.options.onOpen();
  }

  private handleClose(): void {
    this.detach();
    if (!this.stopped) this.scheduleReconnect();
  }

  private detach(): void {
    if (this.bus) {
      this.bus.onopen = null;
      this.bus.onclose = null;
    }
    this.bus = null;
    this.open = false;
    this.registered.clear();
  }

  private scheduleReconnect(): void {
    this.options.onStatus('disconnected');
    const delay = backoffDelay(this.attempt, this.options.backoff ?? DEFAULT_BACKOFF);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.connect();
    }, delay);
  }

  private syncRegistrations(): void {
    const bus = this.bus;
    if (!bus) return;
    for (const address of this.addresses) {
      if (!this.registered.has(address)) {
        bus.registerHandler(address, {}, this.handleMessage);
        this.registered.add(address);
      }
    }
    for (const address of [...this.registered]) {
      if (!this.addresses.has(address)) {
        bus.unregisterHandler(address, {}, this.handleMessage);
        this.registered.delete(address);
      }
    }
  }
}
