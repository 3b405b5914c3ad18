"use client";

// What a person sees when something fails on the server: a plain message and a reference
// to quote, never a stack trace or SQL (those are in the server log under that reference).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-2 text-slate-700">The page could not be shown. Nothing you saved is lost. Please try again.</p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600">
          If it keeps happening, tell the secretariat this reference: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </main>
  );
}
