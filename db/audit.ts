import type { Database } from "./client";
import { auditEvents } from "./schema";

type Executor = Pick<Database, "insert">;

export interface AuditEntry {
  actor: { userId: string; organisationId: string | null } | null;
  entityType:
    | "activity"
    | "organisation"
    | "plan_edition"
    | "plan_clause"
    | "user"
    | "report"
    | "attachment"
    | "note"
    | "setting";
  entityId: string;
  /** The activity whose history shows the event. */
  activityId?: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Writes audit events; call it inside the transaction of the change it records. */
export async function recordAudit(db: Executor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditEvents).values(
    entries.map((entry) => ({
      actorUserId: entry.actor?.userId ?? null,
      actorOrganisationId: entry.actor?.organisationId ?? null,
      entityType: entry.entityType,
      entityId: entry.entityId,
      activityId: entry.activityId ?? null,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
