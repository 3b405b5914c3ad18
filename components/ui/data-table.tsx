import type { ReactNode } from "react";

/** The app's table: a bordered, scrollable frame and a header row of column names. */
export function DataTable({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    // relative: screen-reader-only labels in cells (position: absolute) scroll with the table
    // instead of widening the page on a phone.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
