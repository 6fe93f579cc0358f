import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Position } from '../../api/types';
import { formatAltitude, formatDuration, formatNumber, formatSpeed, formatVerticalSpeed } from '../../lib/format';
import { altitudeProfile, spread, trackSummary } from '../../lib/trackProfile';
import { Table, TBody, Td, Th } from '../Table';

/** Enough points for a smooth line on a wide screen, few enough for Recharts to stay quick. */
const CHART_POINTS = 600;
/** Rows of the table under the chart: its text alternative. */
const TABLE_ROWS = 13;

const elapsed = (minutes: number) => formatDuration(Math.round(minutes));

/** The altitude over a flight's time as an area chart, summed up in words; AltitudeTable is its table. */
export function AltitudeProfile({ track }: { track: Position[] }) {
  const summary = trackSummary(track);
  if (!summary) return <p className="px-4 py-6 text-sm text-slate-500 sm:px-6">No positions were recorded.</p>;
  const points = altitudeProfile(track, CHART_POINTS);
  const description =
    `Highest ${formatAltitude(summary.highestFt)}, fastest ${formatSpeed(summary.fastestKt)} over the ground, ` +
    `${elapsed(summary.minutes)} from the first to the last of ${formatNumber(summary.positions)} positions.`;

  return (
    <figure className="px-4 py-4 sm:px-6">
      <figcaption className="text-sm text-slate-600">{description}</figcaption>
      <div aria-hidden="true" className="mt-3 h-56" data-chart="altitude">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis
              dataKey="minutes"
              type="number"
              domain={['dataMin', 'dataMax']}
              tickFormatter={elapsed}
              tick={{ fontSize: 12 }}
            />
            <YAxis dataKey="altitudeFt" tickFormatter={(feet: number) => formatNumber(feet)} width={56} tick={{ fontSize: 12 }} />
            <Tooltip
              labelFormatter={(minutes) => elapsed(Number(minutes))}
              formatter={(feet) => [formatAltitude(Number(feet)), 'Altitude']}
            />
            <Area type="monotone" dataKey="altitudeFt" stroke="#0369a1" fill="#bae6fd" isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The altitude profile sampled evenly in a table: the chart's text alternative, folded away. */
export function AltitudeTable({ track }: { track: Position[] }) {
  if (track.length === 0) return null;
  const rows = altitudeProfile(spread(track, TABLE_ROWS), TABLE_ROWS);
  return (
    <details className="border-t border-slate-100 px-4 py-3 sm:px-6">
      <summary className="cursor-pointer text-sm font-medium text-sky-800">The altitude profile as a table</summary>
      <div className="mt-2">
        <Table caption="Altitude profile, sampled evenly over the flight">
          <thead>
            <tr>
              <Th>Time</Th>
              <Th className="text-right">Altitude</Th>
              <Th className="text-right">Ground speed</Th>
              <Th className="text-right">Vertical speed</Th>
              <Th>Phase</Th>
            </tr>
          </thead>
          <TBody>
            {rows.map((row, index) => (
              <tr key={index}>
                <Td>{elapsed(row.minutes)}</Td>
                <Td className="text-right tabular-nums">{formatAltitude(row.altitudeFt)}</Td>
                <Td className="text-right tabular-nums">{formatSpeed(row.groundSpeedKt)}</Td>
                <Td className="text-right tabular-nums">{formatVerticalSpeed(row.verticalSpeedFpm)}</Td>
                <Td>{row.phase}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
    </details>
  );
}
