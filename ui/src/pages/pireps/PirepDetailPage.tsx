import { lazy, Suspense, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/errors';
import type { Pirep } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { StatusBadge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { FlightRoute } from '../../components/FlightRoute';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useAcceptPirep, usePirep, usePirepCacheUpdate, useTenant } from '../../hooks/queries';
import { can } from '../../lib/permissions';
import { HistoryTimeline } from './HistoryTimeline';
import { PirepFacts, PirepText } from './PirepFacts';
import { RejectDialog } from './RejectDialog';

// The map, its world outline and the chart library load only for a PIREP with a track.
const PirepTrack = lazy(() => import('./PirepTrack').then((m) => ({ default: m.PirepTrack })));

export function PirepDetailPage() {
  const { id = '' } = useParams();
  const pirep = usePirep(id);

  if (pirep.isPending) return <LoadingState label="Loading PIREP…" />;
  if (pirep.isError) {
    if (pirep.error instanceof ApiError && pirep.error.status === 404) {
      return (
        <Panel>
          <EmptyState title="PIREP not found" action={<BackLink />}>
            It does not exist, or it belongs to another airline.
          </EmptyState>
        </Panel>
      );
    }
    return <ErrorState error={pirep.error} onRetry={() => pirep.refetch()} />;
  }
  return <PirepDetail pirep={pirep.data} />;
}

function BackLink() {
  return (
    <Link to="/pireps" className="text-sm font-medium text-sky-700 hover:underline">
      ← All PIREPs
    </Link>
  );
}

function PirepDetail({ pirep }: { pirep: Pirep }) {
  const user = useCurrentUser();
  const filed = (useLocation().state as { filed?: boolean } | null)?.filed;
  const airline = useTenant(pirep.tenantId).data;
  const reviewable = can.reviewPirep(user, pirep) && pirep.status === 'SUBMITTED';

  return (
    <>
      <div className="mb-3">
        <BackLink />
      </div>
      <PageHeader
        title={`${pirep.flightNumber}`}
        description={
          <span className="flex flex-wrap items-center gap-3">
            <FlightRoute from={pirep.departure} to={pirep.arrival} />
            <StatusBadge status={pirep.status} />
          </span>
        }
        actions={reviewable ? <ReviewActions pirep={pirep} /> : undefined}
      />
      {filed && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
          PIREP filed. Your airline's admins can now review it.
        </p>
      )}
      {pirep.status === 'REJECTED' && pirep.rejectionReason && (
        <div className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
          <strong className="font-semibold">Rejected:</strong> {pirep.rejectionReason}
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Panel title="Flight" className="lg:col-span-2">
          <PirepFacts pirep={pirep} airline={airline ? `${airline.icao} · ${airline.name}` : undefined} />
          <PirepText label="Route" text={pirep.route} />
          <PirepText label="Notes" text={pirep.notes} />
        </Panel>
        <Panel title="History" className="self-start">
          <HistoryTimeline pirep={pirep} viewerId={user.id} />
        </Panel>
      </div>
      {pirep.source === 'ACARS' && (
        <Suspense fallback={<LoadingState label="Loading the track…" />}>
          <PirepTrack pirep={pirep} />
        </Suspense>
      )}
    </>
  );
}

function ReviewActions({ pirep }: { pirep: Pirep }) {
  const accept = useAcceptPirep();
  const storePirep = usePirepCacheUpdate();
  const [rejecting, setRejecting] = useState(false);

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex gap-2">
        <Button variant="secondary" onClick={() => setRejecting(true)} disabled={accept.isPending}>
          Reject…
        </Button>
        <Button onClick={() => accept.mutate(pirep.id)} pending={accept.isPending}>
          Accept
        </Button>
      </div>
      {accept.isError && <FormAlert message={errorMessage(accept.error)} />}
      <RejectDialog
        pirep={pirep}
        open={rejecting}
        onClose={() => setRejecting(false)}
        onRejected={(rejected) => {
          storePirep(rejected);
          setRejecting(false);
        }}
      />
    </div>
  );
}
