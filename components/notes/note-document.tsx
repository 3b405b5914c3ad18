import type { NoteModel } from "@/lib/exports/background-note";
import type { NoteSection } from "@/lib/exports/note-sections";
import { noteMarkup } from "./note-markup";

/**
 * The note as a page, from the same model as the Word and PDF files. With `editable`, each
 * part has its Edit button and each activity its "Leave out" (inside a NoteEditorArea, for
 * those who may edit the note). Its parts are HTML made in one piece (./note-markup.ts): a
 * note can hold 20,000 activities, so the page may show one `section` of it.
 */
export function NoteDocument({
  note,
  editable = false,
  section,
}: {
  note: NoteModel;
  editable?: boolean;
  section?: NoteSection;
}) {
  return (
    <article className="note space-y-4 leading-7">
      <header>
        <h1 className="text-2xl font-semibold">{note.title}</h1>
        <p className="text-sm text-slate-600">
          {note.date} · Period: {note.period}
        </p>
      </header>
      <div className="space-y-4" dangerouslySetInnerHTML={{ __html: noteMarkup(note, { editable, section }).html }} />
    </article>
  );
}
