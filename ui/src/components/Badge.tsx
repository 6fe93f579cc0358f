import type { ReactNode } from 'react';
import type { PirepStatus, Role } from '../api/types';
import { cx } from '../lib/cx';
import { formatRole } from '../lib/format';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  info: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/25',
  danger: 'bg-red-50 text-red-800 ring-red-600/20',
};

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        TONES[tone],
      )}
    >
      {children}
    </span>
  );
}

const STATUS: Record<PirepStatus, { tone: Tone; label: string }> = {
  SUBMITTED: { tone: 'warning', label: 'Submitted' },
  ACCEPTED: { tone: 'success', label: 'Accepted' },
  REJECTED: { tone: 'danger', label: 'Rejected' },
};

export function StatusBadge({ status }: { status: PirepStatus }) {
  const { tone, label } = STATUS[status] ?? { tone: 'neutral', label: status };
  return <Badge tone={tone}>{label}</Badge>;
}

export function statusLabel(status: PirepStatus): string {
  return STATUS[status]?.label ?? status;
}

const ROLE_TONES: Record<Role, Tone> = {
  PLATFORM_ADMIN: 'info',
  TENANT_ADMIN: 'success',
  PILOT: 'neutral',
};

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={ROLE_TONES[role]}>{formatRole(role)}</Badge>;
}
