import "server-only";
import { and, eq, isNull, or, lt, sql } from "drizzle-orm";
import { organisations, recoveryCodes, users } from "@/db/schema";
import { recognisedDevice } from "@/lib/auth/device-cookie";
import { passwordHashCeiling } from "@/lib/auth/hash-ceiling";
import { spendVerificationTime, verifyPassword } from "@/lib/auth/password";
import { open } from "@/lib/auth/secret-box";
import { acceptedStep, normaliseRecoveryCode } from "@/lib/auth/totp";
import type { Role } from "@/lib/domain";
import { isUuid } from "@/lib/ids";
import { queueAccountEmail, securityNotice } from "@/lib/dal/accounts/mail";
import { getDatabase } from "@/lib/dal/db";
import {
  addressKey,
  clearSignInKey,
  countSignInAttempt,
  deviceKey,
  emailKey,
  recordSignInEvent,
  secondStepKey,
  SignInLockedError,
  takeBackSignInAttempt,
} from "@/lib/dal/accounts/sign-in-limits";

// Who is acting. Everything else in the data layer takes one of these and checks it.
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisation: { id: string; code: string; name: string; acronym: string | null } | null;
}

/** The password was right; the account uses two-step verification and no code came with it. */
export class MfaRequiredError extends Error {
  constructor() {
    super("MFA_REQUIRED");
    this.name = "MfaRequiredError";
  }
}

// The columns a SessionUser is read from (users left-joined with organisations), and the
// mapping: shared by the session lookup and by calendar feeds and tests.
export const SESSION_USER_COLUMNS = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  orgId: organisations.id,
  orgCode: organisations.code,
  orgName: organisations.name,
  orgAcronym: organisations.acronym,
};

type SessionUserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  orgId: string | null;
  orgCode: string | null;
  orgName: string | null;
  orgAcronym: string | null;
};

export function toSessionUser({ orgId, orgCode, orgName, orgAcronym, ...user }: SessionUserRow): SessionUser {
  const organisation =
    orgId && orgCode && orgName ? { id: orgId, code: orgCode, name: orgName, acronym: orgAcronym } : null;
  return { ...user, organisation };
}

/** An active user by id, as the data layer receives them (calendar feeds act as their owner). */
export async function loadActiveUser(userId: string): Promise<SessionUser | null> {
  if (!isUuid(userId)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select(SESSION_USER_COLUMNS)
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  return row ? toSessionUser(row) : null;
}

interface SignInAttempt {
  code?: string;
  clientAddress?: string;
  /** The device cookie the browser sent (lib/auth/device-cookie.ts), if any. */
  deviceCookie?: string;
  now?: Date;
}

/** Too many password hashes this second on this server: refused before hashing, uncounted. */
export class SignInBusyError extends Error {
  constructor() {
    super("Too many sign-ins at once: try again in a moment.");
    this.name = "SignInBusyError";
  }
}

/**
 * Checks an email, password and (where the account uses it) a second-step code; the same
 * null for an unknown email, a wrong password and a wrong code. Every attempt is counted
 * before its password is hashed (lib/dal/accounts/sign-in-limits.ts): SignInLockedError while one of
 * its keys waits, SignInBusyError past the hash ceiling, MfaRequiredError when only the code
 * is missing. Which keys: a recognised device's own; for an account with two-step
 * verification and a code sent, the client address (then the account's second-step key once
 * the password is right), so a stranger throttling the email cannot keep out its owner;
 * otherwise the email and the client address.
 */
export async function verifyCredentials(
  email: string,
  password: string,
  { code, clientAddress = "unknown", deviceCookie, now = new Date() }: SignInAttempt = {},
): Promise<{ userId: string; deviceRecognised: boolean } | null> {
  const address = email.toLowerCase();
  const db = await getDatabase();
  const [user] = await db
    .select({
      id: users.id,
      hash: users.passwordHash,
      active: users.active,
      mfaSecret: users.mfaSecret,
      mfaEnabledAt: users.mfaEnabledAt,
      mfaLastStep: users.mfaLastStep,
    })
    .from(users)
    .where(sql`lower(${users.email}) = ${address}`);
  const device = user ? recognisedDevice(deviceCookie, user.id) : null;
  const usesSecondStep = Boolean(user?.mfaEnabledAt && user.mfaSecret);
  const byAddress = clientAddress === "unknown" ? [] : [addressKey(clientAddress)];
  const keys = device ? [deviceKey(device)] : usesSecondStep && code ? byAddress : [emailKey(address), ...byAddress];
  const throttledNow = await countOrRefuse(keys, address, clientAddress, now);
  if (!passwordHashCeiling().take()) {
    await takeBackSignInAttempt(keys);
    throw new SignInBusyError();
  }
  let verified = false;
  if (user?.hash) verified = await verifyPassword(user.hash, password);
  else await spendVerificationTime(password);
  if (!user || !verified || !user.active) {
    await recordSignInEvent(throttledNow.length ? "sign_in_throttled" : "sign_in_failed", address, clientAddress, keys);
    return null;
  }
  if (usesSecondStep) {
    if (!code) {
      await takeBackSignInAttempt(keys);
      throw new MfaRequiredError();
    }
    // The password was right: the codes tried for this account are limited on their own key.
    const codeKeys = [secondStepKey(user.id)];
    const codeThrottled = await countOrRefuse(codeKeys, address, clientAddress, now);
    if (!(await secondStepPasses({ ...user, mfaSecret: user.mfaSecret! }, code, now))) {
      await recordSignInEvent(
        codeThrottled.length ? "sign_in_throttled" : "sign_in_failed",
        address,
        clientAddress,
        codeKeys,
      );
      return null;
    }
    await takeBackSignInAttempt(codeKeys);
  }
  await takeBackSignInAttempt(keys);
  if (keys.includes(emailKey(address))) await clearSignInKey(emailKey(address));
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  return { userId: user.id, deviceRecognised: device !== null };
}

/** Counts the attempt on its keys; a refusal is audited before it is thrown. */
async function countOrRefuse(keys: string[], email: string, clientAddress: string, now: Date): Promise<string[]> {
  if (keys.length === 0) return [];
  try {
    return await countSignInAttempt(keys, now);
  } catch (error) {
    if (error instanceof SignInLockedError)
      await recordSignInEvent("sign_in_refused_throttled", email, clientAddress, keys);
    throw error;
  }
}

/** A fresh TOTP code (each time step once), or an unused recovery code (used up here). */
async function secondStepPasses(
  user: { id: string; mfaSecret: string; mfaLastStep: number | null },
  code: string,
  now: Date,
): Promise<boolean> {
  const db = await getDatabase();
  const step = acceptedStep(open(user.mfaSecret), code, now, user.mfaLastStep);
  if (step !== null) {
    // Conditional, so two requests racing with one code cannot both pass.
    const claimed = await db
      .update(users)
      .set({ mfaLastStep: step })
      .where(and(eq(users.id, user.id), or(isNull(users.mfaLastStep), lt(users.mfaLastStep, step))))
      .returning({ id: users.id });
    return claimed.length === 1;
  }
  const recovery = normaliseRecoveryCode(code);
  if (!recovery) return false;
  const unused = await db
    .select({ id: recoveryCodes.id, hash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  for (const candidate of unused) {
    if (!(await verifyPassword(candidate.hash, recovery))) continue;
    const used = await db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.id, candidate.id), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    if (used.length === 1)
      await queueAccountEmail(db, securityNotice(user.id, "a recovery code was used to sign in (each works once)"));
    return used.length === 1;
  }
  return false;
}
