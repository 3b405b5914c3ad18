import Link from "next/link";
import type { Coverage } from "@/lib/dal/plan";
import { activitiesHref } from "@/lib/validation/activity-filters";

const SHADES = ["bg-white", "bg-brand-100", "bg-sky-300", "bg-brand-600 text-white", "bg-brand-800 text-white"];
const shade = (n: number) => SHADES[Math.min(n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : n <= 6 ? 3 : 4, 4)];

/** Activities per clause and year; clauses with none in the period stand out. */
export function CoverageHeatmap({ clauses, coverage }: { clauses: string[]; coverage: Coverage }) {
  const { years, counts } = coverage;
  return (
    <div className="overflow-x-auto">
      <table className="text-sm" aria-describedby="coverage-help">
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left text-xs uppercase text-slate-600">
              Clause
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="px-1 py-1 text-xs font-medium text-slate-600">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {clauses.map((clause) => {
            const total = years.reduce((sum, y) => sum + (counts[clause]?.[y] ?? 0), 0);
            return (
              <tr key={clause} data-testid={`coverage-${clause}`}>
                <th scope="row" className={`px-2 py-1 text-left font-semibold ${total === 0 ? "text-rose-800" : ""}`}>
                  {clause}
                  {total === 0 ? (
                    <span className="ml-2 rounded bg-rose-100 px-1.5 py-0.5 text-xs font-medium">none</span>
                  ) : null}
                </th>
                {years.map((y) => {
                  const n = counts[clause]?.[y] ?? 0;
                  return (
                    <td key={y} className="p-0.5">
                      {n > 0 ? (
                        <Link
                          href={activitiesHref({ clause, year: y })}
                          className={`flex h-8 w-12 items-center justify-center rounded font-medium ring-1 ring-slate-200 ${shade(n)}`}
                          aria-label={`${clause} in ${y}: ${n} ${n === 1 ? "activity" : "activities"}`}
                        >
                          {n}
                        </Link>
                      ) : (
                        <span
                          className={`flex h-8 w-12 items-center justify-center rounded ring-1 ${total === 0 ? "bg-rose-50 ring-rose-200" : "ring-slate-200"}`}
                          aria-label={`${clause} in ${y}: none`}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id="coverage-help" className="mt-2 text-xs text-slate-600">
        Each cell counts the activities of that year linked to the clause; a darker cell, more activities. Clauses
        marked “none” have no activity in the period.
      </p>
    </div>
  );
}
