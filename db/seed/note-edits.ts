import { placeName } from "../../lib/countries";
import { parseDateAsGiven } from "../../lib/dates";
import { buildNote, noteParts, type NoteActivity, type NoteEdits } from "../../lib/exports/background-note";
import type { SeedActivity } from "./activities";
import { SEED_ORGANISATIONS } from "./organisations";
import { SEED_SERIES } from "./series";

const REF = /^([a-z-]+):(note2019-[a-z0-9-]+)$/;

/** A seeded activity as the note reads it, as the data layer would return it right after seeding. */
export function seedNoteActivity(activity: SeedActivity, id: string): NoteActivity {
  const organisation = (code: string) => SEED_ORGANISATIONS.find((o) => o.code === code)!;
  return {
    id,
    title: activity.title,
    summary: activity.summary,
    type: activity.type,
    status: activity.status,
    start: activity.start ? parseDateAsGiven(activity.start) : null,
    end: activity.end ? parseDateAsGiven(activity.end) : null,
    place: placeName(activity.city ?? null, activity.countryCode ?? null),
    themes: activity.themes,
    organisations: [[activity.lead, "lead"] as const, ...activity.involved].map(([code, role]) => {
      const o = organisation(code);
      return { label: o.acronym ?? o.name, name: o.name, kind: o.kind, role };
    }),
    participants: activity.expectedParticipants ?? null,
    outcomes: [],
    series: activity.series ? seedNoteSeries(...activity.series) : null,
  };
}

function seedNoteSeries(code: string, ordinal: number | null) {
  const series = SEED_SERIES.find((s) => s.code === code);
  if (!series) throw new Error(`A seed activity names the series ${code}, which the seed does not define.`);
  return { code, name: series.name, context: series.context, ordinal };
}

/**
 * The seeded note's texts as edits, each with the record it was written from (the seeded
 * activities), so that a later change in the record shows beside the text. A key naming an
 * activity by its seed reference is turned into the activity's id.
 */
export function seedNoteEdits(
  note: {
    texts: Record<string, string>;
    leftOut: string[];
    periodFrom: string;
    periodTo: string;
    includeUndated: boolean;
  },
  seedActivities: SeedActivity[],
  idOf: Map<string, string>,
): NoteEdits {
  const id = (ref: string) => {
    const found = idOf.get(ref);
    if (!found) throw new Error(`The seeded note names ${ref}, which the seed does not define.`);
    return found;
  };
  const inPeriod = seedActivities.filter(
    (a) =>
      (!a.start && note.includeUndated) ||
      (a.start && a.start >= note.periodFrom.slice(0, 4) && a.start.slice(0, 4) <= note.periodTo.slice(0, 4)),
  );
  const model = buildNote(
    inPeriod.map((a) => seedNoteActivity(a, id(a.ref))),
    { title: "", date: "", period: "", excluded: note.leftOut.map(id), themes: [], edits: {}, plan: [] },
  );
  const parts = new Map(noteParts(model).map((p) => [p.key, p]));
  return Object.fromEntries(
    Object.entries(note.texts).map(([key, text]) => {
      const match = REF.exec(key);
      const resolved = match ? `${match[1]}:${id(match[2]!)}` : key;
      const part = parts.get(resolved);
      if (!part && !resolved.startsWith("annex:")) throw new Error(`The seeded note has no part ${key}.`);
      return [resolved, { text, basis: part?.basis ?? {} }];
    }),
  );
}
