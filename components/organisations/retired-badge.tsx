/** Marks an organisation that is retired: kept in the record, no longer offered for new entries. */
export function RetiredBadge() {
  return (
    <span className="ml-2 inline-flex rounded-full bg-slate-100 px-2 py-0.5 align-middle text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-300">
      retired
    </span>
  );
}
