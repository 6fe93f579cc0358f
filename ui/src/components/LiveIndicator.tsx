import type { LiveStatus } from '../live/connection';
import { cx } from '../lib/cx';

const LOOK: Record<LiveStatus, { label: string; dot: string; help: string }> = {
  connected: {
    label: 'Live',
    dot: 'bg-emerald-500',
    help: 'Live updates are on: changes appear without reloading.',
  },
  connecting: {
    label: 'Connecting…',
    dot: 'bg-amber-400 animate-pulse',
    help: 'Connecting to live updates.',
  },
  disconnected: {
    label: 'Offline',
    dot: 'bg-slate-400',
    help: 'Live updates are disconnected; retrying. Reload to see the latest data.',
  },
};

export function LiveIndicator({ status }: { status: LiveStatus }) {
  const look = LOOK[status];
  return (
    <span
      role="status"
      title={look.help}
      data-live-status={status}
      className="inline-flex items-center gap-1.5 rounded-full bg-white/10 px-2.5 py-1 text-xs font-medium text-white ring-1 ring-white/20"
    >
      <span aria-hidden="true" className={cx('size-2 rounded-full', look.dot)} />
      <span>{look.label}</span>
      <span className="sr-only">{look.help}</span>
    </span>
  );
}
