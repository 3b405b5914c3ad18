import type { ReactNode } from "react";
import type { NoteModel } from "@/lib/exports/background-note";
import { LeaveOutButton } from "./leave-out-button";

/**
 * The note as a page, from the same model as the Word and PDF files. With `leaveOut`, a
 * button beside each activity leaves it out (inside a LeaveOutArea, for those who may edit
 * the note). Items are plain links: a note can hold thousands, and a client component each
 * (next/link) made the page tens of megabytes.
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
  // Short ids, numbered in the order the items render: a button's description points at its item.
  let items = 0;
  const item = (activityId: string, text: string) => {
    const id = `n${items++}`;
    return (
      <div key={id} className="note-item">
        <a id={id} href={`/activities/${activityId}`}>
          {text}
        </a>
        {leaveOut ? <LeaveOutButton activityId={activityId} describedBy={id} /> : null}
      </div>
    );
  };
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
      <h3 className="text-lg font-semibold">I. Meetings</h3>
      {note.meetings.length === 0 ? <p className="text-slate-600">No meeting in the period.</p> : null}
      {note.meetings.map((m, i) => (
        <section key={m.activityId} aria-label={m.heading}>
          <h4 className="font-semibold">
            {i + 1}. {m.heading}
          </h4>
          {item(m.activityId, m.paragraphs.join(" "))}
        </section>
      ))}
      <h3 className="text-lg font-semibold">II. Activities</h3>
      {note.themes.map((t, i) => (
        <section key={t.theme} aria-label={t.theme} className="space-y-2">
          <h4 className="font-semibold">
            {i + 1}. {t.theme}
          </h4>
          {t.items.map((it) => item(it.activityId, it.text))}
        </section>
      ))}
      <h3 className="text-lg font-semibold">III. List of Activities with the UN Support</h3>
      {note.years.map((y) => (
        <section key={y.year} aria-label={y.year} data-testid={`note-year-${y.year}`}>
          <h4 className="font-semibold">{y.year}</h4>
          <ul className="list-disc space-y-1 pl-5">
            {y.items.map((it) => (
              <li key={it.activityId}>{item(it.activityId, it.text)}</li>
            ))}
          </ul>
        </section>
      ))}
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
