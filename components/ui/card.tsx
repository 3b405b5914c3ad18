import type { ReactNode } from "react";

/** A titled panel; the title names the region for screen readers. */
export function Card({ title, children, className = "" }: { title?: string; children: ReactNode; className?: string }) {
  const headingId = title ? `card-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : undefined;
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${className}`}
    >
      {title ? (
        <h2 id={headingId} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
