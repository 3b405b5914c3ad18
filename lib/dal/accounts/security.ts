import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import QRCode from "qrcode";
import { recordAudit, type AuditAction } from "@/db/audit";
import { recoveryCodes, userSessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { open, seal } from "@/lib/auth/secret-box";
import { acceptedStep, newRecoveryCodes, newTotpSecret, totpUri } from "@/lib/auth/totp";
import { InvalidInputError } from "@/lib/errors";
import { reauthenticationSchema, totpCodeSchema } from "@/lib/validation/mfa";
import { changePasswordSchema } from "@/lib/validation/password";
import type { Tx } from "@/lib/dal/db";
import { auditActor } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { assertNotCommon } from "@/lib/dal/accounts/password-links";
import { mfaRequiredRolesSetting } from "@/lib/dal/admin/settings";
import { queueAccountEmail, securityNotice } from "@/lib/dal/accounts/mail";
import {
  countSignInAttempt,
  SignInLockedError,
  stepUpKey,
  takeBackSignInAttempt,
} from "@/lib/dal/accounts/sign-in-limits";
import { endSessionsOf, hasLapsed, type ActiveSession } from "@/lib/dal/accounts/sessions";

// The account holder's own security: password and two-step verification. These act on the
// caller's own row only, so they take the session, not a user id, and need no capability;
// they are open to a user who must still enrol (lib/auth/session.ts).

export interface SecurityOverview {
  mfaEnabled: boolean;
  mfaRequired: boolean;
  recoveryCodesLeft: number;
  passwordChangedAt: Date | null;
}

export async function securityOverview(session: ActiveSession): Promise<SecurityOverview> {
  const db = await getDatabase();
  const [row] = await db
    .select({ mfaEnabledAt: users.mfaEnabledAt, passwordChangedAt: users.passwordChangedAt })
    .from(users)
    .where(eq(users.id, session.user.id));
  const [codes] = await db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, session.user.id), isNull(recoveryCodes.usedAt)));
  return {
    mfaEnabled: Boolean(row?.mfaEnabledAt),
    mfaRequired: session.mustEnrolMfa || (await mfaRequiredFor(session)),
    recoveryCodesLeft: codes?.left ?? 0,
    passwordChangedAt: row?.passwordChangedAt ?? null,
  };
}

/** Needs the current password; every other session of the user ends. */
export async function changePassword(session: ActiveSession, input: unknown): Promise<void> {
  const { current, password } = changePasswordSchema.parse(input);
  const db = await getDatabase();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, session.user.id));
  await stepUp(session, "current", "This is not your current password.", async () =>
    Boolean(row?.hash && (await verifyPassword(row.hash, current))),
  );
  if (password === current)
    throw new InvalidInputError("Some fields need attention.", {
      password: "Choose a password you have not used here.",
    });
  assertNotCommon(password, session.user);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, session.user.id));
    await endSessionsOf(tx, session.user.id, "password_changed", session.sessionId);
    await queueAccountEmail(tx, securityNotice(session.user.id, "your password was changed"));
    await recordAudit(tx, [ownEvent(session, "change_password")]);
  });
}

/** A new secret to scan; it takes effect only once a code from it is confirmed. */
export async function startMfaEnrolment(
  session: ActiveSession,
): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const secret = newTotpSecret();
  const db = await getDatabase();
  const updated = await db
    .update(users)
    .set({ mfaSecret: seal(secret) })
    .where(and(eq(users.id, session.user.id), isNull(users.mfaEnabledAt)))
    .returning({ id: users.id });
  if (updated.length === 0) throw new InvalidInputError("Two-step verification is already on.");
  const uri = totpUri(secret, session.user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, uri, qrSvg };
}

/** Turns two-step verification on with a first code; returns ten recovery codes, shown once. */
export async function confirmMfaEnrolment(session: ActiveSession, input: unknown, now = new Date()): Promise<string[]> {
  const { code } = totpCodeSchema.parse(input);
  const db = await getDatabase();
  const [row] = await db
    .select({ secret: users.mfaSecret, enabledAt: users.mfaEnabledAt })
    .from(users)
    .where(eq(users.id, session.user.id));
  if (!row?.secret || row.enabledAt) throw new InvalidInputError("Start again: scan a new code.");
  const step = acceptedStep(open(row.secret), code, now, null);
  await stepUp(
    session,
    "code",
    "That code did not match. Check the time on your phone and try the next code.",
    async () => step !== null,
    now,
  );
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map(hashPassword));
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ mfaEnabledAt: now, mfaLastStep: step, updatedAt: sql`now()` })
      .where(eq(users.id, session.user.id));
    await replaceRecoveryCodes(tx, session.user.id, hashes);
    // A session opened with the password alone (perhaps by whoever made the user enable it) ends.
    await endSessionsOf(tx, session.user.id, "mfa_changed", session.sessionId);
    await queueAccountEmail(tx, securityNotice(session.user.id, "two-step verification was turned on"));
    await recordAudit(tx, [ownEvent(session, "enable_mfa")]);
  });
  return codes;
}

/** Ten new recovery codes (the old ones stop working); needs a current code. */
export async function renewRecoveryCodes(session: ActiveSession, input: unknown, now = new Date()): Promise<string[]> {
  const { code } = totpCodeSchema.parse(input);
  const db = await getDatabase();
  const [row] = await db
    .select({ secret: users.mfaSecret, enabledAt: users.mfaEnabledAt, lastStep: users.mfaLastStep })
    .from(users)
    .where(eq(users.id, session.user.id));
  if (!row?.secret || !row.enabledAt) throw new InvalidInputError("Turn two-step verification on first.");
  const step = acceptedStep(open(row.secret), code, now, row.lastStep);
  await stepUp(session, "code", "That code did not match.", async () => step !== null, now);
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map(hashPassword));
  await db.transaction(async (tx) => {
    await tx.update(users).set({ mfaLastStep: step }).where(eq(users.id, session.user.id));
    await replaceRecoveryCodes(tx, session.user.id, hashes);
    await queueAccountEmail(
      tx,
      securityNotice(session.user.id, "new recovery codes were made (the old ones no longer work)"),
    );
    await recordAudit(tx, [ownEvent(session, "renew_recovery_codes")]);
  });
  return codes;
}

/** Turns two-step verification off (needs the password); refused where the role requires it. */
export async function disableMfa(session: ActiveSession, input: unknown): Promise<void> {
  const { password } = reauthenticationSchema.parse(input);
  if (await mfaRequiredFor(session))
    throw new InvalidInputError("Your role must use two-step verification; it cannot be turned off.");
  await assertPassword(session, password);
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null, updatedAt: sql`now()` })
      .where(eq(users.id, session.user.id));
    await replaceRecoveryCodes(tx, session.user.id, []);
    await endSessionsOf(tx, session.user.id, "mfa_changed", session.sessionId);
    await queueAccountEmail(tx, securityNotice(session.user.id, "two-step verification was turned off"));
    await recordAudit(tx, [ownEvent(session, "disable_mfa")]);
  });
}

export interface OwnSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The user's open sessions, newest first, to see where they are signed in. */
export async function listOwnSessions(session: ActiveSession, now = new Date()): Promise<OwnSession[]> {
  const db = await getDatabase();
  const rows = await db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.userId, session.user.id), isNull(userSessions.endedAt)))
    .orderBy(desc(userSessions.lastSeenAt));
  return rows.filter((r) => !hasLapsed(r, now)).map((r) => ({ ...r, current: r.id === session.sessionId }));
}

/** Ends every other session of the user; needs the password again. */
export async function endOtherSessions(session: ActiveSession, input: unknown): Promise<void> {
  const { password } = reauthenticationSchema.parse(input);
  await assertPassword(session, password);
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    await endSessionsOf(tx, session.user.id, "sign_out", session.sessionId);
    await recordAudit(tx, [ownEvent(session, "sign_out_elsewhere")]);
  });
}

async function assertPassword(session: ActiveSession, password: string): Promise<void> {
  const db = await getDatabase();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, session.user.id));
  await stepUp(session, "password", "This is not your password.", async () =>
    Boolean(row?.hash && (await verifyPassword(row.hash, password))),
  );
}

/**
 * A password or code asked again inside a session, limited like sign-in on the user's own
 * key (10 in 15 minutes, then a growing wait) and counted before it is checked; failures and
 * refusals are audited. Throws the field's message when it does not pass.
 */
async function stepUp(
  session: ActiveSession,
  field: string,
  wrong: string,
  passes: () => Promise<boolean>,
  now = new Date(),
): Promise<void> {
  const keys = [stepUpKey(session.user.id)];
  const db = await getDatabase();
  try {
    await countSignInAttempt(keys, now);
  } catch (error) {
    if (!(error instanceof SignInLockedError)) throw error;
    await recordAudit(db, [ownEvent(session, "step_up_refused_throttled")]);
    const message = error.message.replace("sign-ins", "checks");
    throw new InvalidInputError(message, { [field]: message });
  }
  if (await passes()) return takeBackSignInAttempt(keys);
  await recordAudit(db, [ownEvent(session, "step_up_failed")]);
  throw new InvalidInputError("Some fields need attention.", { [field]: wrong });
}

async function mfaRequiredFor(session: ActiveSession): Promise<boolean> {
  return (await mfaRequiredRolesSetting()).includes(session.user.role);
}

async function replaceRecoveryCodes(tx: Tx, userId: string, hashes: string[]): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (hashes.length > 0) await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

const ownEvent = (session: ActiveSession, action: AuditAction) => ({
  actor: auditActor(session.user),
  entityType: "user" as const,
  entityId: session.user.id,
  action,
});
