import Link from "next/link";
import type { Coverage } from "@/lib/dal/plan/coverage";
import { activitiesHref } from "@/lib/validation/activity-filters";

// One hue, darkening steadily with the count: a sequential scale, read the same way by
// people who do not tell hues apart. Each step names the counts it stands for (the legend).
const STEPS = [
  { label: "1", upTo: 1, className: "bg-brand-100 text-slate-900" },
  { label: "2–3", upTo: 3, className: "bg-brand-300 text-slate-900" },
  { label: "4–6", upTo: 6, className: "bg-brand-600 text-white" },
  { label: "7 or more", upTo: Infinity, className: "bg-brand-800 text-white" },
];
const shade = (n: number) => STEPS.find((step) => n <= step.upTo)!.className;

/** One heatmap per edition in force, headed "Framework: Edition" (the signed-in and public /plan). */
export function EditionHeatmaps({
  editions,
  basePath,
}: {
  editions: Array<{ code: string; framework: string; title: string; clauses: string[]; coverage: Coverage }>;
  basePath?: string;
}) {
  return (
    <div className="space-y-6">
      {editions.map((edition) => (
        <section key={edition.code} aria-labelledby={`coverage-${edition.code}`}>
          <h3 id={`coverage-${edition.code}`} className="mb-2 text-sm font-semibold text-slate-900">
            {edition.framework}: {edition.title}
          </h3>
          <CoverageHeatmap clauses={edition.clauses} coverage={edition.coverage} basePath={basePath} />
        </section>
      ))}
    </div>
  );
}

/** Activities per clause and year; clauses with none in the period stand out. */
export function CoverageHeatmap({
  clauses,
  coverage,
  basePath = "/activities",
}: {
  clauses: string[];
  coverage: Coverage;
  /** The list a count links to: the signed-in list, or the public register. */
  basePath?: string;
}) {
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
                          href={activitiesHref({ clause, year: y }, 1, basePath)}
                          className={`flex h-8 w-12 items-center justify-center rounded font-medium ring-1 ring-slate-200 ${shade(n)}`}
                          aria-label={`${clause} in ${y}: ${n} ${n === 1 ? "activity" : "activities"}`}
                        >
                          {n}
                        </Link>
                      ) : (
                        <span
                          className={`flex h-8 w-12 items-center justify-center rounded ring-1 ${total === 0 ? "bg-rose-50 ring-rose-200" : "ring-slate-200"}`}
                        >
                          <span className="sr-only">none</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <Legend />
      <p id="coverage-help" className="mt-2 text-xs text-slate-600">
        Each cell counts the activities of that year linked to the clause; a darker cell, more activities. Clauses
        marked “none” have no activity in the period.
      </p>
    </div>
  );
}

function Legend() {
  return (
    <ul
      aria-label="Legend: activities in a year"
      className="mt-3 flex flex-wrap items-center gap-3 text-xs text-slate-700"
    >
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="h-4 w-6 rounded bg-white ring-1 ring-slate-300" />
        none
      </li>
      {STEPS.map((step) => (
        <li key={step.label} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`h-4 w-6 rounded ring-1 ring-slate-300 ${step.className}`} />
          {step.label}
        </li>
      ))}
    </ul>
  );
}
