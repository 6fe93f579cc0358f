import EventBus from '@vertx/eventbus-bridge-client.js';
import type { EventBusFactory, EventBusLike } from './connection';

export const LIVE_URL = '/api/ws';

/** The official Vert.x bridge client over sockjs-client (WebSocket, then the XHR fallbacks). */
export const createSockJsEventBus: EventBusFactory = (url) =>
  new EventBus(url, { vertxbus_ping_interval: 5_000 }) as unknown as EventBusLike;
