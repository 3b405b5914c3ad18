import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoteDocument } from "@/components/notes/note-document";
import { cachedPublicNote } from "@/lib/public-record-cache";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const note = await cachedPublicNote(id);
  if (!note) return { title: "Note not found" };
  const url = `/public/notes/${id}`;
  return { title: note.model.title, alternates: { canonical: url }, openGraph: { title: note.model.title, url } };
}

/** A Background Note the secretariat published, as generated from the record. */
export default async function PublicNotePage({ params }: Props) {
  const note = await cachedPublicNote((await params).id);
  if (!note) notFound();
  return (
    <div className="space-y-6">
      <Link href="/public/notes" className="text-sm font-medium text-brand-700 hover:underline">
        ← All Background Notes
      </Link>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-8">
        <NoteDocument note={note.model} />
      </div>
    </div>
  );
}
