import { THEME_LABELS, THEMES, type Theme } from "@/lib/domain";
import { UNDATED, type NoteModel } from "./background-note";

// A note of the whole record holds 20,000 activities: as one page it was 38.9 MB and one
// request grew the server by 415 MB. A note longer than WHOLE_NOTE_LIMIT entries opens on its
// contents and shows one section at a time (the meetings, one theme, one year, the annex);
// a shorter one still reads as one page. The Word and PDF files always hold the whole note.

export const WHOLE_NOTE_LIMIT = 1000;

export type NoteSection =
  | { kind: "whole" }
  | { kind: "introduction" }
  | { kind: "meetings" }
  | { kind: "theme"; theme: Theme }
  | { kind: "year"; year: string }
  | { kind: "annex" };

export interface NoteContentsEntry {
  /** The value of ?section= that opens it. */
  param: string;
  label: string;
  /** Activities in it, where it lists activities. */
  count: number | null;
}

/** The activities a note tells, counted as each section lists them (meetings, themes, years). */
export function noteSize(note: NoteModel): number {
  const meetings = note.meetings.reduce((n, s) => n + s.meetings.length, 0);
  const themes = note.themes.reduce((n, t) => n + t.items.length, 0);
  return meetings + themes + note.years.reduce((n, y) => n + y.items.length, 0);
}

export function sectionParam(section: NoteSection): string {
  if (section.kind === "theme") return `theme-${section.theme}`;
  if (section.kind === "year") return `year-${section.year === UNDATED ? "undated" : section.year}`;
  return section.kind;
}

const yearLabel = (year: string) => (year === UNDATED ? "Date not recorded" : year);

/** Every section a reader can open on its own, in the order the note tells them. */
export function noteContents(note: NoteModel): NoteContentsEntry[] {
  return [
    { param: "introduction", label: "A. Introduction", count: null },
    {
      param: "meetings",
      label: "I. Meetings",
      count: note.meetings.reduce((n, s) => n + s.meetings.length, 0),
    },
    ...note.themes.map((t) => ({
      param: sectionParam({ kind: "theme", theme: t.theme }),
      label: `II. ${THEME_LABELS[t.theme]}`,
      count: t.items.length,
    })),
    ...note.years.map((y) => ({
      param: sectionParam({ kind: "year", year: y.year }),
      label: `III. ${yearLabel(y.year)}`,
      count: y.items.length,
    })),
    ...(note.annex.length > 0 ? [{ param: "annex", label: "Annex", count: null }] : []),
  ];
}

/**
 * The section ?section= asks for, if the note has it; else the whole note when it is short
 * enough to read as one page, or its introduction (with the contents beside it).
 */
export function chooseNoteSection(note: NoteModel, param: string | undefined): NoteSection {
  const asked = param ? readSection(note, param) : null;
  if (asked) return asked;
  return noteSize(note) <= WHOLE_NOTE_LIMIT ? { kind: "whole" } : { kind: "introduction" };
}

function readSection(note: NoteModel, param: string): NoteSection | null {
  if (param === "whole") return noteSize(note) <= WHOLE_NOTE_LIMIT ? { kind: "whole" } : null;
  if (param === "introduction" || param === "meetings") return { kind: param };
  if (param === "annex") return note.annex.length > 0 ? { kind: "annex" } : null;
  const theme = param.startsWith("theme-") ? param.slice("theme-".length) : null;
  if (theme && (THEMES as readonly string[]).includes(theme) && note.themes.some((t) => t.theme === theme)) {
    return { kind: "theme", theme: theme as Theme };
  }
  const asked = param.startsWith("year-") ? param.slice("year-".length) : null;
  const year = asked === "undated" ? UNDATED : asked;
  if (year && note.years.some((y) => y.year === year)) return { kind: "year", year };
  return null;
}
