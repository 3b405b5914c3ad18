import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getPlanOfAction } from "@/lib/dal/plan";

export const metadata: Metadata = { title: "Plan of Action" };

export default async function PlanPage() {
  const user = await requireUser();
  const editions = await getPlanOfAction(user);
  return (
    <>
      <PageHeader
        title="Plan of Action"
        description="The human-rights clauses of the ASEAN-UN Plan of Action and the activities that serve them."
      />
      {editions.length === 0 ? <EmptyState title="No Plan of Action has been recorded yet." /> : null}
      <div className="space-y-8">
        {editions.map((edition) => (
          <Card key={edition.code}>
            <h2 className="text-xl font-semibold tracking-tight">{edition.title}</h2>
            {edition.adoptedAt ? (
              <p className="mt-1 text-sm text-slate-600">Adopted at the {edition.adoptedAt}.</p>
            ) : null}
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
                          ) : (
                            <span className="text-sm text-slate-600">No activities yet</span>
                          )}
                        </div>
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
