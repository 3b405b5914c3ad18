import "server-only";
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  activities,
  activityClauses,
  activityOrganisations,
  activityThemes,
  organisations,
  planClauses,
  reportAttachments,
} from "@/db/schema";
import { dateAsGiven } from "@/lib/dates";
import type { InvolvementRole, Theme } from "@/lib/domain";
import type { CsvActivity } from "@/lib/exports/csv";
import type { IatiActivity } from "@/lib/exports/iati";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "./access";
import { conditions, ordering } from "./activity-list";
import { DATE_COLUMNS, type Tx } from "./activity-state";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";

const BATCH = 1000;

type Db = Awaited<ReturnType<typeof getDatabase>>;

/** The reference a CSV row carries: the activity's own external reference, else app:<id>. */
export const csvReference = (id: string, externalRef: string | null) => externalRef ?? `app:${id}`;

/** The ids of the activities matching the filters, in the list's order, a batch at a time. */
async function* pagedIds(db: Db, filters: Partial<ActivityFilters>): AsyncGenerator<string[]> {
  const where = conditions(db, filters);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await db
      .select({ id: activities.id })
      .from(activities)
      .where(where)
      .orderBy(...ordering({ sort: filters.q ? "relevance" : "date", ...filters }))
      .limit(BATCH)
      .offset(offset);
    if (rows.length > 0) yield rows.map((r) => r.id);
    if (rows.length < BATCH) return;
  }
}

/** The columns of an activity's dates (as given) and place, for flat selects. */
export const WHEN_AND_WHERE = {
  startDate: activities.startDate,
  startPrecision: activities.startPrecision,
  endDate: activities.endDate,
  endPrecision: activities.endPrecision,
  city: activities.city,
  countryCode: activities.countryCode,
};

/** An activity id column of some table, narrowed to the activities wanted. */
export type ActivityScope = (activityId: AnyPgColumn) => SQL;

export type RelatedOrganisation = Pick<typeof organisations.$inferSelect, "code" | "name" | "acronym" | "kind"> & {
  role: InvolvementRole;
};

const aggregate = (column: AnyPgColumn, ...order: AnyPgColumn[]) =>
  sql<string[]>`array_agg(${column}::text ORDER BY ${sql.join(order, sql`, `)})`;

/**
 * The organisations (lead first), themes and clauses of many activities: one row per
 * activity and relation, aggregated with GROUP BY, and the few organisations and clauses
 * looked up in memory. Relational queries build a JSON aggregate per activity in correlated
 * subqueries, repeating every organisation's name and clause's text: for 20,000
 * activities that cost PostgreSQL over a second (and its JIT compiler), and Node as much
 * again to map 100,000 rows.
 */
export async function activityRelations(db: Db | Tx, scope: ActivityScope) {
  const [orgRows, themeRows, clauseRows, orgs, clauses] = await Promise.all([
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
    db
      .select({
        activityId: activityClauses.activityId,
        ids: aggregate(activityClauses.clauseId, activityClauses.clauseId),
        primary: sql<
          string | null
        >`(array_agg(${activityClauses.clauseId}::text) FILTER (WHERE ${activityClauses.isPrimary}))[1]`,
      })
      .from(activityClauses)
      .where(scope(activityClauses.activityId))
      .groupBy(activityClauses.activityId),
    db
      .select({
        id: organisations.id,
        code: organisations.code,
        name: organisations.name,
        acronym: organisations.acronym,
        kind: organisations.kind,
      })
      .from(organisations),
    db
      .select({
        id: planClauses.id,
        number: planClauses.number,
        position: planClauses.position,
        text: planClauses.text,
      })
      .from(planClauses),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  const orgsOf = new Map(
    orgRows.map((r) => [
      r.activityId,
      r.ids.map((id, i) => ({ ...orgById.get(id)!, role: r.roles[i] as InvolvementRole })),
    ]),
  );
  const themesOf = new Map(themeRows.map((r) => [r.activityId, r.themes as Theme[]]));
  const clausesOf = new Map(
    clauseRows.map((r) => [
      r.activityId,
      r.ids
        .map((id) => ({ ...clauseById.get(id)!, isPrimary: id === r.primary }))
        .sort((a, b) => a.position - b.position),
    ]),
  );
  return {
    organisations: (id: string): RelatedOrganisation[] => orgsOf.get(id) ?? [],
    themes: (id: string): Theme[] => themesOf.get(id) ?? [],
    /** In the Plan's order. */
    clauses: (id: string) => clausesOf.get(id) ?? [],
  };
}

/**
 * Every activity matching the filters as CSV rows, a thousand at a time: memory holds one
 * batch whatever the number of rows. Five flat queries a batch.
 */
export async function* exportActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
): AsyncGenerator<CsvActivity[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  for await (const ids of pagedIds(db, filters)) {
    const scope: ActivityScope = (column) => inArray(column, ids);
    const [rows, relations] = await Promise.all([
      db
        .select({
          id: activities.id,
          externalRef: activities.externalRef,
          title: activities.title,
          summary: activities.summary,
          type: activities.type,
          status: activities.status,
          ...WHEN_AND_WHERE,
          expectedParticipants: activities.expectedParticipants,
          lead: organisations.code,
        })
        .from(activities)
        .innerJoin(organisations, eq(organisations.id, activities.leadOrganisationId))
        .where(scope(activities.id)),
      activityRelations(db, scope),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield ids.map((id) => {
      const row = byId.get(id)!;
      return {
        reference: csvReference(row.id, row.externalRef),
        title: row.title,
        summary: row.summary,
        type: row.type,
        status: row.status,
        start: dateAsGiven(row.startDate, row.startPrecision),
        end: dateAsGiven(row.endDate, row.endPrecision),
        city: row.city,
        countryCode: row.countryCode,
        expectedParticipants: row.expectedParticipants,
        lead: row.lead,
        involved: relations
          .organisations(id)
          .filter((o) => o.role !== "lead")
          .map((o) => ({ code: o.code, role: o.role }))
          // Codes are ASCII: a plain comparison, not ICU's localeCompare (slow over 20,000 rows).
          .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
        themes: [...relations.themes(id)].sort(),
        clauses: relations
          .clauses(id)
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.position - b.position)
          .map((c) => c.number),
      };
    });
  }
}

/** Every activity matching the filters as IATI activities, a thousand at a time. */
export async function* iatiActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
): AsyncGenerator<IatiActivity[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  for await (const ids of pagedIds(db, filters)) {
    const rows = await db.query.activities.findMany({
      columns: {
        id: true,
        title: true,
        summary: true,
        status: true,
        ...DATE_COLUMNS,
        countryCode: true,
        updatedAt: true,
      },
      with: {
        organisations: {
          columns: { role: true },
          with: { organisation: { columns: { name: true, kind: true, iatiIdentifier: true } } },
        },
        clauses: {
          columns: { isPrimary: true },
          with: { clause: { columns: { number: true, text: true, position: true } } },
        },
        reports: {
          columns: { state: true },
          with: {
            attachments: {
              columns: { id: true, fileName: true, mediaType: true },
              where: eq(reportAttachments.isPublic, true),
            },
          },
        },
      },
      where: inArray(activities.id, ids),
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield ids.map((id) => {
      const row = byId.get(id)!;
      return {
        id: row.id,
        title: row.title,
        summary: row.summary,
        status: row.status,
        reportApproved: row.reports.some((r) => r.state === "approved"),
        start: dateAsGiven(row.startDate, row.startPrecision),
        end: dateAsGiven(row.endDate, row.endPrecision),
        countryCode: row.countryCode,
        updatedAt: row.updatedAt,
        organisations: row.organisations
          .map((o) => ({
            name: o.organisation.name,
            kind: o.organisation.kind,
            iatiRef: o.organisation.iatiIdentifier,
            role: o.role,
          }))
          .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)),
        clauses: row.clauses
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.clause.position - b.clause.position)
          .map((c) => ({ number: c.clause.number, text: c.clause.text })),
        documents: row.reports.filter((r) => r.state === "approved").flatMap((r) => r.attachments),
      };
    });
  }
}

const ROLE_ORDER = ["lead", "co_organiser", "supporting", "participant"];
