import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Flight } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { FlightMap, type MapAircraft, type MapView } from '../../components/map/FlightMap';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useFlight, useFlightTrack, useLiveFlights } from '../../hooks/flights';
import { useTenantDirectory } from '../../hooks/queries';
import { cx } from '../../lib/cx';
import { can } from '../../lib/permissions';
import { FlightList } from './FlightList';
import { EndedFlight, SelectedFlight } from './SelectedFlight';

const byFlightNumber = (a: Flight, b: Flight) => a.flightNumber.localeCompare(b.flightNumber) || a.id.localeCompare(b.id);

function toAircraft(flight: Flight): MapAircraft[] {
  if (!flight.lastPosition) return [];
  return [
    {
      id: flight.id,
      label: flight.flightNumber,
      position: flight.lastPosition,
      tone: flight.status === 'LOST' ? 'lost' : 'live',
    },
  ];
}

function mapLabel(flights: Flight[], selected: Flight | undefined, view: MapView): string {
  const count = flights.length === 1 ? 'one flight' : `${flights.length} flights`;
  const lost = flights.filter((flight) => flight.status === 'LOST').length;
  return [
    `${view === 'world' ? 'World map' : 'Map'} of ${count} in the air`,
    lost > 0 ? `, ${lost} of them lost` : '',
    selected ? `, with the track of ${selected.flightNumber}` : '',
    '. The list of flights beside it gives the same details.',
  ].join('');
}

const VIEWS: { view: MapView; label: string }[] = [
  { view: 'flights', label: 'Flights' },
  { view: 'world', label: 'Whole world' },
];

function ViewSwitch({ view, onChange }: { view: MapView; onChange: (view: MapView) => void }) {
  return (
    <div role="group" aria-label="Map view" className="flex gap-1 border-b border-slate-200 px-4 py-2 sm:px-6">
      {VIEWS.map((option) => (
        <button
          key={option.view}
          type="button"
          aria-pressed={view === option.view}
          onClick={() => onChange(option.view)}
          className={cx(
            'rounded-md px-3 py-1 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600',
            view === option.view ? 'bg-sky-100 text-sky-900' : 'text-slate-600 hover:bg-slate-100',
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

/** Every flight of the airline in the air, moving as its positions arrive over the live bridge. */
export function LiveMapPage() {
  const user = useCurrentUser();
  const allAirlines = can.seeAllAirlines(user);
  const directory = useTenantDirectory(allAirlines);
  const live = useLiveFlights();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('flight');
  const flights = [...(live.data ?? [])].sort(byFlightNumber);
  const selected = flights.find((flight) => flight.id === selectedId);
  const track = useFlightTrack(selected?.id);
  // A selected flight that left the air (or a link to one): how it ended.
  const ended = useFlight(selectedId, live.isSuccess && !selected);
  const [view, setView] = useState<MapView>('flights');

  // Selecting the selected flight again lets it go, as its pressed button says.
  // Stable between messages, so the list and the map redraw only the flights that changed.
  const select = useCallback(
    (id: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id === next.get('flight')) next.delete('flight');
          else next.set('flight', id);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const list = live.isPending ? (
    <LoadingState label="Loading flights…" />
  ) : live.isError ? (
    <ErrorState error={live.error} onRetry={() => live.refetch()} />
  ) : flights.length === 0 ? (
    <EmptyState title="No flights in the air">
      Flights appear here as soon as an ACARS client starts one, and move as it reports.
    </EmptyState>
  ) : (
    <FlightList
      flights={flights}
      selectedId={selected?.id ?? null}
      onSelect={select}
      airlines={allAirlines ? directory.byId : undefined}
    />
  );

  return (
    <>
      <PageHeader
        title="Live map"
        description={allAirlines ? 'Flights of every airline, as they fly.' : "Your airline's flights, as they fly."}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Panel className="self-start lg:col-span-2">
          <ViewSwitch view={view} onChange={setView} />
          <FlightMap
            view={view}
            label={mapLabel(flights, selected, view)}
            aircraft={flights.flatMap(toAircraft)}
            track={selected ? track.data : undefined}
            selectedId={selected?.id}
            onSelect={select}
          />
          {selected && (
            <SelectedFlight flight={selected} track={track} />
          )}
          {!selected && ended.data && <EndedFlight flight={ended.data} />}
        </Panel>
        <Panel title="In the air" className="self-start">
          {list}
        </Panel>
      </div>
    </>
  );
}
