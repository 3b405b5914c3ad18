import type { ActivityAction } from "@/lib/workflow/activity";
import type { ReportAction } from "@/lib/workflow/report";
import type { Database } from "./client";
import { auditEvents } from "./schema";

type Executor = Pick<Database, "insert">;

export interface AuditEntry {
  actor: { userId: string; organisationId: string | null } | null;
  entityType:
    | "activity"
    | "organisation"
    | "plan_framework"
    | "plan_edition"
    | "plan_clause"
    | "series"
    | "user"
    | "report"
    | "attachment"
    | "note"
    | "setting";
  entityId: string;
  /** The activity whose history shows the event. */
  activityId?: string | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

/**
 * Every kind of event the trail holds: a typo here is a type error, not a new kind of event
 * that reviews of the trail would miss.
 */
export type AuditAction =
  | ActivityAction
  | ReportAction
  | "create"
  | "refused"
  | "forged"
  | "seed"
  | "attach"
  | "set_iati_publication"
  | "set_iati_identifier"
  | "retire"
  | "reinstate"
  // Plans: which clause of the previous edition a clause continues
  | "set_continuations"
  // Background Notes
  | "edit_part"
  | "restore_part"
  | "leave_out"
  | "include"
  | "regenerate"
  | "delete"
  | "publish"
  | "unpublish"
  // Accounts: administration, one's own security, signing in
  | "invite"
  | "change_role"
  | "deactivate"
  | "reactivate"
  | "force_password_reset"
  | "renew_invitation"
  | "accept_invitation"
  | "reset_password"
  | "password_reset_requested"
  | "change_password"
  | "enable_mfa"
  | "disable_mfa"
  | "renew_recovery_codes"
  | "sign_out_elsewhere"
  | "step_up_failed"
  | "step_up_refused_throttled"
  | "renew_calendar_feed"
  | "revoke_calendar_feed"
  | "create_api_token"
  | "revoke_api_token"
  | "set_mfa_required_roles"
  | "sign_in"
  | "sign_out"
  | "sign_in_failed"
  | "sign_in_throttled"
  | "sign_in_refused_throttled"
  | "sign_in_unlocked";

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
