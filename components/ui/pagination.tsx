import Link from "next/link";

/** Page links for a list; hrefFor builds each page's URL so filters in the URL are kept. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const pages = visiblePages(page, pageCount);
  const base = "inline-flex min-w-9 items-center justify-center rounded-md border px-3 py-1.5 text-sm";
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-1">
      {page > 1 ? (
        <Link className={`${base} border-slate-300 bg-white hover:bg-slate-100`} href={hrefFor(page - 1)} rel="prev">
          Previous
        </Link>
      ) : null}
      {pages.map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} className="px-2 text-slate-500" aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={hrefFor(p)}
            aria-current={p === page ? "page" : undefined}
            aria-label={`Page ${p}`}
            className={`${base} ${p === page ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {p}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link className={`${base} border-slate-300 bg-white hover:bg-slate-100`} href={hrefFor(page + 1)} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}

/** First, last, and two either side of the current page; null marks a gap. */
export function visiblePages(page: number, pageCount: number): Array<number | null> {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return pages.flatMap((p, i) => (i > 0 && p - pages[i - 1]! > 1 ? [null, p] : [p]));
}
