import "server-only";
import { and, asc, count, desc, eq, exists, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import {
  activities,
  activityClauses,
  activityOrganisations,
  activityThemes,
  organisations,
  planClauses,
} from "@/db/schema";
import { periodOf, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import { ACTIVITY_STATUSES, type ActivityMode, type ActivityStatus, type ReviewState, type Theme } from "@/lib/domain";
import { MATCH_END, MATCH_START } from "@/lib/highlight-marks";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "@/lib/dal/access";
import { ORGANISATION_COLUMNS, organisationRef, type OrganisationRef } from "@/lib/dal/activities/read";
import { DATE_COLUMNS } from "@/lib/dal/activities/state";
import { partOfRow } from "@/lib/dal/activities/date-parts";
import { datePassedCondition } from "@/lib/dal/activities/date-passed";
import { getDatabase } from "@/lib/dal/db";
import { keptWhileRecordUnchanged } from "@/lib/dal/record-state";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export const ACTIVITIES_PER_PAGE = 50;

export interface ActivityListItem {
  id: string;
  title: string;
  status: ActivityStatus;
  /** Where a draft's review stands: its badge says "Submitted for review" or "Changes requested". */
  reviewState: ReviewState;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  mode: ActivityMode;
  /** Held in parts: each range (none for one range; the data layer always gives it). */
  parts?: DateRangeAsGiven[];
  city: string | null;
  countryCode: string | null;
  lead: OrganisationRef;
  unEntities: OrganisationRef[];
  clauses: string[];
  /** With a search: the title and a snippet of the summary with matches marked. */
  highlight: { title: string; snippet: string } | null;
}

export interface ActivityPage {
  items: ActivityListItem[];
  total: number;
  page: number;
  pageCount: number;
}

const query = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/** Activities on any of these themes: a condition on the activity's id. */
export const onThemes = (db: Executor, themes: Theme[]) =>
  inArray(
    activities.id,
    db.select({ id: activityThemes.activityId }).from(activityThemes).where(inArray(activityThemes.theme, themes)),
  );

/** Activities any of these organisations (by code) take part in, in any role. */
export const involving = (db: Executor, codes: string[]) =>
  inArray(
    activities.id,
    db
      .select({ id: activityOrganisations.activityId })
      .from(activityOrganisations)
      .innerJoin(organisations, eq(organisations.id, activityOrganisations.organisationId))
      .where(inArray(organisations.code, codes)),
  );

// Sub-selects rather than raw SQL naming other tables' columns: relational queries
// re-alias every column in a raw where clause to the queried table.
export function conditions(db: Database, filters: Partial<ActivityFilters>): SQL | undefined {
  const where: Array<SQL | undefined> = [];
  if (filters.status) where.push(eq(activities.status, filters.status));
  if (filters.type) where.push(eq(activities.type, filters.type));
  if (filters.country) where.push(eq(activities.countryCode, filters.country));
  if (filters.calendar === "date_passed") where.push(datePassedCondition());
  if (filters.year) {
    where.push(
      gte(activities.startDate, `${filters.year}-01-01`),
      lt(activities.startDate, `${filters.year + 1}-01-01`),
    );
  }
  if (filters.theme) where.push(onThemes(db, [filters.theme]));
  if (filters.org) where.push(involving(db, [filters.org]));
  if (filters.clause) {
    const linked = db
      .select({ id: activityClauses.activityId })
      .from(activityClauses)
      .innerJoin(planClauses, eq(planClauses.id, activityClauses.clauseId))
      .where(eq(planClauses.number, filters.clause));
    where.push(inArray(activities.id, linked));
  }
  if (filters.q) where.push(sql`${activities.searchVector} @@ ${query(filters.q)}`);
  return where.length > 0 ? and(...where) : undefined;
}

// Newest first; undated activities last, then the most recently recorded.
const NEWEST_FIRST = [sql`${activities.startDate} DESC NULLS LAST`, desc(activities.createdAt), activities.id];

export function ordering(filters: Pick<ActivityFilters, "sort" | "q">) {
  if (filters.sort === "title") return [asc(activities.title), activities.id];
  if (filters.sort === "relevance" && filters.q) {
    return [sql`ts_rank(${activities.searchVector}, ${query(filters.q)}) DESC`, ...NEWEST_FIRST];
  }
  return NEWEST_FIRST;
}

function highlightColumns(q: string | undefined): Record<string, SQL.Aliased<string>> {
  if (!q) return {};
  const marks = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
  return {
    titleHighlight:
      sql<string>`ts_headline('english', ${activities.title}, ${query(q)}, ${`${marks}, HighlightAll=true`})`.as(
        "title_highlight",
      ),
    snippet:
      sql<string>`ts_headline('english', coalesce(${activities.summary}, ''), ${query(q)}, ${`${marks}, MaxFragments=2, MinWords=8, MaxWords=24`})`.as(
        "snippet",
      ),
  };
}

/**
 * One page of activities matching the filters, in three queries whatever the page holds:
 * the count; the page's ids in order (where the indexes do the work, and highlighting runs
 * on 50 rows only); then those activities with their organisations and clauses.
 */
export async function listActivities(user: SessionUser, filters: ActivityFilters): Promise<ActivityPage> {
  assertCan(user, "activity:read");
  return activityPage(filters);
}

/** The page itself, for a caller that has decided who may see it; `among` narrows it further. */
export async function activityPage(filters: ActivityFilters, among?: SQL): Promise<ActivityPage> {
  const db = await getDatabase();
  const where = and(conditions(db, filters), among);
  const [{ total }] = (await db.select({ total: count() }).from(activities).where(where)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / ACTIVITIES_PER_PAGE));
  const page = await db
    .select({ id: activities.id, ...highlightColumns(filters.q) })
    .from(activities)
    .where(where)
    .orderBy(...ordering(filters))
    .limit(ACTIVITIES_PER_PAGE)
    .offset((filters.page - 1) * ACTIVITIES_PER_PAGE);
  if (page.length === 0) return { items: [], total, page: filters.page, pageCount };
  const rows = await db.query.activities.findMany({
    columns: {
      id: true,
      title: true,
      status: true,
      reviewState: true,
      mode: true,
      city: true,
      countryCode: true,
      ...DATE_COLUMNS,
    },
    with: {
      lead: { columns: ORGANISATION_COLUMNS },
      dateParts: { columns: DATE_COLUMNS, orderBy: (p, { asc }) => [asc(p.position)] },
      organisations: { columns: { role: true }, with: { organisation: { columns: ORGANISATION_COLUMNS } } },
      clauses: { columns: { isPrimary: true }, with: { clause: { columns: { number: true, position: true } } } },
    },
    where: inArray(
      activities.id,
      page.map((p) => p.id),
    ),
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = page.map(({ id, ...marks }) => {
    const row = byId.get(id)!;
    const highlight = marks as { titleHighlight?: string; snippet?: string };
    return {
      id,
      title: row.title,
      status: row.status,
      reviewState: row.reviewState,
      ...periodOf(row),
      mode: row.mode,
      parts: row.dateParts.map(partOfRow),
      city: row.city,
      countryCode: row.countryCode,
      lead: organisationRef(row.lead),
      unEntities: row.organisations
        .map((o) => o.organisation)
        .filter((o) => o.kind === "un_entity")
        .map(organisationRef),
      clauses: row.clauses
        .map((c) => c.clause)
        .sort((a, b) => a.position - b.position)
        .map((c) => c.number),
      highlight: filters.q ? { title: highlight.titleHighlight ?? row.title, snippet: highlight.snippet ?? "" } : null,
    };
  });
  return { items, total, page: filters.page, pageCount };
}

export interface FilterOptions {
  /** Every status for the signed-in list; the public register has no drafts to filter for. */
  statuses: ActivityStatus[];
  organisations: Array<{ code: string; label: string }>;
  clauses: string[];
  years: number[];
  countries: string[];
}

/** The rows of a raw execute(): postgres.js returns them as they are, PGlite inside an object. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * The distinct values of an indexed expression by walking its index ("loose index scan"):
 * one probe per value instead of a pass over every activity. `first` selects the smallest
 * value, `next(previous)` the smallest after it.
 */
async function distinctByIndex<T>(db: Database, first: SQL, next: (previous: SQL) => SQL): Promise<T[]> {
  const result = await db.execute(sql`WITH RECURSIVE found(value) AS (
    (${first}) UNION ALL SELECT (${next(sql.raw("found.value"))}) FROM found WHERE found.value IS NOT NULL
  ) SELECT value FROM found WHERE value IS NOT NULL`);
  return rowsOf<{ value: T }>(result).map((row) => row.value);
}

const firstYear = (where?: SQL) =>
  sql`SELECT extract(year FROM min(${activities.startDate}))::int FROM ${activities} ${where ? sql`WHERE ${where}` : sql``}`;

const everyActivityOptions = keptWhileRecordUnchanged(() => filterOptions());

/**
 * The values the filters offer: those that occur in the record. Asked on every view of the
 * list, so kept until the record changes (one read of its version, not four queries), and
 * each query is a few index probes (the years and countries by walking their indexes, the
 * organisations by EXISTS), not a pass over 20,000 activities and their organisations.
 * Shared between requests: read it, never change it.
 */
export async function getFilterOptions(user: SessionUser): Promise<FilterOptions> {
  assertCan(user, "activity:read");
  return everyActivityOptions();
}

/**
 * The filters' values for a caller that has decided who may see them: `among` narrows them to
 * the activities it may (the public register: a year, country or organisation that only a
 * draft has is not offered, so the options tell nothing of unpublished work).
 */
export async function filterOptions(among?: SQL): Promise<FilterOptions> {
  const db = await getDatabase();
  const amongActivities = (activityId: typeof activityOrganisations.activityId) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(activities)
        .where(and(eq(activities.id, activityId), among)),
    );
  const involved = db
    .select({ one: sql`1` })
    .from(activityOrganisations)
    .where(
      and(
        eq(activityOrganisations.organisationId, organisations.id),
        among ? amongActivities(activityOrganisations.activityId) : undefined,
      ),
    );
  const also = among ? sql` AND ${among}` : sql``;
  const [orgs, clauses, years, countries] = await Promise.all([
    db
      .select({ code: organisations.code, acronym: organisations.acronym, name: organisations.name })
      .from(organisations)
      .where(exists(involved)),
    db
      .selectDistinct({ number: planClauses.number, position: planClauses.position })
      .from(planClauses)
      .orderBy(planClauses.position),
    distinctByIndex<number>(db, firstYear(among), (year) =>
      firstYear(and(sql`${activities.startDate} >= make_date(${year} + 1, 1, 1)`, among)),
    ),
    distinctByIndex<string>(
      db,
      sql`SELECT min(${activities.countryCode}) FROM ${activities} WHERE TRUE${also}`,
      (code) =>
        sql`SELECT min(${activities.countryCode}) FROM ${activities} WHERE ${activities.countryCode} > ${code}${also}`,
    ),
  ]);
  return {
    statuses: among ? ACTIVITY_STATUSES.filter((status) => status !== "draft") : [...ACTIVITY_STATUSES],
    organisations: orgs
      .map((o) => ({ code: o.code, label: o.acronym ?? o.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    clauses: [...new Set(clauses.map((c) => c.number))],
    years: years.sort((a, b) => b - a),
    countries: countries.sort(),
  };
}
