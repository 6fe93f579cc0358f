import { useQuery, type QueryClient } from '@tanstack/react-query';
import { flightsApi } from '../api';
import type { Flight, FlightEventType, FlightStatus, Position } from '../api/types';
import { queryKeys } from '../lib/queryKeys';

/** The statuses of a flight that is still in the air: LOST ones come back with their next position. */
export const LIVE_FLIGHT_STATUSES: readonly FlightStatus[] = ['IN_PROGRESS', 'LOST'];
const PAGE_SIZE = 200;
/** A bound on the pages read for one status, so a runaway cursor cannot loop forever. */
const MAX_LIVE_PAGES = 50;

export interface FlightEvent {
  type: FlightEventType;
  flight: Flight;
}

type Track = { items: Position[] };

/** The pages of the flights with a status, newest first, read one after the other. */
async function* flightPages(status: FlightStatus, maxPages: number, signal?: AbortSignal) {
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const answer = await flightsApi.list({ status, limit: PAGE_SIZE, cursor }, signal);
    yield answer.items;
    cursor = answer.nextCursor;
    if (!cursor) return;
  }
}

async function fetchAllFlights(status: FlightStatus, signal?: AbortSignal): Promise<Flight[]> {
  const flights: Flight[] = [];
  for await (const items of flightPages(status, MAX_LIVE_PAGES, signal)) flights.push(...items);
  return flights;
}

/** Every flight in the air, whole (the map shows them all at once, not a page). */
export async function fetchLiveFlights(signal?: AbortSignal): Promise<Flight[]> {
  const pages = await Promise.all(LIVE_FLIGHT_STATUSES.map((status) => fetchAllFlights(status, signal)));
  return pages.flat().reduce<Flight[]>((flights, flight) => mergeFlight(flights, flight), []);
}

/** The flights in the air, kept current by the live messages of `tenant.<id>.flights`. */
export function useLiveFlights() {
  return useQuery({
    queryKey: queryKeys.flights.live,
    queryFn: ({ signal }) => fetchLiveFlights(signal),
    // Live messages keep it fresh; a reconnect refetches it.
    staleTime: Infinity,
  });
}

/** One flight, whatever its status: the latest live message about it, else GET /api/flights/{id}. */
export function useFlight(id: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.flights.detail(id ?? ''),
    queryFn: ({ signal }) => flightsApi.get(id as string, signal),
    enabled: enabled && !!id,
  });
}

export function useFlightTrack(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.flights.track(id ?? ''),
    queryFn: ({ signal }) => flightsApi.track(id as string, signal),
    enabled: !!id,
    select: (track) => track.items,
  });
}

const lastSeq = (flight: Flight | undefined) => flight?.lastPosition?.seq ?? -1;

/**
 * Adds a flight to the list or replaces the one with its id. Messages from several gateways may
 * cross: an older position never replaces a newer one, though the rest of the flight is taken.
 */
export function mergeFlight(flights: Flight[], incoming: Flight): Flight[] {
  const index = flights.findIndex((flight) => flight.id === incoming.id);
  if (index < 0) return [...flights, incoming];
  const current = flights[index];
  const merged =
    lastSeq(incoming) >= lastSeq(current)
      ? incoming
      : { ...incoming, lastPosition: current.lastPosition, lastSeenAt: current.lastSeenAt };
  return flights.map((flight, i) => (i === index ? merged : flight));
}

const hasEnded = ({ type, flight }: FlightEvent) =>
  type === 'FlightFiled' || type === 'FlightCancelled' || !LIVE_FLIGHT_STATUSES.includes(flight.status);

const withEvent = (flights: Flight[], event: FlightEvent) =>
  hasEnded(event) ? flights.filter((f) => f.id !== event.flight.id) : mergeFlight(flights, event.flight);

/** Brings the live flights, and the track of a flight on screen, up to date with some messages. */
export function applyFlightEvents(queryClient: QueryClient, events: FlightEvent[]): void {
  queryClient.setQueryData<Flight[]>(queryKeys.flights.live, (flights) => flights && events.reduce(withEvent, flights));
  for (const event of events) {
    // Kept for a page that still shows it, to say how it ended.
    if (hasEnded(event)) queryClient.setQueryData(queryKeys.flights.detail(event.flight.id), event.flight);
    if (event.flight.lastPosition) appendToTrack(queryClient, event.flight.id, event.flight.lastPosition);
  }
}

/**
 * Messages wait this long to be applied together: a thousand flights moving each second then
 * cost a few renders of the map a second, not a thousand.
 */
export const FLIGHT_BATCH_MS = 200;
const queued = new WeakMap<QueryClient, FlightEvent[]>();

/** Applies a message with the others that arrive within FLIGHT_BATCH_MS of it. */
export function queueFlightEvent(queryClient: QueryClient, event: FlightEvent): void {
  const queue = queued.get(queryClient);
  if (queue) {
    queue.push(event);
    return;
  }
  queued.set(queryClient, [event]);
  setTimeout(() => {
    const events = queued.get(queryClient) ?? [];
    queued.delete(queryClient);
    applyFlightEvents(queryClient, events);
  }, FLIGHT_BATCH_MS);
}

/** A loaded track grows with each newest position, so the line follows the aircraft. */
function appendToTrack(queryClient: QueryClient, flightId: string, position: Position): void {
  queryClient.setQueryData<Track>(queryKeys.flights.track(flightId), (track) => {
    if (!track) return track;
    const last = track.items[track.items.length - 1];
    return last && last.seq >= position.seq ? track : { items: [...track.items, position] };
  });
}
