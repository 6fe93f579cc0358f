import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import type { Flight, Position } from '../../api/types';
import { Badge } from '../../components/Badge';
import { DateTime } from '../../components/DateTime';
import { Fact } from '../../components/Fact';
import { FlightRoute } from '../../components/FlightRoute';
import { ErrorState } from '../../components/states';
import { phaseLabel } from '../../lib/flightPhase';
import { formatAltitude, formatNumber, formatSpeed, formatVerticalSpeed } from '../../lib/format';

interface SelectedFlightProps {
  flight: Flight;
  /** Its track's request, whose state is told in words beside the map. */
  track: UseQueryResult<Position[]>;
}

/** Where the selected flight is and what it is doing, as the live messages report it. */
export function SelectedFlight({ flight, track }: SelectedFlightProps) {
  const position = flight.lastPosition;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200">
      <header className="flex flex-wrap items-center gap-3 px-4 pt-4 sm:px-6">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {flight.flightNumber}
        </h2>
        <FlightRoute from={flight.departure} to={flight.arrival} />
        {flight.status === 'LOST' && <Badge tone="warning">Lost: no position for 30 minutes</Badge>}
        <span className="text-sm text-slate-500" data-track-state>
          {track.isPending ? 'Loading its track…' : track.isError ? '' : `Track: ${formatNumber(track.data.length)} positions`}
        </span>
      </header>
      {track.isError && <ErrorState error={track.error} onRetry={() => void track.refetch()} />}
      <dl aria-label={`${flight.flightNumber} now`} className="grid grid-cols-2 sm:grid-cols-3 lg:grid-cols-4">
        <Fact label="Phase">{phaseLabel(position)}</Fact>
        <Fact label="Altitude">{formatAltitude(position?.altitudeFt)}</Fact>
        <Fact label="Ground speed">{formatSpeed(position?.groundSpeedKt)}</Fact>
        <Fact label="Vertical speed">{formatVerticalSpeed(position?.verticalSpeedFpm)}</Fact>
        <Fact label="Heading">{position ? `${formatNumber(position.headingDeg)}°` : '—'}</Fact>
        <Fact label="Flown">{formatNumber(flight.distanceFlownNm, 'nm')}</Fact>
        <Fact label="Pilot">{flight.pilotName}</Fact>
        <Fact label="Last seen">
          <DateTime value={flight.lastSeenAt} />
        </Fact>
      </dl>
    </section>
  );
}

/** Said of a selected flight that is no longer in the air, with the way to its PIREP. */
export function EndedFlight({ flight }: { flight: Flight }) {
  const how = flight.status === 'FILED' ? 'has landed and was filed' : flight.status === 'CANCELLED' ? 'was cancelled' : null;
  if (!how) return null;
  return (
    <p role="status" className="border-t border-slate-200 px-4 py-3 text-sm text-slate-700 sm:px-6">
      {flight.flightNumber} {how}.
      {flight.pirepId && (
        <Link to={`/pireps/${flight.pirepId}`} className="ml-2 font-medium text-sky-700 hover:underline">
          Open its PIREP
        </Link>
      )}
    </p>
  );
}
