import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { organisations, users } from "@/db/schema";
import { spendVerificationTime, verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/domain";
import { isUuid } from "@/lib/ids";
import { getDatabase } from "./db";
import { isLocked, recordFailure, SignInLockedError } from "./sign-in-limits";

// Who is acting. Everything else in the data layer takes one of these and checks it.
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisation: { id: string; code: string; name: string; acronym: string | null } | null;
}

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/**
 * The user behind a session, read afresh on every request: a deactivated user, or one
 * whose session version moved on (sign-out everywhere, role change), gets null.
 */
export async function resolveSessionUser(claims: SessionClaims): Promise<SessionUser | null> {
  if (!isUuid(claims.userId)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      orgId: organisations.id,
      orgCode: organisations.code,
      orgName: organisations.name,
      orgAcronym: organisations.acronym,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, claims.userId), eq(users.active, true), eq(users.sessionVersion, claims.sessionVersion)));
  if (!row) return null;
  const { orgId, orgCode, orgName, orgAcronym, ...user } = row;
  const organisation =
    orgId && orgCode && orgName ? { id: orgId, code: orgCode, name: orgName, acronym: orgAcronym } : null;
  return { ...user, organisation };
}

/**
 * Checks an email and password; the same null for an unknown email and a wrong password.
 * Throws SignInLockedError while the email or the client address is locked out.
 */
export async function verifyCredentials(
  email: string,
  password: string,
  clientAddress = "unknown",
  now = new Date(),
): Promise<SessionClaims | null> {
  const address = email.toLowerCase();
  if (await isLocked(address, clientAddress, now)) {
    await recordFailure(address, clientAddress, now, true);
    throw new SignInLockedError();
  }
  const db = await getDatabase();
  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`lower(${users.email}) = ${address}`);
  let verified = false;
  if (user) verified = await verifyPassword(user.hash, password);
  else await spendVerificationTime(password);
  if (!user || !verified || !user.active) {
    await recordFailure(address, clientAddress, now, false);
    return null;
  }
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
