import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { reports } from "@/db/schema";
import type { ReportState } from "@/lib/domain";
import { AppError, ConflictError } from "@/lib/errors";
import { isReportEligible, mayTakeReportAction, type ReportAction, type ReportFacts } from "@/lib/workflow/report";
import { loadCurrentActivity, lockActivity } from "@/lib/dal/activities/state";
import { actorOf } from "@/lib/dal/audit-trail";
import type { Tx } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

// The steps every guarded change of a completion report takes inside mutate()'s transaction,
// written once for its submission and its review: lock the activity's row (a report's
// rules read the activity's state), ask the report workflow table, compare the version, then
// one conditional UPDATE that bumps it. The activity's versioned write is its twin.

/** The report as the workflow table and the version check read it; none before a first submission. */
export interface StoredReport {
  id: string;
  state: ReportState;
  authorId: string | null;
  version: number;
  updatedAt: Date;
}

/**
 * Locks the activity (shared, or for update when the change moves what the activity publishes)
 * and lets the request through only if the report table allows it now. Someone who may never
 * take the action is refused (and audited) whatever version they send; an eligible user with an
 * old version is told the report changed.
 */
export async function allowedReport(
  tx: Tx,
  user: SessionUser,
  target: { activityId: string; organisationId: string; report: StoredReport | null; lock: "share" | "update" },
  action: ReportAction,
  expectedVersion: number,
): Promise<ReportFacts> {
  await lockActivity(tx, target.activityId, target.lock);
  const activity = await loadCurrentActivity(tx, target.activityId);
  if (!activity) throw new AppError("not_found", "activity");
  const facts: ReportFacts = {
    activityStatus: activity.status,
    involvedOrganisationIds: activity.involvedOrganisationIds,
    organisationId: target.organisationId,
    state: target.report?.state ?? null,
    authorId: target.report?.authorId ?? null,
  };
  const actor = actorOf(user);
  if (!isReportEligible(actor, facts, action)) throw new AppError("forbidden", `report:${action}`);
  if ((target.report?.version ?? 0) !== expectedVersion) {
    throw new ConflictError(null, target.report?.updatedAt ?? new Date());
  }
  if (!mayTakeReportAction(actor, facts, action)) throw new AppError("forbidden", `report:${action}`);
  return facts;
}

/** Writes the change on the version and in the state it was allowed in; a report that moved on meanwhile is a conflict. */
export async function updateReportAtVersion(
  tx: Tx,
  report: Pick<StoredReport, "id" | "state" | "version">,
  change: Partial<typeof reports.$inferInsert>,
): Promise<void> {
  const updated = await tx
    .update(reports)
    .set({ ...change, version: sql`${reports.version} + 1` })
    .where(and(eq(reports.id, report.id), eq(reports.state, report.state), eq(reports.version, report.version)))
    .returning({ id: reports.id });
  if (updated.length === 0) throw new ConflictError(null, new Date());
}
