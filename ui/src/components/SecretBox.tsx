import { CopyButton } from './CopyButton';

/** A secret shown exactly once (a new API key, a one-time password), with a copy button. */
export function SecretBox({ label, secret, note }: { label: string; secret: string; note: string }) {
  return (
    <div className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-200">
      <p className="text-sm font-medium text-amber-950">{label}</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center">
        <code
          data-secret
          className="block min-w-0 flex-1 rounded-md bg-white px-3 py-2 font-mono text-sm break-all text-slate-900 ring-1 ring-amber-200 select-all"
        >
          {secret}
        </code>
        <CopyButton text={secret} />
      </div>
      <p className="mt-2 text-xs text-amber-900">{note}</p>
    </div>
  );
}
