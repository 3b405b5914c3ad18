import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateAsGiven } from "@/lib/dates";
import { cachedPublicNotes } from "@/lib/public-record-cache";

const DESCRIPTION = "The AICHR Background Notes on Human Rights Cooperation that the ASEAN Secretariat publishes.";

export const metadata: Metadata = {
  title: "Background Notes",
  description: DESCRIPTION,
  alternates: { canonical: "/public/notes" },
  openGraph: {
    title: "AICHR Background Notes on Human Rights Cooperation",
    description: DESCRIPTION,
    url: "/public/notes",
  },
};

export default async function PublicNotesPage() {
  const notes = await cachedPublicNotes();
  return (
    <>
      <PageHeader title="Background Notes" description={DESCRIPTION} />
      {notes.length === 0 ? (
        <EmptyState title="No Background Note is published yet." />
      ) : (
        <ul className="space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <Link href={`/public/notes/${note.id}`} className="font-semibold text-brand-700 hover:underline">
                {note.title}
              </Link>
              <p className="text-sm text-slate-600">
                {formatDateAsGiven(
                  { date: note.periodFrom, precision: "day" },
                  { date: note.periodTo, precision: "day" },
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
