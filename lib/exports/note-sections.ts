import { THEME_LABELS, THEMES, type Theme } from "@/lib/domain";
import {
  groupNote,
  noteSectionParts,
  UNDATED,
  type NoteActivity,
  type NoteModel,
  type NoteOptions,
} from "./background-note";

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
  return outlineSize(outlineOf(note));
}

const outlineSize = (o: NoteOutline) =>
  o.meetings + o.themes.reduce((n, t) => n + t.count, 0) + o.years.reduce((n, y) => n + y.count, 0);

/** The sizes of a note's sections, from its model. */
export function outlineOf(note: NoteModel): NoteOutline {
  return {
    meetings: note.meetings.reduce((n, s) => n + s.meetings.length, 0),
    themes: note.themes.map((t) => ({ theme: t.theme, count: t.items.length })),
    years: note.years.map((y) => ({ year: y.year, count: y.items.length })),
    annex: note.annex.length > 0,
  };
}

export function sectionParam(section: NoteSection): string {
  if (section.kind === "theme") return `theme-${section.theme}`;
  if (section.kind === "year") return `year-${section.year === UNDATED ? "undated" : section.year}`;
  return section.kind;
}

const yearLabel = (year: string) => (year === UNDATED ? "Date not recorded" : year);

/** Every section a reader can open on its own, in the order the note tells them. */
export function noteContents(note: NoteModel): NoteContentsEntry[] {
  return outlineContents(outlineOf(note));
}

function outlineContents(note: NoteOutline): NoteContentsEntry[] {
  return [
    { param: "introduction", label: "A. Introduction", count: null },
    { param: "meetings", label: "I. Meetings", count: note.meetings },
    ...note.themes.map((t) => ({
      param: sectionParam({ kind: "theme", theme: t.theme }),
      label: `II. ${THEME_LABELS[t.theme]}`,
      count: t.count,
    })),
    ...note.years.map((y) => ({
      param: sectionParam({ kind: "year", year: y.year }),
      label: `III. ${yearLabel(y.year)}`,
      count: y.count,
    })),
    ...(note.annex ? [{ param: "annex", label: "Annex", count: null }] : []),
  ];
}

/**
 * The section ?section= asks for, if the note has it; else the whole note when it is short
 * enough to read as one page, or its introduction (with the contents beside it).
 */
export function chooseNoteSection(note: NoteModel, param: string | undefined): NoteSection {
  return chooseOutlineSection(outlineOf(note), param);
}

function chooseOutlineSection(note: NoteOutline, param: string | undefined): NoteSection {
  const asked = param ? readSection(note, param) : null;
  if (asked) return asked;
  return outlineSize(note) <= WHOLE_NOTE_LIMIT ? { kind: "whole" } : { kind: "introduction" };
}

function readSection(note: NoteOutline, param: string): NoteSection | null {
  if (param === "whole") return outlineSize(note) <= WHOLE_NOTE_LIMIT ? { kind: "whole" } : null;
  if (param === "introduction" || param === "meetings") return { kind: param };
  if (param === "annex") return note.annex ? { kind: "annex" } : null;
  const theme = param.startsWith("theme-") ? param.slice("theme-".length) : null;
  if (theme && (THEMES as readonly string[]).includes(theme) && note.themes.some((t) => t.theme === theme)) {
    return { kind: "theme", theme: theme as Theme };
  }
  const asked = param.startsWith("year-") ? param.slice("year-".length) : null;
  const year = asked === "undated" ? UNDATED : asked;
  if (year && note.years.some((y) => y.year === year)) return { kind: "year", year };
  return null;
}

/** What the contents and the choice of a section need of a note: its sections and their sizes. */
export interface NoteOutline {
  meetings: number;
  themes: Array<{ theme: Theme; count: number }>;
  years: Array<{ year: string; count: number }>;
  annex: boolean;
}

export interface NoteSectionView {
  /** The note with the parts of `section` only (the introduction always; other sections empty). */
  model: NoteModel;
  section: NoteSection;
  contents: NoteContentsEntry[];
  size: number;
}

/**
 * The page of a note: the section `param` asks for (as chooseNoteSection chooses it), with the
 * texts of that section only. The note of the whole record (20,000 activities) built every
 * part of every section on each request (+218 MB); the contents need only the sizes, which
 * come from the grouping (each activity once, by the rules of buildNote, which builds on it).
 */
export function buildNoteSection(
  activities: NoteActivity[],
  options: NoteOptions,
  param: string | undefined,
): NoteSectionView {
  const groups = groupNote(activities, options);
  const outline: NoteOutline = {
    meetings: groups.formal.length,
    themes: groups.themes.map((t) => ({ theme: t.theme, count: t.told.length })),
    years: groups.years.map((y) => ({ year: y.year, count: y.activities.length })),
    annex: options.plan.length > 0,
  };
  const section = chooseOutlineSection(outline, param);
  const shows = (kind: NoteSection["kind"]) => section.kind === "whole" || section.kind === kind;
  const build = noteSectionParts;
  const model: NoteModel = {
    title: options.title,
    date: options.date,
    period: options.period,
    introduction: build.introduction(groups, options),
    meetings: shows("meetings") ? build.meetings(groups, options) : [],
    themes: groups.themes
      .filter((t) => section.kind === "whole" || (section.kind === "theme" && section.theme === t.theme))
      .map((t) => build.theme(t, options)),
    listHeading: shows("year") ? build.listHeading(groups, options) : "",
    years: groups.years
      .filter((y) => section.kind === "whole" || (section.kind === "year" && section.year === y.year))
      .map((y) => build.year(y, options)),
    annex: shows("annex") ? build.annex(options) : [],
  };
  return { model, section, contents: outlineContents(outline), size: outlineSize(outline) };
}
