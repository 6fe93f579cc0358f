declare module '@vertx/eventbus-bridge-client.js' {
  export interface EventBusOptions {
    vertxbus_ping_interval?: number;
    vertxbus_reconnect_attempts_max?: number;
    vertxbus_reconnect_delay_min?: number;
    vertxbus_reconnect_delay_max?: number;
    vertxbus_reconnect_exponent?: number;
    vertxbus_randomization_factor?: number;
    transports?: string[];
    [option: string]: unknown;
  }

  export interface EventBusMessage {
    type: string;
    address: string;
    body: unknown;
    headers?: Record<string, string>;
  }

  export type EventBusHandler = (error: unknown, message: EventBusMessage) => void;

  export default class EventBus {
    constructor(url: string, options?: EventBusOptions);
    static readonly CONNECTING: 0;
    static readonly OPEN: 1;
    static readonly CLOSING: 2;
    static readonly CLOSED: 3;
    state: number;
    defaultHeaders: Record<string, string> | null;
    onopen: (() => void) | null;
    onclose: ((event?: unknown) => void) | null;
    onerror: (error: unknown) => void;
    registerHandler(address: string, headers: Record<string, string>, callback: EventBusHandler): void;
    unregisterHandler(address: string, headers: Record<string, string>, callback: EventBusHandler): void;
    enableReconnect(enable: boolean): void;
    close(): void;
  }
}
