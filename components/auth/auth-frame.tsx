import type { ReactNode } from "react";

/** The frame of the pages before sign-in: sign in, choose a password. */
export function AuthFrame({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">ASEAN-UN Cooperation Tracker</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
          {lead ? <p className="mt-2 text-sm text-slate-600">{lead}</p> : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
