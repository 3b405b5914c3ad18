import "server-only";
import { and, eq, max, notExists, sql } from "drizzle-orm";
import { activities, activityOrganisations, auditEvents, organisations, reportReminders, reports } from "@/db/schema";
import { getDatabase } from "./db";
import { notify } from "./notify";

const DAY = 86_400_000;
// Instances running the daily job together take turns; the unique reminder row does the rest.
const REMINDER_LOCK = 7_246_003;

/**
 * Reminds the focal points of involved UN entities that have not reported: 14 days after an
 * activity was completed (due) and 30 days after (overdue), each once, ever.
 */
export async function runReminders(now = new Date()): Promise<{ due: number; overdue: number }> {
  const db = await getDatabase();
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${REMINDER_LOCK})`);
    const completedAt = max(auditEvents.occurredAt);
    const owing = await tx
      .select({ activityId: activities.id, organisationId: organisations.id, completedAt })
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
            tx
              .select({ one: sql`1` })
              .from(reports)
              .where(and(eq(reports.activityId, activities.id), eq(reports.organisationId, organisations.id))),
          ),
        ),
      )
      .groupBy(activities.id, organisations.id);
    const sent = { due: 0, overdue: 0 };
    for (const row of owing) {
      const age = now.getTime() - new Date(row.completedAt!).getTime();
      const kind = age >= 30 * DAY ? "overdue" : age >= 14 * DAY ? "due" : null;
      if (!kind) continue;
      const inserted = await tx
        .insert(reportReminders)
        .values({ activityId: row.activityId, organisationId: row.organisationId, kind })
        .onConflictDoNothing()
        .returning({ kind: reportReminders.kind });
      if (inserted.length === 0) continue;
      await notify(tx, {
        kind: kind === "due" ? "report_due" : "report_overdue",
        activityId: row.activityId,
        actorId: null,
        organisationId: row.organisationId,
      });
      sent[kind]++;
    }
    return sent;
  });
}
