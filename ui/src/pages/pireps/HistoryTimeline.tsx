import type { Pirep, PirepHistoryEntry } from '../../api/types';
import { DateTime } from '../../components/DateTime';
import { ErrorState, LoadingState } from '../../components/states';
import { usePirepHistory } from '../../hooks/queries';
import { cx } from '../../lib/cx';
import { humanizeEventType } from '../../lib/format';

const DOT: Record<string, string> = {
  PirepSubmitted: 'bg-amber-400',
  PirepAccepted: 'bg-emerald-500',
  PirepRejected: 'bg-red-500',
};

/** The PIREP's events, oldest first, as a vertical timeline. */
export function HistoryTimeline({ pirep, viewerId }: { pirep: Pirep; viewerId: string }) {
  const history = usePirepHistory(pirep.id);
  if (history.isPending) return <LoadingState label="Loading history…" />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;

  return (
    <ol aria-label="History" className="px-4 py-4 sm:px-6">
      {history.data.map((entry, index) => (
        <li key={`${entry.version}-${entry.type}`} className="relative flex gap-4 pb-6 last:pb-0">
          {index < history.data.length - 1 && (
            <span aria-hidden="true" className="absolute top-4 left-[5px] h-full w-px bg-slate-200" />
          )}
          <span
            aria-hidden="true"
            className={cx('relative mt-1.5 size-[11px] shrink-0 rounded-full ring-4 ring-white', DOT[entry.type] ?? 'bg-slate-400')}
          />
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-900">{humanizeEventType(entry.type)}</p>
            <p className="text-xs text-slate-500">
              <DateTime value={entry.occurredAt} /> · {actorLabel(entry, pirep, viewerId)}
            </p>
            <EntryDetail entry={entry} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function actorLabel(entry: PirepHistoryEntry, pirep: Pirep, viewerId: string): string {
  if (!entry.actorId) return 'system';
  if (entry.actorId === viewerId) return 'by you';
  if (entry.actorId === pirep.pilotId) return `by ${pirep.pilotName}`;
  return 'by an airline admin';
}

function EntryDetail({ entry }: { entry: PirepHistoryEntry }) {
  const reason = entry.data?.reason ?? entry.data?.rejectionReason;
  if (typeof reason !== 'string' || !reason) return null;
  return <p className="mt-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">“{reason}”</p>;
}
