import Link from "next/link";

/** What a page refused to the user's role says (status 403). */
export function ForbiddenMessage() {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Not for your role</h1>
      <p className="mt-2 text-slate-600">
        Your account’s role does not open this page. If you need it, ask an administrator.
      </p>
      <Link
        href="/"
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Go to the overview
      </Link>
    </div>
  );
}
