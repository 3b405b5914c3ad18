import Link from "next/link";

/** What a missing page says; the page around it decides the landmark it sits in. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-2 text-slate-600">
        There is nothing at this address. The activity may have been removed, or the link is mistyped.
      </p>
      <Link
        href="/activities"
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Go to activities
      </Link>
    </div>
  );
}
