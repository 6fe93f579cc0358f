import { memo, useRef, type KeyboardEvent } from 'react';
import type { Flight, Tenant } from '../../api/types';
import { Badge } from '../../components/Badge';
import { FlightRoute } from '../../components/FlightRoute';
import { cx } from '../../lib/cx';
import { phaseLabel } from '../../lib/flightPhase';
import { formatAltitude, formatSpeed } from '../../lib/format';

interface FlightListProps {
  flights: Flight[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Given when the viewer sees several airlines: each flight names its airline. */
  airlines?: Map<string, Tenant>;
}

/**
 * The flights in the air as a list of buttons: the map's text alternative and its keyboard
 * path (Tab or the arrow keys move between flights, Enter or Space selects one).
 */
export function FlightList({ flights, selectedId, onSelect, airlines }: FlightListProps) {
  const list = useRef<HTMLUListElement>(null);

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (!step || index < 0) return;
    event.preventDefault();
    buttons[Math.min(buttons.length - 1, Math.max(0, index + step))].focus();
  };

  return (
    <ul ref={list} aria-label="Flights in the air" className="divide-y divide-slate-100" onKeyDown={moveFocus}>
      {flights.map((flight) => (
        <FlightItem
          key={flight.id}
          flight={flight}
          selected={flight.id === selectedId}
          onSelect={onSelect}
          airline={airlines?.get(flight.tenantId)?.icao}
          showAirline={!!airlines}
        />
      ))}
    </ul>
  );
}

interface FlightItemProps {
  flight: Flight;
  selected: boolean;
  onSelect: (id: string) => void;
  airline: string | undefined;
  showAirline: boolean;
}

/** One flight of the list, redrawn only when that flight changes (a live message keeps the others as they were). */
const FlightItem = memo(function FlightItem({ flight, selected, onSelect, airline, showAirline }: FlightItemProps) {
  const position = flight.lastPosition;
  return (
    <li data-flight-id={flight.id}>
      <button
        type="button"
        aria-pressed={selected}
        onClick={() => onSelect(flight.id)}
        className={cx(
          'block w-full px-4 py-3 text-left text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-inset',
          selected ? 'bg-fuchsia-50' : 'hover:bg-slate-50',
        )}
      >
        <span className="flex items-center justify-between gap-2">
          <span className="font-semibold text-slate-900">
            {flight.flightNumber}
            {showAirline && <span className="ml-1 font-normal text-slate-500">{airline}</span>}
          </span>
          {flight.status === 'LOST' ? <Badge tone="warning">Lost</Badge> : <Badge tone="info">{phaseLabel(position)}</Badge>}
        </span>
        <span className="mt-1 flex flex-wrap items-center gap-x-2 text-slate-600">
          <FlightRoute from={flight.departure} to={flight.arrival} />
          <span className="font-mono text-xs">{flight.aircraftType}</span>
        </span>
        <span className="mt-1 block text-slate-600">{flight.pilotName}</span>
        <span className="mt-1 block text-slate-600 tabular-nums">
          {formatAltitude(position?.altitudeFt)} · {formatSpeed(position?.groundSpeedKt)}
          {flight.status === 'LOST' && <> · {phaseLabel(position)}</>}
        </span>
      </button>
    </li>
  );
});
