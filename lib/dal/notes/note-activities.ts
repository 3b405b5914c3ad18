import "server-only";
import { and, eq, gte, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { activities, activityOrganisations, activitySeries, activityThemes, organisations, reports } from "@/db/schema";
import { dateAsGiven } from "@/lib/dates";
import type { InvolvementRole, Theme } from "@/lib/domain";
import {
  basisOf,
  type NoteActivity,
  type NoteSeries,
  type OutlineActivity,
  type PartBasis,
} from "@/lib/exports/background-note";
import type { WriterOrganisation } from "@/lib/exports/note-writer";
import type { NoteSettings } from "@/lib/validation/background-note";
import { activityBasics } from "@/lib/dal/activities/state";
import {
  amongIds,
  inIdOrder,
  matchingActivities,
  WHEN_AND_WHERE,
  type ActivityScope,
} from "@/lib/dal/activities/export";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import { involving, onThemes } from "@/lib/dal/activities/list";
import type { Executor } from "@/lib/dal/db";

// A note of the whole record tells 20,000 activities. Its page shows one section, so it reads
// every activity's outline (what orders and counts it) and the full activity (summary, place,
// outcomes, parts) only for the section it shows; the Word and PDF files read them all.
// Flat queries grouped in memory: a relational query aggregating JSON per activity took
// PostgreSQL over a second for 20,000 activities.

/** Approved activities (scheduled or completed) starting in the period (and undated ones when asked), narrowed by organisations and themes. */
function noteSelection(db: Executor, settings: NoteSettings): SQL {
  const where = [
    inArray(activities.status, ["scheduled", "completed"]),
    // An activity the record gives no date belongs to no period: a note tells it only when
    // asked (as the 2019 note tells UNICEF's undated dialogues on disability rights).
    settings.includeUndated
      ? sql`(${activities.startDate} IS NULL OR (${activities.startDate} >= ${settings.periodFrom} AND ${activities.startDate} <= ${settings.periodTo}))`
      : and(
          isNotNull(activities.startDate),
          gte(activities.startDate, settings.periodFrom),
          lte(activities.startDate, settings.periodTo),
        )!,
  ];
  if (settings.organisationCodes.length > 0) where.push(involving(db, settings.organisationCodes));
  if (settings.themes.length > 0) where.push(onThemes(db, settings.themes));
  return and(...where)!;
}

/** Every activity the note's settings select, in full: for the Word, PDF and printed note, and edits. */
export async function noteActivities(db: Executor, settings: NoteSettings): Promise<NoteActivity[]> {
  const selected = noteSelection(db, settings);
  return readInFull(db, selected, matchingActivities(db, selected), involvements(db));
}

/**
 * A reader of activities in full, each call these activities in the order given (those still
 * in the record), over one read of the record's organisations: the files read a note a
 * hundred activities at a time, and each batch read the organisations again.
 */
export function noteActivityReader(db: Executor): (ids: string[]) => Promise<NoteActivity[]> {
  // Read with the first call's queries (not before: a reader made and not yet called would
  // leave a failed read unhandled), and kept for the next.
  let involvement: Promise<Involvement> | undefined;
  return async (ids) => {
    if (ids.length === 0) return [];
    const among = amongIds(ids);
    involvement ??= involvements(db);
    return inIdOrder(ids, await readInFull(db, among(activities.id), among, involvement));
  };
}

/** These activities in full, in the order given (those still in the record): the section a page shows. */
export const noteActivitiesAmong = (db: Executor, ids: string[]): Promise<NoteActivity[]> =>
  noteActivityReader(db)(ids);

/**
 * Every activity the note's settings select, by what orders, groups and counts the note (and
 * writes its introduction): 18,000 of them held a fifth of the memory the full read held.
 */
export async function noteOutlines(db: Executor, settings: NoteSettings): Promise<OutlineActivity[]> {
  const selected = noteSelection(db, settings);
  const [rows, relations] = await Promise.all([
    db
      .select({
        id: activities.id,
        title: activities.title,
        type: activities.type,
        startDate: activities.startDate,
        startPrecision: activities.startPrecision,
        ...SERIES_FIELDS,
      })
      .from(activities)
      .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
      .where(selected),
    noteRelations(db, matchingActivities(db, selected), involvements(db)),
  ]);
  const series = seriesReader();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    type: row.type,
    start: dateAsGiven(row.startDate, row.startPrecision),
    themes: relations.themes(row.id),
    organisations: relations.organisations(row.id),
    series: series(row),
  }));
}

const FINGERPRINT_BATCH = 1000;

/**
 * What the record says of each of these activities (basisOf), read in full a thousand at a
 * time and kept as fingerprints only: the introduction of a note of 20,000 activities, once
 * edited, shows what changed since without holding them all.
 */
export async function noteBasis(db: Executor, ids: string[]): Promise<PartBasis> {
  const basis: PartBasis = {};
  const read = noteActivityReader(db);
  for (let start = 0; start < ids.length; start += FINGERPRINT_BATCH) {
    // In the order given (the note's), so that "added since" lists them as the note tells them.
    Object.assign(basis, basisOf(await read(ids.slice(start, start + FINGERPRINT_BATCH))));
  }
  return basis;
}

const SERIES_FIELDS = {
  seriesOrdinal: activities.seriesOrdinal,
  seriesCode: activitySeries.code,
  seriesName: activitySeries.name,
  seriesContext: activitySeries.context,
};

type SeriesRow = {
  seriesOrdinal: number | null;
  seriesCode: string | null;
  seriesName: string | null;
  seriesContext: string | null;
};

/** A row's series; the series' name and context are held once, not once per meeting. */
function seriesReader() {
  const known = new Map<string, Omit<NoteSeries, "ordinal">>();
  return (row: SeriesRow): NoteSeries | null => {
    if (!row.seriesCode) return null;
    let series = known.get(row.seriesCode);
    if (!series) {
      series = { code: row.seriesCode, name: row.seriesName!, context: row.seriesContext };
      known.set(row.seriesCode, series);
    }
    return { ...series, ordinal: row.seriesOrdinal };
  };
}

async function readInFull(
  db: Executor,
  selected: SQL,
  scope: ActivityScope,
  involvement: Promise<Involvement>,
): Promise<NoteActivity[]> {
  const [rows, relations, outcomes, parts] = await Promise.all([
    db
      .select({
        id: activities.id,
        title: activities.title,
        summary: activities.summary,
        type: activities.type,
        status: activities.status,
        expectedParticipants: activities.expectedParticipants,
        ...WHEN_AND_WHERE,
        ...SERIES_FIELDS,
      })
      .from(activities)
      .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
      .where(selected),
    noteRelations(db, scope, involvement),
    db
      .select({ activityId: reports.activityId, outcomes: reports.outcomes, participants: reports.participantsTotal })
      .from(reports)
      .where(and(eq(reports.state, "approved"), scope(reports.activityId))),
    readDateParts(db, scope),
  ]);
  const outcomesOf = new Map<string, string[]>();
  const participantsOf = new Map<string, number>();
  for (const r of outcomes) {
    outcomesOf.set(r.activityId, [...(outcomesOf.get(r.activityId) ?? []), r.outcomes]);
    participantsOf.set(r.activityId, (participantsOf.get(r.activityId) ?? 0) + r.participants);
  }
  const series = seriesReader();
  // Each field spelled out, not spread: the spreads allocated three times as much (64 MB
  // against 20 MB for the 17,800 activities of a note's themes, by V8's sampling profiler).
  return rows.map((row): NoteActivity => {
    const { id, title, summary, type, status, start, end, mode, place } = activityBasics(row);
    return {
      id,
      title,
      summary,
      type,
      status,
      start,
      end,
      parts: parts.get(row.id),
      mode,
      place,
      themes: relations.themes(row.id),
      organisations: relations.organisations(row.id),
      participants: participantsOf.get(row.id) || row.expectedParticipants || null,
      outcomes: outcomesOf.get(row.id) ?? [],
      series: series(row),
    };
  });
}

const aggregate = (column: AnyPgColumn, ...order: AnyPgColumn[]) =>
  sql<string[]>`array_agg(${column}::text ORDER BY ${sql.join(order, sql`, `)})`;

/** An organisation in a role, as the note names it. */
type Involvement = (id: string, role: InvolvementRole) => WriterOrganisation;

/**
 * The record's few organisations, looked up in memory by the activities' relations. Each
 * organisation in each role is one object, shared by every activity it takes part in so.
 */
async function involvements(db: Executor): Promise<Involvement> {
  const orgs = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      acronym: organisations.acronym,
      kind: organisations.kind,
    })
    .from(organisations);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const known = new Map<string, WriterOrganisation>();
  return (id, role) => {
    const key = `${id} ${role}`;
    let involved = known.get(key);
    if (!involved) {
      const o = orgById.get(id)!;
      involved = { label: o.acronym ?? o.name, name: o.name, kind: o.kind, role };
      known.set(key, involved);
    }
    return involved;
  };
}

/**
 * The organisations (lead first) and themes of many activities: one row per activity and
 * relation, aggregated with GROUP BY, the organisations named through `involvement`.
 */
async function noteRelations(db: Executor, scope: ActivityScope, involvement: Promise<Involvement>) {
  const [orgRows, themeRows, involved] = await Promise.all([
    db
      .select({
        activityId: activityOrganisations.activityId,
        ids: aggregate(
          activityOrganisations.organisationId,
          activityOrganisations.role,
          activityOrganisations.organisationId,
        ),
        roles: aggregate(activityOrganisations.role, activityOrganisations.role, activityOrganisations.organisationId),
      })
      .from(activityOrganisations)
      .where(scope(activityOrganisations.activityId))
      .groupBy(activityOrganisations.activityId),
    db
      .select({ activityId: activityThemes.activityId, themes: aggregate(activityThemes.theme, activityThemes.theme) })
      .from(activityThemes)
      .where(scope(activityThemes.activityId))
      .groupBy(activityThemes.activityId),
    involvement,
  ]);
  const orgsOf = new Map(
    orgRows.map((r) => [r.activityId, r.ids.map((id, i) => involved(id, r.roles[i] as InvolvementRole))]),
  );
  const themesOf = new Map(themeRows.map((r) => [r.activityId, r.themes as Theme[]]));
  return {
    organisations: (id: string): WriterOrganisation[] => orgsOf.get(id) ?? [],
    themes: (id: string): Theme[] => themesOf.get(id) ?? [],
  };
}
