import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoteContents } from "@/components/notes/note-contents";
import { NoteDocument } from "@/components/notes/note-document";
import { sectionParam } from "@/lib/exports/note-sections";
import { cachedPublicNote } from "@/lib/public-record-cache";
import { firstParam, type SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // The note's opening section: the title is the note's, whichever section is shown.
  const note = await cachedPublicNote(id, undefined);
  if (!note) return { title: "Note not found" };
  const url = `/public/notes/${id}`;
  return { title: note.model.title, alternates: { canonical: url }, openGraph: { title: note.model.title, url } };
}

/** A Background Note the secretariat published, as generated from the record; a long one a section at a time. */
export default async function PublicNotePage({ params, searchParams }: Props) {
  const { id } = await params;
  const note = await cachedPublicNote(id, firstParam(await searchParams, "section"));
  if (!note) notFound();
  const { section } = note;
  return (
    <div className="space-y-6">
      <Link href="/public/notes" className="text-sm font-medium text-brand-700 hover:underline">
        ← All Background Notes
      </Link>
      {section.kind === "whole" ? null : (
        <NoteContents
          base={`/public/notes/${id}`}
          contents={note.contents}
          current={sectionParam(section)}
          size={note.size}
          withFiles={false}
        />
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-8">
        <NoteDocument note={note.model} section={section} />
      </div>
    </div>
  );
}
