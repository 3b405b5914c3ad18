import "server-only";
import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import {
  activities,
  activityClauses,
  activityOrganisations,
  activitySeries,
  activityThemes,
  organisations,
  planClauses,
} from "@/db/schema";
import { periodOf } from "@/lib/dates";
import { JOIN, type CsvActivity } from "@/lib/exports/csv";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "@/lib/dal/access";
import { conditions, ordering } from "@/lib/dal/activities/list";
import { DATE_FIELDS } from "@/lib/dal/activities/state";
import type { Tx } from "@/lib/dal/db";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

const BATCH = 250;

type Db = Awaited<ReturnType<typeof getDatabase>>;

/** The reference a CSV row carries: the activity's own external reference, else app:<id>. */
export const csvReference = (id: string, externalRef: string | null) => externalRef ?? `app:${id}`;

/**
 * The ids of the activities matching the filters, in the list's order, in batches. One
 * query reads them all (20,000 ids are under 1 MB): paging with OFFSET re-read every row
 * before each batch, and could skip or repeat a row changed between two pages.
 */
export async function batchesOfIds(
  db: Db,
  matching: SQL | undefined,
  filters: Partial<ActivityFilters>,
): Promise<string[][]> {
  const rows = await db
    .select({ id: activities.id })
    .from(activities)
    .where(matching)
    .orderBy(...ordering({ sort: filters.q ? "relevance" : "date", ...filters }));
  const batches: string[][] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    batches.push(rows.slice(start, start + BATCH).map((r) => r.id));
  }
  return batches;
}

/** Rows in the order of `ids`; an activity deleted since its id was read is left out. */
export function inIdOrder<Row extends { id: string }>(ids: string[], rows: Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The columns of an activity's dates (as given) and place, for flat selects. */
export const WHEN_AND_WHERE = {
  ...DATE_FIELDS,
  mode: activities.mode,
  city: activities.city,
  countryCode: activities.countryCode,
};

/** An activity id column of some table, narrowed to the activities wanted. */
export type ActivityScope = (activityId: AnyPgColumn) => SQL;

/** A scope of the activities a condition selects, as a subquery. */
export const matchingActivities =
  (db: Db | Tx, where: SQL | undefined): ActivityScope =>
  (column) =>
    inArray(column, db.select({ id: activities.id }).from(activities).where(where));

/**
 * A scope of given activities, sent as one array parameter: IN with a thousand parameters
 * cost postgres.js and the planner twice the time of the query itself.
 */
export const amongIds =
  (ids: string[]): ActivityScope =>
  (column) =>
    sql`${column} = ANY(${sql.param(ids)}::uuid[])`;

const lead = alias(organisations, "lead");

const cellsById = (rows: Array<{ activityId: string; cell: string }>) =>
  new Map(rows.map((r) => [r.activityId, r.cell]));

/**
 * The CSV's list cells of every activity in scope, each joined in PostgreSQL into the one
 * string the cell holds: the involved organisations but the lead by code, the themes, the
 * clauses primary first then in the Plan's order. Three grouped passes over the relation
 * tables; Node keeps a short string per activity and cell (a few MB for 20,000), where rows,
 * arrays and objects to sort and join made 300 MB of garbage. Codes are ASCII: the "C"
 * collation gives the order of a plain comparison.
 */
async function csvListCells(db: Db, scope: ActivityScope) {
  const [involved, themes, clauses] = await Promise.all([
    db
      .select({
        activityId: activityOrganisations.activityId,
        cell: sql<string>`string_agg(${organisations.code} || ' (' || ${activityOrganisations.role} || ')', ${JOIN} ORDER BY ${organisations.code} COLLATE "C")`,
      })
      .from(activityOrganisations)
      .innerJoin(organisations, eq(organisations.id, activityOrganisations.organisationId))
      .where(and(scope(activityOrganisations.activityId), ne(activityOrganisations.role, "lead")))
      .groupBy(activityOrganisations.activityId),
    db
      .select({
        activityId: activityThemes.activityId,
        cell: sql<string>`string_agg(${activityThemes.theme}::text, ${JOIN} ORDER BY ${activityThemes.theme}::text COLLATE "C")`,
      })
      .from(activityThemes)
      .where(scope(activityThemes.activityId))
      .groupBy(activityThemes.activityId),
    db
      .select({
        activityId: activityClauses.activityId,
        cell: sql<string>`string_agg(${planClauses.number}, ${JOIN} ORDER BY ${activityClauses.isPrimary} DESC, ${planClauses.position})`,
      })
      .from(activityClauses)
      .innerJoin(planClauses, eq(planClauses.id, activityClauses.clauseId))
      .where(scope(activityClauses.activityId))
      .groupBy(activityClauses.activityId),
  ]);
  return { involved: cellsById(involved), themes: cellsById(themes), clauses: cellsById(clauses) };
}

/**
 * Every activity matching the filters as CSV rows, a batch at a time, in the list's
 * order: the ids and the list cells first (four queries), then one query a batch for the
 * rest, so memory holds one batch of rows whatever their number.
 */
export async function* exportActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
): AsyncGenerator<CsvActivity[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const matching = conditions(db, filters);
  const [batches, lists] = await Promise.all([
    batchesOfIds(db, matching, filters),
    csvListCells(db, matchingActivities(db, matching)),
  ]);
  for (const ids of batches) {
    const rows = await db
      .select({
        id: activities.id,
        externalRef: activities.externalRef,
        title: activities.title,
        summary: activities.summary,
        type: activities.type,
        status: activities.status,
        ...WHEN_AND_WHERE,
        // The CSV is for signed-in users only: it carries the meeting link.
        meetingLink: activities.meetingLink,
        expectedParticipants: activities.expectedParticipants,
        lead: lead.code,
        series: activitySeries.code,
        seriesNumber: activities.seriesOrdinal,
      })
      .from(activities)
      .innerJoin(lead, eq(lead.id, activities.leadOrganisationId))
      .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
      .where(amongIds(ids)(activities.id));
    const parts = await readDateParts(db, ids);
    yield inIdOrder(ids, rows).map((row) => ({
      reference: csvReference(row.id, row.externalRef),
      title: row.title,
      summary: row.summary,
      type: row.type,
      status: row.status,
      ...periodOf(row),
      parts: parts.get(row.id) ?? [],
      city: row.city,
      countryCode: row.countryCode,
      mode: row.mode,
      meetingLink: row.meetingLink,
      expectedParticipants: row.expectedParticipants,
      lead: row.lead,
      involved: lists.involved.get(row.id) ?? "",
      themes: lists.themes.get(row.id) ?? "",
      clauses: lists.clauses.get(row.id) ?? "",
      series: row.series ?? "",
      seriesNumber: row.seriesNumber,
    }));
  }
}
