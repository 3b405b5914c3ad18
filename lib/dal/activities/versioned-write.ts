import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { activities } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isEligible, mayTakeActivityAction, type ActivityAction } from "@/lib/workflow/activity";
import { conflictFor, loadCurrentActivity, lockActivity, type CurrentActivity } from "@/lib/dal/activities/state";
import { actorOf } from "@/lib/dal/audit-trail";
import type { Tx } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

// The steps every guarded change of an activity takes inside mutate()'s transaction, written
// once for the edit, the workflow's transitions and the rescheduling: lock the row, ask the
// workflow table, compare the version, then one conditional UPDATE that bumps it.

/**
 * Locks the activity and lets the request through only if the workflow table allows it now.
 * Someone who may never take the action is refused (and audited) whatever version they send;
 * an eligible user with an old version is told who changed it since.
 */
export async function allowedCurrent(
  tx: Tx,
  user: SessionUser,
  id: string,
  action: ActivityAction,
  expectedVersion: number,
): Promise<CurrentActivity> {
  await lockActivity(tx, id, "update");
  const current = await loadCurrentActivity(tx, id);
  if (!current) throw new AppError("not_found", "activity");
  const actor = actorOf(user);
  if (!isEligible(actor, current, action)) throw new AppError("forbidden", `activity:${action}`);
  if (current.version !== expectedVersion) throw await conflictFor(tx, id);
  if (!mayTakeActivityAction(actor, current, action)) throw new AppError("forbidden", `activity:${action}`);
  return current;
}

/**
 * Writes the change on the version and in the state it was allowed in, as the user, and
 * returns the new version. A row that moved on meanwhile matches nothing: a conflict.
 */
export async function updateAtVersion(
  tx: Tx,
  user: SessionUser,
  current: Pick<CurrentActivity, "id" | "version" | "status" | "reviewState">,
  change: Partial<typeof activities.$inferInsert>,
): Promise<number> {
  const updated = await tx
    .update(activities)
    .set({ ...change, version: sql`${activities.version} + 1`, updatedAt: new Date(), updatedById: user.id })
    .where(
      and(
        eq(activities.id, current.id),
        eq(activities.version, current.version),
        eq(activities.status, current.status),
        eq(activities.reviewState, current.reviewState),
      ),
    )
    .returning({ version: activities.version });
  if (updated.length === 0) throw await conflictFor(tx, current.id);
  return updated[0]!.version;
}
