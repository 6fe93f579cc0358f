import type { Pirep, PirepSource } from '../../api/types';
import { DateTime } from '../../components/DateTime';
import { Fact } from '../../components/Fact';
import { formatDuration, formatNumber, formatVerticalSpeed } from '../../lib/format';

const SOURCE_LABELS: Record<PirepSource, string> = {
  MANUAL: 'Web form',
  API: 'ACARS (API key)',
  ACARS: 'ACARS live flight',
};

export function PirepFacts({ pirep, airline }: { pirep: Pirep; airline?: string }) {
  return (
    <dl className="grid grid-cols-1 divide-y divide-slate-100 sm:grid-cols-2 sm:divide-y-0 lg:grid-cols-3">
      <Fact label="Pilot">{pirep.pilotName}</Fact>
      {airline && <Fact label="Airline">{airline}</Fact>}
      <Fact label="Aircraft">
        <span className="font-mono">{pirep.aircraftType}</span>
      </Fact>
      <Fact label="Flight time">{formatDuration(pirep.flightTimeMinutes)}</Fact>
      <Fact label="Block off">
        <DateTime value={pirep.blockOffAt} />
      </Fact>
      <Fact label="Block on">
        <DateTime value={pirep.blockOnAt} />
      </Fact>
      <Fact label="Distance">{formatNumber(pirep.distanceNm, 'nm')}</Fact>
      <Fact label="Fuel used">{formatNumber(pirep.fuelUsedKg, 'kg')}</Fact>
      <Fact label="Landing rate">{formatVerticalSpeed(pirep.landingRateFpm)}</Fact>
      <Fact label="Filed">
        <DateTime value={pirep.submittedAt} />
      </Fact>
      <Fact label="Source">{SOURCE_LABELS[pirep.source] ?? pirep.source}</Fact>
      <Fact label="Reviewed">
        <DateTime value={pirep.reviewedAt} />
      </Fact>
    </dl>
  );
}

export function PirepText({ label, text }: { label: string; text: string | undefined | null }) {
  if (!text) return null;
  return (
    <div className="border-t border-slate-100 px-4 py-3 sm:px-6">
      <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</h3>
      <p className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-900">{text}</p>
    </div>
  );
}
