import { formatDateTime } from '../lib/format';

/** A timestamp shown in the user's locale and time zone; the exact UTC value is in the tooltip. */
export function DateTime({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="text-slate-400">—</span>;
  return (
    <time dateTime={value} title={value}>
      {formatDateTime(value)}
    </time>
  );
}
