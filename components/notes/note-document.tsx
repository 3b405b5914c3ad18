import type { ReactNode } from "react";
import type { NoteModel } from "@/lib/exports/background-note";
import { noteActivitiesMarkup } from "./note-markup";

/**
 * The note as a page, from the same model as the Word and PDF files. With `leaveOut`, a
 * button beside each activity leaves it out (inside a LeaveOutArea, for those who may edit
 * the note). Its activities are HTML made in one piece (./note-markup.ts): a note can hold
 * 20,000 of them.
 */
export function NoteDocument({
  note,
  introduction,
  leaveOut = false,
}: {
  note: NoteModel;
  introduction?: ReactNode;
  leaveOut?: boolean;
}) {
  return (
    <article className="note space-y-4 leading-7">
      <header>
        <h1 className="text-2xl font-semibold">{note.title}</h1>
        <p className="text-sm text-slate-600">
          {note.date} · Period: {note.period}
        </p>
      </header>
      <h2 className="text-xl font-semibold text-brand-800">A. Introduction</h2>
      {introduction ?? <p className="whitespace-pre-line">{note.introduction || "(No introduction yet.)"}</p>}
      <h2 className="text-xl font-semibold text-brand-800">B. Current engagement between AICHR and the UN System</h2>
      <div className="space-y-4" dangerouslySetInnerHTML={{ __html: noteActivitiesMarkup(note, { leaveOut }).html }} />
      <h2 className="text-xl font-semibold text-brand-800">
        Annex: Human Rights sections in the ASEAN-UN Plan of Action
      </h2>
      {note.annex.map((c) => (
        <p key={c.number}>
          <span className="font-semibold">{c.number}</span> {c.text}
        </p>
      ))}
    </article>
  );
}
