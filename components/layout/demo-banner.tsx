/** Shown on every page when the app runs in demo mode (DEMO=1): the accounts are public. */
export function DemoBanner() {
  return (
    // A landmark of its own, so that nothing on the page is outside one.
    <aside aria-label="Demo notice" className="bg-amber-300 px-4 py-1.5 text-center text-sm font-medium text-slate-900">
      Demo: the accounts and their password are public, and anything entered here may be seen or reset.
    </aside>
  );
}
