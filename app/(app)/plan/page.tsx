import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getPlanCoverageByEdition, getPlanOfAction } from "@/lib/dal/plan/coverage";
import { EditionHeatmaps } from "@/components/plan/coverage-heatmap";
import { ClauseThrough } from "@/components/plan/clause-through";
import { INPUT_CLASS } from "@/components/ui/field";
import { can } from "@/lib/permissions";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Plan of Action" };

const yearParam = (params: SearchParams, name: string, fallback: number) => {
  const raw = firstParam(params, name);
  return raw && /^\d{4}$/.test(raw) && Number(raw) >= 1990 && Number(raw) <= 2100 ? Number(raw) : fallback;
};

export default async function PlanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const editions = await getPlanOfAction(user);
  // By default the years of the editions recorded: the period the plan itself covers.
  const thisYear = new Date().getUTCFullYear();
  let from = yearParam(params, "from", Math.min(...editions.map((e) => e.startYear), thisYear));
  let to = yearParam(params, "to", editions.length > 0 ? Math.max(...editions.map((e) => e.endYear)) : thisYear);
  if (from > to) [from, to] = [to, from];
  if (to - from > 30) from = to - 30; // a readable table
  const coverage = await getPlanCoverageByEdition(user, from, to);
  // Editions under their framework, frameworks in the order their newest edition comes.
  const frameworks = [...new Set(editions.map((e) => e.framework.code))];
  const ordered = frameworks.flatMap((code) => editions.filter((e) => e.framework.code === code));
  return (
    <>
      <PageHeader
        title="Plan of Action"
        description="The clauses of the plans the work answers to (the ASEAN-UN Plan of Action and others), edition by edition, and the activities that serve them, directly or through the clauses of an earlier edition they continue."
        actions={
          can(user.role, "plan:manage") ? (
            <Link href="/admin/plan" className="text-sm font-medium text-brand-700 hover:underline">
              Manage editions
            </Link>
          ) : null
        }
      />
      {editions.length === 0 ? <EmptyState title="No Plan of Action has been recorded yet." /> : null}
      {editions.length > 0 ? (
        <Card title="Coverage by year" className="mb-8">
          <form className="mb-4 flex flex-wrap items-end gap-3" method="get">
            <div>
              <label htmlFor="coverage-from" className="block text-sm font-medium text-slate-800">
                From
              </label>
              <input
                id="coverage-from"
                name="from"
                type="number"
                min={1990}
                max={2100}
                defaultValue={from}
                className={`${INPUT_CLASS} w-28`}
              />
            </div>
            <div>
              <label htmlFor="coverage-to" className="block text-sm font-medium text-slate-800">
                To
              </label>
              <input
                id="coverage-to"
                name="to"
                type="number"
                min={1990}
                max={2100}
                defaultValue={to}
                className={`${INPUT_CLASS} w-28`}
              />
            </div>
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100"
            >
              Show period
            </button>
          </form>
          <EditionHeatmaps editions={coverage} />
          <p className="mt-3 text-sm text-slate-600">
            An activity linked to a clause of an earlier edition counts toward the clauses that continue it.
          </p>
        </Card>
      ) : null}
      <div className="space-y-8">
        {ordered.map((edition) => (
          <Card key={edition.code}>
            <p className="text-sm font-medium text-slate-600">{edition.framework.name}</p>
            <h2 className="text-xl font-semibold tracking-tight">{edition.title}</h2>
            <p className="mt-1 text-sm text-slate-600">
              {edition.startYear}–{edition.endYear}
              {edition.adoptedAt ? `. Adopted at the ${edition.adoptedAt}.` : null}
            </p>
            {edition.sections.map((section) => (
              <section key={section.number} className="mt-6" style={{ marginLeft: `${section.depth * 1.25}rem` }}>
                <h3 className="text-base font-semibold text-slate-900">
                  {section.number} {section.title}
                </h3>
                {section.clauses.length > 0 ? (
                  <ol className="mt-3 space-y-3">
                    {section.clauses.map((clause) => (
                      <li
                        key={clause.number}
                        className="rounded-md border border-slate-200 p-4"
                        data-testid="plan-clause"
                      >
                        <div className="flex flex-wrap items-baseline justify-between gap-2">
                          <p className="text-sm font-semibold text-slate-900">Clause {clause.number}</p>
                          {clause.activityCount > 0 ? (
                            <Link
                              href={`/activities?clause=${clause.number}`}
                              className="text-sm font-medium text-brand-700 hover:underline"
                            >
                              {clause.activityCount} {clause.activityCount === 1 ? "activity" : "activities"}
                            </Link>
                          ) : clause.totalCount === 0 ? (
                            <span className="text-sm text-slate-600">No activities yet</span>
                          ) : null}
                        </div>
                        <ClauseThrough through={clause.through} />
                        <p className="mt-2 text-sm leading-6 text-slate-700">{clause.text}</p>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </section>
            ))}
          </Card>
        ))}
      </div>
    </>
  );
}
