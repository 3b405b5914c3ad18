import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicPlanEdition } from "@/lib/dal/plan/coverage";

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await getPublicPlanEdition((await params).edition);
  return { title: edition ? `${edition.title}: clauses` : "Edition not found" };
}

/** The clauses of one Plan of Action edition: the code list of the IATI export's sector vocabulary 99. */
export default async function PublicPlanEditionPage({ params }: Props) {
  const edition = await getPublicPlanEdition((await params).edition);
  if (!edition) notFound();
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{edition.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        The clauses the ASEAN-UN Cooperation Tracker links activities to; its IATI file uses their numbers as sector
        codes (vocabulary 99).
      </p>
      <dl className="mt-6 space-y-3 text-sm">
        {edition.clauses.map((c) => (
          <div key={c.number}>
            <dt className="font-semibold text-slate-900">{c.number}</dt>
            <dd className="text-slate-800">{c.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
