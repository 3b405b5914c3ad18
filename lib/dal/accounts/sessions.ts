import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { appSettings, organisations, userSessions, users } from "@/db/schema";
import { MFA_REQUIRED_ROLES_KEY, mfaRequiredRoles } from "@/lib/auth/mfa-policy";
import { isUuid } from "@/lib/ids";
import { getDatabase } from "@/lib/dal/db";
import type { Tx } from "@/lib/dal/db";
import { SESSION_USER_COLUMNS, toSessionUser, type SessionUser } from "@/lib/dal/accounts/session-user";
import { env } from "@/lib/env";

// Sessions end after 8 hours whatever happens, and after 30 minutes without a request.
const ABSOLUTE_LIMIT_MS = 8 * 60 * 60_000;
const IDLE_LIMIT_MS = 30 * 60_000;
// last_seen_at is written at most once a minute, not on every request.
const SEEN_PRECISION_MS = 60_000;

export type SessionEndReason =
  "sign_out" | "expired" | "deactivated" | "role_changed" | "password_changed" | "reset_forced" | "mfa_changed";

/** Past 8 hours since sign-in, or 30 minutes since the last request. */
export function hasLapsed(session: { createdAt: Date; lastSeenAt: Date }, now: Date): boolean {
  const at = now.getTime();
  return at - session.createdAt.getTime() >= ABSOLUTE_LIMIT_MS || at - session.lastSeenAt.getTime() >= IDLE_LIMIT_MS;
}

export interface ActiveSession {
  sessionId: string;
  user: SessionUser;
  /** The user's role must use two-step verification and they have not set it up yet. */
  mustEnrolMfa: boolean;
}

/** A new session after a successful sign-in, audited with the address it came from. */
export async function startSession(userId: string, now = new Date(), clientAddress = "unknown"): Promise<string> {
  const db = await getDatabase();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(userSessions)
      .values({ userId, createdAt: now, lastSeenAt: now })
      .returning({ id: userSessions.id });
    await recordAudit(tx, [
      {
        actor: { userId, organisationId: null },
        entityType: "user",
        entityId: userId,
        action: "sign_in",
        after: { session: row!.id, clientAddress },
      },
    ]);
    return row!.id;
  });
}

/** The session behind a cookie, with its user read afresh, or null once it has ended. */
export async function resolveSession(sessionId: string, now = new Date()): Promise<ActiveSession | null> {
  if (!isUuid(sessionId)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select({
      ...SESSION_USER_COLUMNS,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      mfaEnabledAt: users.mfaEnabledAt,
      requiredRoles: appSettings.value,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(appSettings, eq(appSettings.key, MFA_REQUIRED_ROLES_KEY))
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt), eq(users.active, true)));
  if (!row) return null;
  const { createdAt, lastSeenAt, mfaEnabledAt, requiredRoles, ...userRow } = row;
  const user = toSessionUser(userRow);
  if (hasLapsed({ createdAt, lastSeenAt }, now)) {
    await db
      .update(userSessions)
      .set({ endedAt: now, endReason: "expired" })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
    return null;
  }
  if (now.getTime() - lastSeenAt.getTime() >= SEEN_PRECISION_MS) {
    await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, sessionId));
  }
  const production = env().NODE_ENV === "production";
  return {
    sessionId,
    user,
    mustEnrolMfa: !mfaEnabledAt && mfaRequiredRoles(requiredRoles, production).includes(user.role),
  };
}

/** Sign-out: this session ends; a copy of its cookie is worth nothing from now on. */
export async function endSession(sessionId: string, now = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  const db = await getDatabase();
  const ended = await db
    .update(userSessions)
    .set({ endedAt: now, endReason: "sign_out" })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .returning({ userId: userSessions.userId });
  if (ended[0]) {
    await recordAudit(db, [
      {
        actor: { userId: ended[0].userId, organisationId: null },
        entityType: "user",
        entityId: ended[0].userId,
        action: "sign_out",
      },
    ]);
  }
}

/** Ends a user's sessions (all, or all but the one making the change), inside the change's transaction. */
export async function endSessionsOf(tx: Tx, userId: string, reason: SessionEndReason, keep?: string): Promise<void> {
  await tx
    .update(userSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(
      and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), keep ? ne(userSessions.id, keep) : undefined),
    );
}
