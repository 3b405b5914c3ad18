import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { apiTokens, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { apiTokenSchema } from "@/lib/validation/api-token";
import { auditActor } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import { loadActiveUser, type SessionUser } from "@/lib/dal/accounts/session-user";
import { mfaRequiredRolesSetting } from "@/lib/dal/admin/settings";

// Personal API tokens (db/schema/api.ts): made and revoked by their owner on the account
// page, each audited; the token is returned once and only its hash is kept.

const PREFIX = "aut_";
const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const DAY = 24 * 60 * 60 * 1000;

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** Makes a token for the user; the token itself is in the answer and nowhere else, ever. */
export async function createApiToken(user: SessionUser, input: unknown, now = new Date()) {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const subject = { entityType: "user" as const, entityId: user.id, action: "create_api_token" as const };
  return mutate({ user, subject, capability: "activity:read" }, async (tx, effects) => {
    const { name, expiresInDays } = apiTokenSchema.parse(input);
    const expiresAt = new Date(now.getTime() + expiresInDays * DAY);
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: user.id, name, tokenHash: hash(token), createdAt: now, expiresAt })
      .returning({ id: apiTokens.id });
    effects.audit({
      actor: auditActor(user),
      ...subject,
      after: { tokenId: row!.id, name, expiresAt: expiresAt.toISOString() },
    });
    return { id: row!.id, token, expiresAt };
  });
}

/** The user's own tokens, newest first: never their hashes. */
export async function listApiTokens(user: SessionUser): Promise<ApiTokenSummary[]> {
  const db = await getDatabase();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, user.id))
    .orderBy(desc(apiTokens.createdAt))
    .limit(50);
}

/** Revokes one of the user's own tokens; someone else's is not found. */
export async function revokeApiToken(user: SessionUser, id: string): Promise<void> {
  const subject = { entityType: "user" as const, entityId: user.id, action: "revoke_api_token" as const };
  await mutate({ user, subject }, async (tx, effects) => {
    if (!isUuid(id)) throw new AppError("not_found", "api_token");
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning({ name: apiTokens.name });
    if (revoked.length === 0) throw new AppError("not_found", "api_token");
    effects.audit({ actor: auditActor(user), ...subject, after: { tokenId: id, name: revoked[0]!.name } });
  });
}

/**
 * The active user a token stands for, with the token's id (the rate limit's key), or null for
 * a wrong, revoked or expired token, or while the user's role must use two-step verification
 * and they have not set it up (as for calendar feeds).
 */
export async function callerForApiToken(token: string, now = new Date()) {
  if (!token.startsWith(PREFIX) || !/^[A-Za-z0-9_-]{20,80}$/.test(token)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select({ id: apiTokens.id, userId: users.id, role: users.role, mfaEnabledAt: users.mfaEnabledAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hash(token)),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, now),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  if (!row.mfaEnabledAt && (await mfaRequiredRolesSetting()).includes(row.role)) return null;
  const user = await loadActiveUser(row.userId);
  if (!user) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return { tokenId: row.id, user };
}
