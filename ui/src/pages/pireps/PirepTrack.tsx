import { useMemo } from 'react';
import type { Pirep } from '../../api/types';
import { AltitudeProfile, AltitudeTable } from '../../components/charts/AltitudeProfile';
import { FlightMap } from '../../components/map/FlightMap';
import { Panel } from '../../components/Panel';
import { ErrorState, LoadingState } from '../../components/states';
import { useAirport } from '../../hooks/airports';
import { useFlightTrack } from '../../hooks/flights';

/** The track of the live flight a PIREP was filed from, on the map and as an altitude profile. */
export function PirepTrack({ pirep }: { pirep: Pirep }) {
  const track = useFlightTrack(pirep.flightId);
  const departure = useAirport(pirep.departure);
  const arrival = useAirport(pirep.arrival);
  // An airport that cannot be read is left unmarked: the track is what this panel is for.
  const airports = useMemo(
    () => [departure.data, arrival.data].filter((airport) => airport !== undefined),
    [departure.data, arrival.data],
  );

  return (
    <Panel title="Track" className="mt-6">
      {!pirep.flightId ? (
        <p className="px-4 py-6 text-sm text-slate-500 sm:px-6">This PIREP names no flight to show the track of.</p>
      ) : track.isPending ? (
        <LoadingState label="Loading the track…" />
      ) : track.isError ? (
        <ErrorState error={track.error} onRetry={() => track.refetch()} />
      ) : (
        <>
          <div className="grid items-center lg:grid-cols-2 lg:divide-x lg:divide-slate-100">
            <FlightMap
              view="track"
              track={track.data}
              airports={airports}
              label={`Map of the track of ${pirep.flightNumber} from ${pirep.departure} to ${pirep.arrival}. The altitude profile beside it describes the flight in words and as a table.`}
            />
            <AltitudeProfile track={track.data} />
          </div>
          <AltitudeTable track={track.data} />
        </>
      )}
    </Panel>
  );
}
