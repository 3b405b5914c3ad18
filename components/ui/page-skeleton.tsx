/**
 * What a page shows while its data loads: its shape in grey, and "Loading…" for screen
 * readers, so that a slow network never shows a page that seems frozen. It is the loading
 * boundary (loading.tsx) only of pages that never answer 404 or 403: a boundary streams the
 * page, and a streamed page can no longer change its status code.
 */
export function PageSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div aria-busy="true" className="animate-pulse motion-reduce:animate-none">
      <p role="status" className="sr-only">
        Loading…
      </p>
      <div aria-hidden="true">
        <div className="h-8 w-64 max-w-full rounded bg-slate-200" />
        <div className="mt-3 h-4 w-96 max-w-full rounded bg-slate-200" />
        <div className="mt-8 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className="h-12 rounded bg-slate-100" />
          ))}
        </div>
      </div>
    </div>
  );
}
