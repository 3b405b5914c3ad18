import "server-only";
import { and, eq, notExists, sql } from "drizzle-orm";
import { activities, activityOrganisations, auditEvents, organisations, reports } from "@/db/schema";
import type { Database } from "@/db/client";
import type { Tx } from "./activity-state";

export interface OwingReport {
  activityId: string;
  title: string;
  organisationId: string;
  organisation: string;
  completedAt: Date;
}

/**
 * Involved UN entities without a report on activities marked completed in the app, with
 * when that was (the note's own record predates reports, so it owes none). Oldest first.
 * The dashboard lists them; the daily job reminds them.
 */
export async function owingReports(db: Database | Tx, limit?: number): Promise<OwingReport[]> {
  const completedAt = sql<Date>`max(${auditEvents.occurredAt})`.mapWith((v: string | Date) => new Date(v));
  const query = db
    .select({
      activityId: activities.id,
      title: activities.title,
      organisationId: organisations.id,
      organisation: sql<string>`coalesce(${organisations.acronym}, ${organisations.name})`,
      completedAt,
    })
    .from(activities)
    .innerJoin(auditEvents, and(eq(auditEvents.activityId, activities.id), eq(auditEvents.action, "complete")))
    .innerJoin(activityOrganisations, eq(activityOrganisations.activityId, activities.id))
    .innerJoin(
      organisations,
      and(eq(organisations.id, activityOrganisations.organisationId), eq(organisations.kind, "un_entity")),
    )
    .where(
      and(
        eq(activities.status, "completed"),
        notExists(
          db
            .select({ one: sql`1` })
            .from(reports)
            .where(and(eq(reports.activityId, activities.id), eq(reports.organisationId, organisations.id))),
        ),
      ),
    )
    .groupBy(activities.id, activities.title, organisations.id, organisations.acronym, organisations.name)
    .orderBy(completedAt);
  return limit ? query.limit(limit) : query;
}
