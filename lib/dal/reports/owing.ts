import "server-only";
import { and, eq, inArray, ne, notExists, sql } from "drizzle-orm";
import { activities, activityOrganisations, auditEvents, organisations, reports } from "@/db/schema";
import { dateAsGiven, lastDayOf, type DateAsGiven } from "@/lib/dates";
import { reportDue, type ReportDue } from "@/lib/reports-due";
import { DATE_FIELDS } from "@/lib/dal/activities/state";
import type { Executor } from "@/lib/dal/db";

export interface OwingReport extends ReportDue {
  activityId: string;
  title: string;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  organisationId: string;
  organisation: string;
}

/**
 * The one list of reports due, read by the dashboard, the queue and the reminders: each UN
 * entity that organised or supported a completed activity (lib/reports-due.ts) and has not
 * reported on it. It counts as completed on the day someone marked it so in the app, else
 * (entries recorded as completed, like the note's) on its last day, else the day it was
 * recorded. Oldest first.
 */
export async function owingReports(
  db: Executor,
  options: { now?: Date; organisationId?: string; limit?: number } = {},
): Promise<OwingReport[]> {
  const { now = new Date(), organisationId, limit } = options;
  const markedCompleted = db
    .select({ at: sql`max(${auditEvents.occurredAt})` })
    .from(auditEvents)
    .where(and(eq(auditEvents.activityId, activities.id), eq(auditEvents.action, "complete")));
  const query = db
    .select({
      activityId: activities.id,
      title: activities.title,
      organisationId: organisations.id,
      organisation: sql<string>`coalesce(${organisations.acronym}, ${organisations.name})`,
      markedOn: sql<string | null>`to_char((${markedCompleted}) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
      recordedOn: sql<string>`to_char(${activities.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
      ...DATE_FIELDS,
    })
    .from(activities)
    .innerJoin(
      activityOrganisations,
      and(eq(activityOrganisations.activityId, activities.id), ne(activityOrganisations.role, "participant")),
    )
    .innerJoin(
      organisations,
      and(eq(organisations.id, activityOrganisations.organisationId), eq(organisations.kind, "un_entity")),
    )
    .where(
      and(
        eq(activities.status, "completed"),
        organisationId ? inArray(organisations.id, [organisationId]) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(reports)
            .where(and(eq(reports.activityId, activities.id), eq(reports.organisationId, organisations.id))),
        ),
      ),
    )
    // Oldest first in the database (by the period's first day), so a limit reads only what it shows.
    .orderBy(
      sql`coalesce((${markedCompleted}), coalesce(${activities.endDate}, ${activities.startDate})::timestamptz, ${activities.createdAt})`,
      activities.title,
    );
  const rows = await (limit ? query.limit(limit) : query);
  const owing = rows
    .map((r) => {
      const start = dateAsGiven(r.startDate, r.startPrecision);
      const end = dateAsGiven(r.endDate, r.endPrecision);
      const completedOn = r.markedOn ?? lastDayOf(start, end) ?? r.recordedOn;
      return {
        activityId: r.activityId,
        title: r.title,
        start,
        end,
        organisationId: r.organisationId,
        organisation: r.organisation,
        ...reportDue(completedOn, now),
      };
    })
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.title.localeCompare(b.title));
  return owing;
}
