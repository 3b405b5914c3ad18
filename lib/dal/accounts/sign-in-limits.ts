import "server-only";
import type { ThrottledAccount } from "@/lib/dal/accounts/types";
import { and, eq, gt, inArray, like, or, sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { signInThrottles, users } from "@/db/schema";
import {
  ADDRESS_MAX_FAILURES,
  countAttempt,
  MAX_FAILURES,
  minutesUntil,
  RESET_MAX_REQUESTS,
  type ThrottleState,
} from "@/lib/auth/throttle-policy";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { assertCan } from "@/lib/dal/access";
import { auditActor } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

// Sign-in throttles by key (db/schema/sign-in.ts, policy in lib/auth/throttle-policy.ts).
// An attempt is counted on all its keys in one transaction holding their rows locked, before
// its password is hashed: N attempts in parallel count N, and the ones past the limit are
// refused unchecked. A successful attempt is taken back afterwards.

export class SignInLockedError extends Error {
  constructor(readonly minutes: number) {
    super(`Too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.name = "SignInLockedError";
  }
}

const limitOf = (key: string) =>
  key.startsWith("address:") ? ADDRESS_MAX_FAILURES : key.startsWith("reset:") ? RESET_MAX_REQUESTS : MAX_FAILURES;

export const emailKey = (email: string) => `email:${email.toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
export const deviceKey = (deviceId: string) => `device:${deviceId}`;
/** Requests for a password reset link to one address: each sends an email, so few are allowed. */
export const resetKey = (email: string) => `reset:${email.toLowerCase()}`;
export const stepUpKey = (userId: string) => `step-up:${userId}`;
export const secondStepKey = (userId: string) => `second-step:${userId}`;

/**
 * Counts one attempt on every key, or refuses it (throwing SignInLockedError, counting
 * nothing) while any of them waits. Returns the keys this attempt put into a wait.
 */
export async function countSignInAttempt(keys: string[], now: Date): Promise<string[]> {
  const sorted = [...new Set(keys)].sort(); // one lock order for every attempt: no deadlocks
  const db = await getDatabase();
  const refusedUntil = await db.transaction(async (tx) => {
    await tx
      .insert(signInThrottles)
      .values(sorted.map((key) => ({ key, windowStartedAt: now })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(signInThrottles)
      .where(inArray(signInThrottles.key, sorted))
      .orderBy(signInThrottles.key)
      .for("update");
    const decisions = rows.map((row) => ({ key: row.key, decision: countAttempt(row, now, limitOf(row.key)) }));
    const refused = decisions.flatMap(({ decision }) => (decision.allowed ? [] : [decision.until]));
    if (refused.length > 0) return new Date(Math.max(...refused.map((d) => d.getTime())));
    for (const { key, decision } of decisions)
      if (decision.allowed) await tx.update(signInThrottles).set(decision.next).where(eq(signInThrottles.key, key));
    return decisions.filter(({ decision }) => decision.allowed && decision.throttledNow).map(({ key }) => key);
  });
  if (refusedUntil instanceof Date) throw new SignInLockedError(minutesUntil(refusedUntil, now));
  return refusedUntil;
}

/** Takes back an attempt that was not a wrong guess (it signed in, or only lacked its code). */
export async function takeBackSignInAttempt(keys: string[]): Promise<void> {
  const db = await getDatabase();
  await db
    .update(signInThrottles)
    .set({ failures: sql`greatest(${signInThrottles.failures} - 1, 0)` })
    .where(inArray(signInThrottles.key, keys));
}

/** The right password from an ordinary attempt: the email starts afresh. */
export async function clearSignInKey(key: string): Promise<void> {
  const db = await getDatabase();
  await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}

type SignInEvent = "sign_in_failed" | "sign_in_throttled" | "sign_in_refused_throttled";

/** Audits a failed, throttling or refused attempt; no actor, the email and address tried. */
export async function recordSignInEvent(action: SignInEvent, email: string, clientAddress: string, keys?: string[]) {
  const db = await getDatabase();
  await recordAudit(db, [
    { actor: null, entityType: "user", entityId: "sign-in", action, after: { email, clientAddress, keys } },
  ]);
}

/** Accounts whose email key counts failures now or waits, by user id: for the admin's list. */
export async function throttledAccounts(admin: SessionUser, now = new Date()): Promise<Map<string, ThrottledAccount>> {
  assertCan(admin, "user:manage");
  const db = await getDatabase();
  const rows = await db
    .select({ userId: users.id, failures: signInThrottles.failures, throttledUntil: signInThrottles.throttledUntil })
    .from(signInThrottles)
    .innerJoin(users, sql`${signInThrottles.key} = 'email:' || lower(${users.email})`)
    .where(
      and(
        like(signInThrottles.key, "email:%"),
        or(gt(signInThrottles.throttledUntil, now), gt(signInThrottles.failures, 0)),
      ),
    );
  return new Map(
    rows.map((r) => [
      r.userId,
      { failures: r.failures, throttledUntil: r.throttledUntil && r.throttledUntil > now ? r.throttledUntil : null },
    ]),
  );
}

/** Ends an account's sign-in throttle and its count of failures; audited with what it was. */
export async function unlockSignIn(admin: SessionUser, userId: string): Promise<void> {
  const subject = { entityType: "user" as const, entityId: userId, action: "sign_in_unlocked" as const };
  await mutate({ user: admin, subject, capability: "user:manage" }, async (tx, effects) => {
    if (!isUuid(userId)) throw new AppError("not_found", "user");
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) throw new AppError("not_found", "user");
    const [before] = await tx
      .delete(signInThrottles)
      .where(eq(signInThrottles.key, emailKey(user.email)))
      .returning();
    effects.audit({ actor: auditActor(admin), ...subject, before: before ? stateForAudit(before) : null, after: null });
  });
}

const stateForAudit = (state: ThrottleState) => ({
  failures: state.failures,
  throttledUntil: state.throttledUntil,
  throttles: state.throttles,
});
