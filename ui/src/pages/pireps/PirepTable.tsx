import { Link } from 'react-router';
import type { Pirep, Tenant } from '../../api/types';
import { Badge, StatusBadge } from '../../components/Badge';
import { DateTime } from '../../components/DateTime';
import { FlightRoute } from '../../components/FlightRoute';
import { Table, TBody, Td, Th } from '../../components/Table';
import { formatDuration } from '../../lib/format';

interface PirepTableProps {
  pireps: Pirep[];
  /** Given when the viewer sees several airlines: adds an airline column. */
  airlines?: Map<string, Tenant>;
}

export function PirepTable({ pireps, airlines }: PirepTableProps) {
  return (
    <Table caption="PIREPs, newest first">
      <thead>
        <tr>
          <Th>Flight</Th>
          <Th>Route</Th>
          <Th>Aircraft</Th>
          <Th>Pilot</Th>
          {airlines && <Th>Airline</Th>}
          <Th className="text-right">Flight time</Th>
          <Th>Submitted</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <TBody>
        {pireps.map((pirep) => (
          <tr key={pirep.id} className="hover:bg-slate-50" data-pirep-id={pirep.id}>
            <Td>
              <Link to={`/pireps/${pirep.id}`} className="font-semibold text-sky-800 hover:underline">
                {pirep.flightNumber}
              </Link>
              {pirep.source !== 'MANUAL' && (
                <span className="ml-2">
                  <Badge tone="info">ACARS</Badge>
                </span>
              )}
            </Td>
            <Td>
              <FlightRoute from={pirep.departure} to={pirep.arrival} />
            </Td>
            <Td className="font-mono">{pirep.aircraftType}</Td>
            <Td>{pirep.pilotName}</Td>
            {airlines && <Td>{airlines.get(pirep.tenantId)?.icao ?? '—'}</Td>}
            <Td className="text-right tabular-nums">{formatDuration(pirep.flightTimeMinutes)}</Td>
            <Td>
              <DateTime value={pirep.submittedAt} />
            </Td>
            <Td>
              <StatusBadge status={pirep.status} />
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
