import "server-only";
import { recordAudit } from "@/db/audit";
import type { AuditAction, AuditEntry } from "@/db/audit";
import { AppError, ConflictError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { WorkflowActor } from "@/lib/workflow/activity";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export function actorOf(user: SessionUser): WorkflowActor {
  return { id: user.id, role: user.role, organisationId: user.organisation?.id ?? null };
}

export function auditActor(user: SessionUser | null): AuditEntry["actor"] {
  return user ? { userId: user.id, organisationId: user.organisation?.id ?? null } : null;
}

/** An event in an activity's own history, written inside the change's transaction. */
export function activityEvent(
  user: SessionUser,
  activityId: string,
  action: AuditAction,
  change: { before?: unknown; after?: unknown },
): AuditEntry {
  return { actor: auditActor(user), entityType: "activity", entityId: activityId, activityId, action, ...change };
}

/** An event about a record outside any activity (an organisation, a plan edition): before and after. */
export function recordEvent(
  user: SessionUser,
  entityType: AuditEntry["entityType"],
  entityId: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): AuditEntry {
  return { actor: auditActor(user), entityType, entityId, action, before, after };
}

/** What a request tried to change: the entity, and the action as the caller named it. */
export type Subject = Pick<AuditEntry, "entityType" | "entityId" | "activityId"> & { action: string };

/**
 * Records that a request was refused; outside any transaction, so the refusal survives its
 * rollback. What the client sent is not stored as it came: an id that is not a UUID and an
 * action that is not a word become "invalid", so nobody can write text into the trail.
 * Refusals stay out of activities' histories (activityId null): the trail is for audit.
 */
export async function recordRefusal(user: SessionUser | null, subject: Subject, reason: string): Promise<void> {
  const db = await getDatabase();
  // The subject is what the caller sent (a signed-out script included): only known shapes are kept.
  const { entityId: id, action } = subject as { entityId: unknown; action: unknown };
  const entityId = isUuid(id) || id === "new" || id === "self" ? id : "invalid";
  const attempted = typeof action === "string" && /^[a-z_]{1,40}$/.test(action) ? action : "invalid";
  await recordAudit(db, [
    {
      actor: auditActor(user),
      entityType: subject.entityType,
      entityId,
      action: "refused",
      after: { attempted, reason },
    },
  ]);
}

/** A refusal: the user may not do this, or may not see the entry. Conflicts and bad input are not. */
export function isRefusal(error: unknown): error is AppError {
  return error instanceof AppError && !(error instanceof ConflictError) && error.code !== "invalid";
}

// Refusals already written to the trail, so that the request boundary does not write them twice.
const audited = new WeakSet<object>();

export function refusalAudited(error: AppError): boolean {
  return audited.has(error);
}

/**
 * Runs a change; a refusal (forbidden, not found) is audited before it reaches the caller.
 * A conflict is not a refusal: two people raced, and the loser is told who won.
 */
export async function auditingRefusals<T>(user: SessionUser, subject: Subject, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isRefusal(error) && !audited.has(error)) {
      await recordRefusal(user, subject, error.code);
      audited.add(error);
    }
    throw error;
  }
}
