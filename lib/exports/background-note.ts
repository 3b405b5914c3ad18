import { THEME_LABELS, THEMES, type Theme } from "@/lib/domain";
import {
  activityText,
  introduction,
  listedText,
  meetingText,
  seriesOpening,
  themeOpening,
  type WriterActivity,
} from "./note-writer";
import { placeKey } from "./note-writer";

// The Background Note as data, built from the record the way the secretariat writes it:
// A. Introduction; B. I. Meetings (formal meetings, by series), II. Activities (each once,
// under its primary theme), III. Activities with UN support by year; Annex: the
// human-rights section of the Plan of Action edition(s) in force. Every text is a part with
// generated text the secretariat may replace; an edited part keeps what the record said
// when it was edited, so the note can show what changed since. The web page, Word and PDF
// all draw this one model.

export interface NoteActivity extends WriterActivity {
  themes: Theme[];
  /** The series the meeting belongs to: the note tells the series once, with its context. */
  series?: NoteSeries | null;
}

/**
 * What the note's order and sections need of an activity (groupNote, the contents, the
 * introduction): a note of the whole record reads only this for all its activities, and the
 * full activity for the section it shows.
 */
export type OutlineActivity = Pick<
  NoteActivity,
  "id" | "title" | "type" | "start" | "themes" | "series" | "organisations"
>;

export interface NoteSeries {
  /** Keys the series' parts (its code never changes). */
  code: string;
  name: string;
  context: string | null;
  ordinal: number | null;
}

/** The record behind an edit: each activity the part told, by a fingerprint and its title. */
export type PartBasis = Record<string, [fingerprint: string, title: string]>;
export interface PartEdit {
  text: string;
  basis: PartBasis;
}
export type NoteEdits = Record<string, PartEdit>;

export interface PartChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface NotePart {
  key: string;
  /** What the note prints: the edit, or the generated text. Empty: not printed. */
  text: string;
  generated: string;
  edited: boolean;
  /** What changed in the record since the edit; null when nothing did (or not edited). */
  changes: PartChanges | null;
  /** The record behind the part, what an edit saved now would keep: worked out when read. */
  readonly basis: PartBasis;
}

export interface NoteEntry {
  activityId: string;
  title: string;
  part: NotePart;
}

export interface PlanEdition {
  code: string;
  title: string;
  /** The framework's name ("AICHR Five-Year Work Plan"): the annex heads each edition with it. */
  framework: string;
  adoptedAt: string | null;
  /** Sections and clauses in the Plan's order; depth 0 for "1.", 1 for "1.2", 2 for clauses. */
  lines: Array<{ number: string; text: string; depth: number; clause: boolean }>;
}

export interface NoteModel {
  title: string;
  date: string;
  period: string;
  introduction: NotePart;
  meetings: Array<{ key: string; heading: NotePart; context: NotePart; meetings: NoteEntry[] }>;
  themes: Array<{ theme: Theme; heading: NotePart; opening: NotePart; items: NoteEntry[] }>;
  listHeading: string;
  years: Array<{ year: string; items: NoteEntry[] }>;
  annex: Array<{ code: string; heading: string; opening: NotePart; lines: PlanEdition["lines"] }>;
}

export const UNDATED = "Date not recorded";

// ISO dates order as plain strings; a month sorts before its days, a year-only date after
// the dated entries of its year, an undated activity last.
const sortKey = (a: Pick<NoteActivity, "start">) =>
  !a.start
    ? "9999"
    : a.start.precision === "year"
      ? `${a.start.date.slice(0, 4)}-13`
      : a.start.precision === "month"
        ? `${a.start.date.slice(0, 7)}-00`
        : a.start.date;
const byDate = (a: Pick<NoteActivity, "start">, b: Pick<NoteActivity, "start">) => {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

const prints = new WeakMap<WriterActivity, string>();

/** FNV-1a of what the writer reads: a change in the record changes it. Once per activity and note. */
export function fingerprint(a: WriterActivity): string {
  const known = prints.get(a);
  if (known) return known;
  // Organisations in a fixed order: the database returns them in no particular one.
  const organisations = a.organisations.map((o) => `${o.role}:${o.label}:${o.name}:${o.kind}`).sort();
  // Parts only when held in parts: a one-range activity keeps the print its notes' edits hold.
  const dates = a.parts?.length ? [a.start, a.end, a.parts] : [a.start, a.end];
  const text = JSON.stringify([a.title, a.summary, ...dates, placeKey(a), organisations, a.participants, a.outcomes]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const print = hash.toString(16);
  prints.set(a, print);
  return print;
}

export const basisOf = (activities: WriterActivity[]): PartBasis =>
  Object.fromEntries(activities.map((a) => [a.id, [fingerprint(a), a.title]]));

function changesSince(edit: PartEdit, now: PartBasis): PartChanges | null {
  const changes: PartChanges = { added: [], changed: [], removed: [] };
  for (const [id, [print, title]] of Object.entries(now)) {
    const then = edit.basis[id];
    if (!then) changes.added.push(title);
    else if (then[0] !== print) changes.changed.push(title);
  }
  for (const [id, [, title]] of Object.entries(edit.basis)) if (!now[id]) changes.removed.push(title);
  return changes.added.length + changes.changed.length + changes.removed.length > 0 ? changes : null;
}

function part(key: string, generated: string, scope: WriterActivity[], edits: NoteEdits): NotePart {
  return partOn(key, generated, () => basisOf(scope), edits);
}

/**
 * A part as printed, and as edited. Its basis is worked out when it is read (an edit saved,
 * or changes since one shown), not for every part: the printed note reads none, and
 * fingerprinting every activity for each part of a note of 20,000 allocated a quarter of
 * what its Word file cost.
 */
function partOn(key: string, generated: string, basisOfPart: () => PartBasis, edits: NoteEdits): NotePart {
  const edit = edits[key];
  return {
    key,
    text: edit ? edit.text : generated,
    generated,
    edited: edit !== undefined,
    changes: edit ? changesSince(edit, basisOfPart()) : null,
    get basis() {
      return basisOfPart();
    },
  };
}

/** "1st AICHR-UN Meeting" and "2nd AICHR-UN Meeting" are one series: "AICHR-UN Meeting". */
export function seriesTitle(title: string): string {
  const ordinal = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|annual|\d{4})\s+/i;
  let rest = title.trim();
  while (ordinal.test(rest)) rest = rest.replace(ordinal, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 100) || "series";

/** Formal meetings (a meeting on institutional cooperation) are told in I; every other activity in II. */
export const isFormalMeeting = (a: Pick<NoteActivity, "type" | "themes">) =>
  a.type === "meeting" && a.themes.includes("institutional_cooperation");

/** Told in I: a formal meeting, or any meeting of a series. */
const toldAsMeeting = (a: OutlineActivity) => isFormalMeeting(a) || (a.type === "meeting" && !!a.series);

export interface SeriesGroup<A extends OutlineActivity = NoteActivity> {
  title: string;
  context: string | null;
  meetings: A[];
}

/**
 * The meetings by series, in the order of each series' first meeting: a meeting of a recorded
 * series under it (keyed by its code, so a note's edits survive a rename); one of none, by its
 * title without the ordinal ("2nd AICHR-UN Meeting": "AICHR-UN Meeting"), as before series were
 * recorded. A recorded series whose code reads as such a title takes those meetings in.
 */
export function meetingsBySeries<A extends OutlineActivity>(meetings: A[]): Map<string, SeriesGroup<A>> {
  const groups = new Map<string, SeriesGroup<A>>();
  for (const m of meetings) {
    const title = m.series ? m.series.name : seriesTitle(m.title);
    const key = slug(m.series ? m.series.code : title);
    const group = groups.get(key) ?? { title, context: null, meetings: [] };
    if (m.series) Object.assign(group, { title: m.series.name, context: m.series.context });
    group.meetings.push(m);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.meetings.sort(byOrdinalThenDate);
  return groups;
}

/**
 * How a group of meetings opens: a recorded series, or several meetings of one name, as a
 * series; a lone meeting recorded in no series is no series, so it opens with nothing.
 */
const groupOpening = (group: SeriesGroup<OutlineActivity>) =>
  group.meetings.length > 1 || group.meetings.some((m) => m.series) ? seriesOpening(group.context, group.meetings) : "";

// Within a series, numbered meetings in their order; the unnumbered by date, after them.
const byOrdinalThenDate = (a: OutlineActivity, b: OutlineActivity) =>
  (a.series?.ordinal ?? Infinity) - (b.series?.ordinal ?? Infinity) || byDate(a, b);

/** The theme an activity is told under: the first of its themes in the note's order (among those chosen). */
export function primaryTheme(a: Pick<NoteActivity, "themes">, chosen: Theme[]): Theme {
  const own = THEMES.filter((t) => a.themes.includes(t) && (chosen.length === 0 || chosen.includes(t)));
  return own[0] ?? a.themes[0] ?? "institutional_cooperation";
}

const yearOf = (a: OutlineActivity) => (a.start ? a.start.date.slice(0, 4) : UNDATED);
const hasUn = (a: OutlineActivity) => a.organisations.some((o) => o.kind === "un_entity");

export interface NoteOptions {
  title: string;
  date: string;
  period: string;
  excluded: string[];
  themes: Theme[];
  edits: NoteEdits;
  plan: PlanEdition[];
}

/**
 * The note's activities in its order and sections, before any text is written: each included
 * activity once in I (a meeting, by series) or II (under its primary theme), and in III by
 * year when the UN took part. Holds only references to the activities, so it costs little
 * next to the texts; a page that shows one section builds the texts of that section only.
 */
export interface NoteGroups<A extends OutlineActivity = NoteActivity> {
  included: A[];
  formal: A[];
  others: A[];
  series: Map<string, SeriesGroup<A>>;
  themes: Array<{ theme: Theme; told: A[] }>;
  years: Array<{ year: string; activities: A[] }>;
}

export function groupNote<A extends OutlineActivity>(
  activities: A[],
  options: Pick<NoteOptions, "excluded" | "themes">,
): NoteGroups<A> {
  const excluded = new Set(options.excluded);
  const included = activities.filter((a) => !excluded.has(a.id)).sort(byDate);
  const formal = included.filter(toldAsMeeting);
  const others = included.filter((a) => !toldAsMeeting(a));
  const byTheme = new Map<Theme, A[]>();
  for (const a of others) {
    const theme = primaryTheme(a, options.themes);
    if (!byTheme.has(theme)) byTheme.set(theme, []);
    byTheme.get(theme)!.push(a);
  }
  const byYear = new Map<string, A[]>();
  for (const a of others.filter(hasUn)) {
    const year = yearOf(a);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(a);
  }
  return {
    included,
    formal,
    others,
    series: meetingsBySeries(formal),
    themes: THEMES.filter((t) => byTheme.has(t)).map((theme) => ({ theme, told: byTheme.get(theme)! })),
    years: [...byYear.keys()].sort().map((year) => ({ year, activities: byYear.get(year)! })),
  };
}

const WRITERS = { meeting: meetingText, activity: activityText, listed: listedText };
export type EntryKind = keyof typeof WRITERS;

/** The entries of these activities as a section tells them: a meeting in I, an activity under its theme in II, a line of III. */
const entries = (kind: EntryKind, told: NoteActivity[], edits: NoteEdits): NoteEntry[] =>
  told.map((a) => ({ activityId: a.id, title: a.title, part: part(`${kind}:${a.id}`, WRITERS[kind](a), [a], edits) }));

/** What a series of meetings opens with; `scope`, the record behind its context (see partOn). */
const seriesHead = (key: string, s: SeriesGroup<OutlineActivity>, scope: WriterActivity[], o: NoteOptions) => ({
  key,
  heading: part(`series-heading:${key}`, s.title, [], o.edits),
  context: part(`series:${key}`, groupOpening(s), scope, o.edits),
});

/** What a theme opens with; `scope`, the record behind its opening (see partOn). */
const themeHead = (theme: Theme, told: OutlineActivity[], scope: WriterActivity[], o: NoteOptions) => {
  const label = THEME_LABELS[theme];
  return {
    theme,
    heading: part(`theme-heading:${theme}`, label, [], o.edits),
    opening: part(`theme:${theme}`, themeOpening(label, told), scope, o.edits),
  };
};

/** The parts of each section of the note, built one section at a time (see groupNote). */
export const noteSectionParts = {
  /** `basis`: what the record says of every activity the note tells (see basisOf), worked out when read. */
  introduction: (g: NoteGroups<OutlineActivity>, o: NoteOptions, basis: () => PartBasis): NoteModel["introduction"] =>
    partOn("introduction", introduction(o.period, g.formal.length, g.others), basis, o.edits),
  meetings: (g: NoteGroups, o: NoteOptions): NoteModel["meetings"] =>
    [...g.series].map(([key, s]) => ({
      ...seriesHead(key, s, s.meetings, o),
      meetings: entries("meeting", s.meetings, o.edits),
    })),
  theme: ({ theme, told }: NoteGroups["themes"][number], o: NoteOptions): NoteModel["themes"][number] => ({
    ...themeHead(theme, told, told, o),
    items: entries("activity", told, o.edits),
  }),
  year: ({ year, activities }: NoteGroups["years"][number], o: NoteOptions): NoteModel["years"][number] => ({
    year,
    items: entries("listed", activities, o.edits),
  }),
  /**
   * For the files, which print a section a batch of activities at a time: what a series or a
   * theme opens with, from the outline of all it tells (the files print no changes since an
   * edit, so no record stands behind it), and the entries of each batch, read in full.
   */
  inPrint: {
    series: (key: string, s: SeriesGroup<OutlineActivity>, o: NoteOptions) => seriesHead(key, s, [], o),
    theme: ({ theme, told }: NoteGroups<OutlineActivity>["themes"][number], o: NoteOptions) =>
      themeHead(theme, told, [], o),
    entries,
  },
  /**
   * III's heading names the years whose list prints something: a generated line always does
   * (it ends with a full stop), so only an edit can empty one. It reads no activity's text,
   * so a page showing another section needs none of them.
   */
  listHeading: (g: NoteGroups<OutlineActivity>, o: NoteOptions): string => {
    const prints = (a: OutlineActivity) => o.edits[`listed:${a.id}`]?.text.trim() ?? true;
    const printedYears = g.years.filter((y) => y.year !== UNDATED && y.activities.some(prints)).map((y) => y.year);
    const span =
      printedYears.length === 0
        ? ""
        : printedYears[0] === printedYears.at(-1)
          ? ` in ${printedYears[0]}`
          : ` in ${printedYears[0]}-${printedYears.at(-1)}`;
    return `List of Activities with the UN Support${span}`;
  },
  annex: (o: NoteOptions): NoteModel["annex"] =>
    o.plan.map((edition) => ({
      code: edition.code,
      heading: annexHeading(edition),
      opening: part(
        `annex:${edition.code}`,
        `The ${edition.title} was adopted${edition.adoptedAt ? ` at the ${edition.adoptedAt}` : ""}.`,
        [],
        o.edits,
      ),
      lines: edition.lines,
    })),
};

export function buildNote(activities: NoteActivity[], options: NoteOptions): NoteModel {
  const groups = groupNote(activities, options);
  const build = noteSectionParts;
  return {
    title: options.title,
    date: options.date,
    period: options.period,
    introduction: build.introduction(groups, options, () => basisOf(groups.included)),
    meetings: build.meetings(groups, options),
    themes: groups.themes.map((t) => build.theme(t, options)),
    listHeading: build.listHeading(groups, options),
    years: groups.years.map((y) => build.year(y, options)),
    annex: build.annex(options),
  };
}

/**
 * An edition's annex heading, headed by its framework: "AICHR Five-Year Work Plan: Human
 * Rights sections in the ...". A title that opens with its framework's name already says it
 * (the 2019 note's "Human Rights sections in the ASEAN-UN Plan of Action 2016-2020").
 */
function annexHeading(edition: PlanEdition): string {
  const heading = `Human Rights sections in the ${edition.title}`;
  return edition.title.startsWith(edition.framework) ? heading : `${edition.framework}: ${heading}`;
}

/** Every part of a note, in reading order: what the editor lists and the validation accepts. */
export function noteParts(note: NoteModel): NotePart[] {
  return [
    note.introduction,
    ...note.meetings.flatMap((s) => [s.heading, s.context, ...s.meetings.map((m) => m.part)]),
    ...note.themes.flatMap((t) => [t.heading, t.opening, ...t.items.map((i) => i.part)]),
    ...note.years.flatMap((y) => y.items.map((i) => i.part)),
    ...note.annex.map((a) => a.opening),
  ];
}

/** A text's paragraphs (blank lines between them), each with its footnotes ("[^source]") apart. */
export function paragraphsOf(text: string): Array<Array<{ text: string } | { note: string }>> {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      p
        .split(/(\[\^[^\]]+\])/)
        .filter(Boolean)
        .map((piece) => (/^\[\^[^\]]+\]$/.test(piece) ? { note: piece.slice(2, -1).trim() } : { text: piece })),
    );
}

/** File name of a download: "AICHR Background Note 2011-2019.docx". */
export function noteFileName(periodFrom: string, periodTo: string, extension: string): string {
  const [from, to] = [periodFrom.slice(0, 4), periodTo.slice(0, 4)];
  return `AICHR Background Note ${from === to ? from : `${from}-${to}`}.${extension}`;
}
