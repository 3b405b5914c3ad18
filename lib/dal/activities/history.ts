import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { auditEvents, organisations, users } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import { assertCan } from "@/lib/dal/access";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface HistoryEvent {
  id: number;
  at: Date;
  actor: string;
  organisation: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Every event of an activity, its reports and attachments, oldest first: one query. */
export async function getActivityHistory(user: SessionUser, activityId: string): Promise<HistoryEvent[]> {
  assertCan(user, "activity:read");
  if (!isUuid(activityId)) return [];
  const db = await getDatabase();
  const actorOrg = alias(organisations, "actor_org");
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.occurredAt,
      actor: users.name,
      organisation: actorOrg.acronym,
      organisationName: actorOrg.name,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(actorOrg, eq(actorOrg.id, auditEvents.actorOrganisationId))
    .where(eq(auditEvents.activityId, activityId))
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id));
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor ?? "The record (seed)",
    organisation: row.organisation ?? row.organisationName ?? null,
    action: row.action,
    before: (row.before as Record<string, unknown> | null) ?? null,
    after: (row.after as Record<string, unknown> | null) ?? null,
  }));
}
