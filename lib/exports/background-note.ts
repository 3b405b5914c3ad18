import { formatDateAsGiven, type DateAsGiven } from "@/lib/dates";
import {
  THEME_LABELS,
  THEMES,
  type ActivityType,
  type InvolvementRole,
  type OrganisationKind,
  type Theme,
} from "@/lib/domain";

// The Background Note as data, built from the record the way the secretariat writes it:
// A. Introduction; B. I. Meetings, II. Activities by theme, III. Activities with UN support
// by year; Annex: the Plan of Action clauses referred to. The web page, Word and PDF
// renderers all draw this one model.

export interface NoteActivity {
  id: string;
  title: string;
  summary: string | null;
  type: ActivityType;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  place: string | null;
  themes: Theme[];
  organisations: Array<{ label: string; name: string; kind: OrganisationKind; role: InvolvementRole }>;
  clauses: Array<{ number: string; text: string; position: number }>;
  /** Outcomes of the activity's approved reports. */
  outcomes: string[];
}

export interface NoteItem {
  activityId: string;
  text: string;
}

export interface NoteModel {
  title: string;
  date: string;
  period: string;
  introduction: string;
  meetings: Array<{ activityId: string; heading: string; paragraphs: string[] }>;
  themes: Array<{ theme: string; items: NoteItem[] }>;
  years: Array<{ year: string; items: NoteItem[] }>;
  annex: Array<{ number: string; text: string }>;
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

const unEntities = (a: NoteActivity) => a.organisations.filter((o) => o.kind === "un_entity").map((o) => o.label);
const dates = (a: NoteActivity) => formatDateAsGiven(a.start, a.end);
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
// ISO dates order as plain strings; localeCompare (ICU) made sorting 20,000 activities take a second.
const byDate = (a: NoteActivity, b: NoteActivity) => {
  const [x, y] = [a.start?.date ?? "9999", b.start?.date ?? "9999"];
  return x < y ? -1 : x > y ? 1 : 0;
};

function meeting(a: NoteActivity) {
  const leads = a.organisations.filter((o) => o.role === "lead" || o.role === "co_organiser").map((o) => o.name);
  const others = a.organisations.filter(
    (o) => o.kind === "un_entity" && o.role !== "lead" && o.role !== "co_organiser",
  );
  const paragraphs = [
    `${list(leads)} led the meeting${others.length > 0 ? `, joined by ${list(others.map((o) => o.label))}` : ""}.`,
    ...(a.outcomes.length > 0 ? a.outcomes.map(sentence) : a.summary ? [sentence(a.summary)] : []),
  ];
  return { activityId: a.id, heading: [a.title, dates(a), a.place].filter(Boolean).join(", "), paragraphs };
}

function themeItem(a: NoteActivity): NoteItem {
  const supporters = unEntities(a);
  const opening = a.start ? `In ${dates(a)}` : "At a date not recorded";
  const who = supporters.length > 0 ? `${list(supporters)} supported the ${a.title}` : `the ${a.title} took place`;
  const where = a.place ? ` in ${a.place}` : "";
  return {
    activityId: a.id,
    text: [`${opening}, ${who}${where}.`, a.summary ? sentence(a.summary) : ""].filter(Boolean).join(" "),
  };
}

function yearItem(a: NoteActivity): NoteItem {
  return {
    activityId: a.id,
    text: `${list(unEntities(a))} supported the ${a.title}, ${dates(a)}${a.place ? `, ${a.place}` : ""}.`,
  };
}

export function buildNote(
  activities: NoteActivity[],
  options: { title: string; date: string; period: string; introduction: string; excluded: string[] },
): NoteModel {
  const included = activities.filter((a) => !options.excluded.includes(a.id)).sort(byDate);
  const meetings = included.filter((a) => a.type === "meeting");
  const others = included.filter((a) => a.type !== "meeting");
  const withUn = others.filter((a) => unEntities(a).length > 0);
  const years = [...new Set(withUn.map((a) => (a.start ? a.start.date.slice(0, 4) : "Date not recorded")))].sort();
  const clauses = new Map(included.flatMap((a) => a.clauses.map((c) => [c.number, c] as const)));
  return {
    title: options.title,
    date: options.date,
    period: options.period,
    introduction: options.introduction,
    meetings: meetings.map(meeting),
    themes: THEMES.map((theme) => ({
      theme: THEME_LABELS[theme],
      items: others.filter((a) => a.themes.includes(theme)).map(themeItem),
    })).filter((t) => t.items.length > 0),
    years: years.map((year) => ({
      year,
      items: withUn.filter((a) => (a.start ? a.start.date.slice(0, 4) : "Date not recorded") === year).map(yearItem),
    })),
    annex: [...clauses.values()].sort((a, b) => a.position - b.position).map(({ number, text }) => ({ number, text })),
  };
}
