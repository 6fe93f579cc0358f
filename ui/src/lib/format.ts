const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A timestamp in the user's locale and time zone, e.g. "26 Nov 2026, 22:00". */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateTime.format(date) : '—';
}

/** Minutes as hours and minutes, e.g. 85 -> "1 h 25 min". */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function formatNumber(value: number | null | undefined, unit?: string): string {
  if (value === null || value === undefined) return '—';
  const text = integer.format(value);
  return unit ? `${text} ${unit}` : text;
}

const ROLE_LABELS = {
  PLATFORM_ADMIN: 'Platform admin',
  TENANT_ADMIN: 'Airline admin',
  PILOT: 'Pilot',
} as const;

export function formatRole(role: keyof typeof ROLE_LABELS): string {
  return ROLE_LABELS[role];
}

/** "PirepSubmitted" -> "PIREP submitted". */
export function humanizeEventType(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return (words.charAt(0).toUpperCase() + words.slice(1)).replace(/^Pirep\b/, 'PIREP');
}

export const formatAltitude = (feet: number | null | undefined) => formatNumber(feet, 'ft');
export const formatSpeed = (knots: number | null | undefined) => formatNumber(knots, 'kt');
export const formatVerticalSpeed = (fpm: number | null | undefined) => formatNumber(fpm, 'fpm');
