/** "EGLL → KJFK", with both codes readable by screen readers. */
export function FlightRoute({ from, to }: { from: string; to: string }) {
  return (
    <span className="font-mono text-sm">
      {from}
      <span aria-label="to" className="mx-1.5 text-slate-400">
        →
      </span>
      {to}
    </span>
  );
}
