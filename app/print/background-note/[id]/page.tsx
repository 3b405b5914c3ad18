import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoteDocument } from "@/components/notes/note-document";
import { requireUser } from "@/lib/auth/session";
import { getNote } from "@/lib/dal/notes/background-notes";

export const metadata: Metadata = { title: "Background Note (print)" };

// The note alone, laid out for paper: A4, no navigation (outside the signed-in layout).
export default async function PrintNotePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const note = await getNote(user, (await params).id);
  if (!note) notFound();
  return (
    <main className="mx-auto max-w-3xl bg-white p-10 print:p-0">
      <style>
        {
          "@page { size: A4; margin: 20mm; } @media print { body { background: white; } a { color: inherit; text-decoration: none; } }"
        }
      </style>
      <NoteDocument note={note.model} />
    </main>
  );
}
