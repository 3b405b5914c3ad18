import type { Metadata } from "next";
import Link from "next/link";
import { EditionHeatmaps } from "@/components/plan/coverage-heatmap";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { cachedPublicPlanEditions, cachedPublishedCoverageByEdition } from "@/lib/public-record-cache";

const DESCRIPTION =
  "How many published activities served each clause of the ASEAN-UN Plan of Action and the other plans recorded, edition by edition and year by year.";

export const metadata: Metadata = {
  title: "Plan of Action coverage",
  description: DESCRIPTION,
  alternates: { canonical: "/public/plan" },
  openGraph: {
    title: "ASEAN-UN Plan of Action: coverage by the published record",
    description: DESCRIPTION,
    url: "/public/plan",
  },
};

/** The coverage of the editions' own years, by published activities only. */
export default async function PublicPlanPage() {
  const editions = await cachedPublicPlanEditions();
  if (editions.length === 0) {
    return (
      <>
        <PageHeader title="Plan of Action" description={DESCRIPTION} />
        <EmptyState title="No Plan of Action has been recorded yet." />
      </>
    );
  }
  const from = Math.min(...editions.map((e) => e.startYear));
  const to = Math.max(...editions.map((e) => e.endYear));
  const coverage = await cachedPublishedCoverageByEdition(from, to);
  return (
    <>
      <PageHeader title="Plan of Action" description={DESCRIPTION} />
      <Card title="Coverage by year" className="mb-8">
        <EditionHeatmaps editions={coverage} basePath="/public" />
        <p className="mt-3 text-sm text-slate-600">
          An activity linked to a clause of an earlier edition counts toward the clauses that continue it.
        </p>
      </Card>
      <Card title="Editions">
        <ul className="space-y-1 text-sm">
          {editions.map((e) => (
            <li key={e.code}>
              <Link href={`/public/plan/${e.code}`} className="font-medium text-brand-700 hover:underline">
                {e.title}
              </Link>{" "}
              <span className="text-slate-600">
                ({e.startYear}–{e.endYear}, {e.clauses.length} clauses)
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
