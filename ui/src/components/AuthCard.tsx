import { useEffect, type ReactNode } from 'react';

/** The centred card of the signed-out pages. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Albatross`;
  }, [title]);

  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-sky-950 to-sky-800 px-4 py-12">
      <div className="mb-8 flex items-center gap-3 text-white">
        <img src="/favicon.svg" alt="" className="size-10" />
        <span className="text-2xl font-semibold tracking-tight">Albatross</span>
      </div>
      <main className="w-full max-w-md rounded-2xl bg-white p-6 shadow-xl sm:p-8">
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {subtitle && <p className="mt-1 text-sm text-slate-600">{subtitle}</p>}
        <div className="mt-6">{children}</div>
      </main>
    </div>
  );
}
