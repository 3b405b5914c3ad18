import { THEME_LABELS, THEMES, type Theme } from "@/lib/domain";
import {
  basisOf,
  groupNote,
  noteSectionParts,
  UNDATED,
  type NoteActivity,
  type NoteGroups,
  type NoteModel,
  type NoteOptions,
  type OutlineActivity,
  type PartBasis,
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

/** The section a page shows, chosen from the outline of every activity of the note. */
export interface NoteSectionPlan {
  groups: NoteGroups<OutlineActivity>;
  outline: NoteOutline;
  section: NoteSection;
  /** The activities the section tells: the only ones its page reads in full. */
  told: string[];
}

/**
 * Which section the page shows (as chooseNoteSection chooses it) and which activities it
 * tells. The note of the whole record (20,000 activities) read every activity in full and
 * built every part of every section on each request (+218 MB); the contents need only the
 * sizes, which come from the grouping (each activity once, by the rules of buildNote).
 */
export function planNoteSection(
  activities: OutlineActivity[],
  options: NoteOptions,
  asked: SectionAsked,
): NoteSectionPlan {
  const groups = groupNote(activities, options);
  const param = typeof asked === "object" ? sectionOfPart(groups, asked.part) : asked;
  const outline: NoteOutline = {
    meetings: groups.formal.length,
    themes: groups.themes.map((t) => ({ theme: t.theme, count: t.told.length })),
    years: groups.years.map((y) => ({ year: y.year, count: y.activities.length })),
    annex: options.plan.length > 0,
  };
  const section = chooseOutlineSection(outline, param);
  return { groups, outline, section, told: toldIn(groups, section).map((a) => a.id) };
}

/** A section by its `?section=` value, or the section that holds a part (by the part's key). */
export type SectionAsked = string | { part: string } | undefined;

/**
 * The section that holds the part of this key (noteSectionParts names them): saving an edit
 * reads that section, not the whole note. Undefined for a key the note has no part of.
 */
function sectionOfPart(groups: NoteGroups<OutlineActivity>, key: string): string | undefined {
  const at = key.indexOf(":");
  const [kind, rest] = at < 0 ? [key, ""] : [key.slice(0, at), key.slice(at + 1)];
  const holding = <T>(list: T[], told: (t: T) => OutlineActivity[]) =>
    list.find((t) => told(t).some((a) => a.id === rest));
  switch (kind) {
    case "introduction":
      return "introduction";
    case "series-heading":
    case "series":
    case "meeting":
      return "meetings";
    case "theme-heading":
    case "theme":
      return sectionParam({ kind: "theme", theme: rest as Theme });
    case "activity": {
      const theme = holding(groups.themes, (t) => t.told);
      return theme && sectionParam({ kind: "theme", theme: theme.theme });
    }
    case "listed": {
      const year = holding(groups.years, (y) => y.activities);
      return year && sectionParam({ kind: "year", year: year.year });
    }
    case "annex":
      return "annex";
    default:
      return undefined;
  }
}

function toldIn(groups: NoteGroups<OutlineActivity>, section: NoteSection): OutlineActivity[] {
  switch (section.kind) {
    case "whole":
      return groups.included;
    case "meetings":
      return groups.formal;
    case "theme":
      return groups.themes.find((t) => t.theme === section.theme)?.told ?? [];
    case "year":
      return groups.years.find((y) => y.year === section.year)?.activities ?? [];
    default:
      return [];
  }
}

/** The groups again, each activity replaced by its full record; those not read are left out. */
function inFull(groups: NoteGroups<OutlineActivity>, full: Map<string, NoteActivity>): NoteGroups<NoteActivity> {
  const read = (list: OutlineActivity[]) => list.flatMap((a) => full.get(a.id) ?? []);
  return {
    included: read(groups.included),
    formal: read(groups.formal),
    others: read(groups.others),
    series: new Map([...groups.series].map(([key, s]) => [key, { ...s, meetings: read(s.meetings) }])),
    themes: groups.themes.map((t) => ({ theme: t.theme, told: read(t.told) })),
    years: groups.years.map((y) => ({ year: y.year, activities: read(y.activities) })),
  };
}

/**
 * Whether the section must read the record behind the introduction, which tells every
 * activity: an edited introduction shows what changed since, and saving an edit of it keeps
 * that record, so both need every activity's fingerprint. The whole note has them all in full
 * already; an unedited introduction shown beside another section needs none.
 */
export const readsIntroductionBasis = (plan: NoteSectionPlan, options: NoteOptions, saving: boolean) =>
  plan.section.kind !== "whole" &&
  (saving ? plan.section.kind === "introduction" : options.edits.introduction !== undefined);

/**
 * The page of a note: the section the plan chose, its parts written from `full` (the
 * activities it tells, read in full). `introductionBasis`: what the record says of every
 * activity, when readsIntroductionBasis asks for it.
 */
export function buildNoteSection(
  plan: NoteSectionPlan,
  full: NoteActivity[],
  options: NoteOptions,
  introductionBasis?: PartBasis,
): NoteSectionView {
  const { outline, section } = plan;
  const told = inFull(plan.groups, new Map(full.map((a) => [a.id, a])));
  const shows = (kind: NoteSection["kind"]) => section.kind === "whole" || section.kind === kind;
  const build = noteSectionParts;
  const model: NoteModel = {
    title: options.title,
    date: options.date,
    period: options.period,
    introduction: build.introduction(
      plan.groups,
      options,
      () => introductionBasis ?? (section.kind === "whole" ? basisOf(told.included) : {}),
    ),
    meetings: shows("meetings") ? build.meetings(told, options) : [],
    themes: told.themes
      .filter((t) => section.kind === "whole" || (section.kind === "theme" && section.theme === t.theme))
      .map((t) => build.theme(t, options)),
    listHeading: shows("year") ? build.listHeading(plan.groups, options) : "",
    years: told.years
      .filter((y) => section.kind === "whole" || (section.kind === "year" && section.year === y.year))
      .map((y) => build.year(y, options)),
    annex: shows("annex") ? build.annex(options) : [],
  };
  return { model, section, contents: outlineContents(outline), size: outlineSize(outline) };
}
