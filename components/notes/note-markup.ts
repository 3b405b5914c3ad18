import { paragraphsOf, UNDATED, type NoteModel, type NotePart } from "@/lib/exports/background-note";
import type { NoteSection } from "@/lib/exports/note-sections";
import { markup, type Markup } from "@/lib/markup";

// A note's parts as HTML built once on the server: a note can hold 20,000 activities, and
// as React elements they were rendered twice and sent twice (HTML and payload): 44 MB and
// seconds of CPU a view. The styles are the classes in app/globals.css; the buttons work
// through the one NoteEditorArea around them (note-editor.tsx).

/** "Leave out" (or "Bring back") beside an activity; `describedBy` names the activity's text. */
export function leaveOutButton(activityId: string, describedBy: string, leftOut = false): Markup {
  const state = leftOut ? markup` data-left-out=""` : null;
  const label = leftOut ? "Bring back" : "Leave out";
  return markup`<button type="button" class="leave-out" data-leave-out="${activityId}"${state} aria-describedby="${describedBy}">${label}</button>`;
}

/** A part's text as paragraphs, footnotes as superscript numbers with their source on hover. */
function paragraphs(text: string): Markup[] {
  return paragraphsOf(text).map(
    (pieces) =>
      markup`<p>${pieces.map((piece) => ("note" in piece ? markup`<sup class="note-source" title="${piece.note}">[source]</sup>` : markup`${piece.text}`))}</p>`,
  );
}

const list = (names: string[]) => names.join("; ");

function changes(part: NotePart): Markup | null {
  if (!part.changes) return null;
  const { added, changed, removed } = part.changes;
  const lines = [
    added.length > 0 ? markup`<li>New: ${list(added)}</li>` : null,
    changed.length > 0 ? markup`<li>Changed: ${list(changed)}</li>` : null,
    removed.length > 0 ? markup`<li>No longer in the note: ${list(removed)}</li>` : null,
  ].filter((line): line is Markup => line !== null);
  return markup`<div class="note-changes" role="note"><p>The record changed since this text was edited:</p><ul>${lines}</ul></div>`;
}

export interface PartOptions {
  editable: boolean;
  /** What the part is, for the editor's label ("Opening of Environment"). */
  label: string;
  /** The element the text is drawn in. */
  as?: "div" | "h4" | "li";
  /** An activity the part tells: its "Leave out" button goes beside it. */
  activityId?: string;
}

/** One part of the note: its text (or, emptied, a line saying it is not printed) and, for editors, its buttons. */
export function partMarkup(part: NotePart, id: string, options: PartOptions): Markup {
  const empty = part.text.trim() === "";
  if (empty && !options.editable) return markup``;
  const body = empty
    ? markup`<p class="note-empty">Not printed${part.edited ? " (left empty)" : ""}.</p>`
    : options.as === "h4"
      ? markup`<h4 class="font-semibold">${part.text}</h4>`
      : paragraphs(part.text);
  const edited = part.edited ? markup`<span class="note-edited">Edited</span>` : null;
  const buttons = options.editable
    ? markup`<span class="note-buttons"><button type="button" class="leave-out" data-edit-part="${part.key}" data-label="${options.label}" aria-describedby="${id}">Edit</button>${
        part.edited
          ? markup`<button type="button" class="leave-out" data-restore-part="${part.key}" aria-describedby="${id}">Use generated text</button>`
          : null
      }${options.activityId ? leaveOutButton(options.activityId, id) : null}</span>`
    : null;
  const tag = options.as === "li" ? "li" : "div";
  const inner = markup`<div id="${id}" class="note-text" data-text="${options.editable ? part.text : ""}">${body}</div>${edited}${buttons}${changes(part)}`;
  return tag === "li"
    ? markup`<li class="note-part" data-part="${part.key}">${inner}</li>`
    : markup`<div class="note-part" data-part="${part.key}">${inner}</div>`;
}

/**
 * The note from the introduction to the annex, or one section of it (lib/exports/note-sections.ts),
 * for reading and (with `editable`) editing. Only the section asked for is built.
 */
export function noteMarkup(
  note: NoteModel,
  { editable, section = { kind: "whole" } }: { editable: boolean; section?: NoteSection },
): Markup {
  let count = 0;
  const part = (p: NotePart, label: string, extra: Omit<PartOptions, "editable" | "label"> = {}) =>
    partMarkup(p, `n${count++}`, { editable, label, ...extra });
  const h2 = (text: string) => markup`<h2 class="text-xl font-semibold text-brand-800">${text}</h2>`;
  const h3 = (text: string) => markup`<h3 class="text-lg font-semibold">${text}</h3>`;
  const shows = (kind: NoteSection["kind"]) => section.kind === "whole" || section.kind === kind;

  const introduction = () => markup`${h2("A. Introduction")}${part(note.introduction, "Introduction")}`;
  const meetings = () => {
    const series = note.meetings.map(
      (s, i) =>
        markup`<section aria-label="${s.heading.text || `Series ${i + 1}`}" class="space-y-2">${part(s.heading, "Heading of a series of meetings", { as: "h4" })}${part(s.context, `Context of ${s.heading.generated}`)}${s.meetings.map((m) => part(m.part, m.title, { activityId: m.activityId }))}</section>`,
    );
    const none = note.meetings.length === 0 ? markup`<p class="text-slate-600">No meeting in the period.</p>` : null;
    return markup`${h2("B. Current engagement between AICHR and the UN System")}${h3("I. Meetings")}${none}${series}`;
  };
  const themes = () =>
    markup`${h3("II. Activities")}${note.themes
      .filter((t) => section.kind !== "theme" || t.theme === section.theme)
      .map(
        (t) =>
          markup`<section aria-label="${t.heading.generated}" data-testid="note-theme-${t.theme}" class="space-y-2">${part(t.heading, `Heading of ${t.heading.generated}`, { as: "h4" })}${part(t.opening, `Opening of ${t.heading.generated}`)}${t.items.map((i) => part(i.part, i.title, { activityId: i.activityId }))}</section>`,
      )}`;
  const years = () =>
    markup`${h3(`III. ${note.listHeading}`)}${note.years
      .filter((y) => section.kind !== "year" || y.year === section.year)
      .map(
        (y) =>
          markup`<section aria-label="${y.year}" data-testid="note-year-${y.year}"><h4 class="font-semibold">${y.year === UNDATED ? "Date not recorded" : y.year}</h4><ul class="list-disc space-y-1 pl-5">${y.items.map((i) => part(i.part, `${i.title} (list by year)`, { as: "li", activityId: i.activityId }))}</ul></section>`,
      )}`;
  const annex = () =>
    markup`${note.annex.map(
      (a) =>
        markup`${h2(`Annex: ${a.heading}`)}${part(a.opening, `Opening of the annex`)}${a.lines.map((l) =>
          l.clause
            ? markup`<p><span class="font-semibold">${l.number}</span> ${l.text}</p>`
            : markup`<h4 class="font-semibold">${l.depth === 0 ? `${l.number}. ${l.text.toUpperCase()}` : `${l.number} ${l.text}`}</h4>`,
        )}`,
    )}`;
  return markup`${shows("introduction") ? introduction() : null}${shows("meetings") ? meetings() : null}${shows("theme") ? themes() : null}${shows("year") ? years() : null}${shows("annex") ? annex() : null}`;
}

/** The activities left out of a note, each with "Bring back" for those who may edit it. */
export function leftOutMarkup(
  leftOut: Array<{ id: string; title: string }>,
  { editable }: { editable: boolean },
): Markup {
  return markup`${leftOut.map(
    (a, index) =>
      markup`<li class="flex items-center gap-3"><span id="left-out-${index}" class="flex-1">${a.title}</span>${editable ? leaveOutButton(a.id, `left-out-${index}`, true) : null}</li>`,
  )}`;
}
