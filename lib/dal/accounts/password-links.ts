import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { passwordLinks, users } from "@/db/schema";
import { isCommonPassword, isGuessableFor } from "@/lib/auth/common-passwords";
import { hashPassword } from "@/lib/auth/password";
import { InvalidInputError } from "@/lib/errors";
import { forgotPasswordSchema, setPasswordSchema } from "@/lib/validation/password";
import { queueAccountEmail, securityNotice } from "@/lib/dal/accounts/mail";
import type { Tx } from "@/lib/dal/db";
import { getDatabase } from "@/lib/dal/db";
import { addressKey, countSignInAttempt, resetKey, SignInLockedError } from "@/lib/dal/accounts/sign-in-limits";
import { endSessionsOf } from "@/lib/dal/accounts/sessions";

// Invitations and resets: a single-use link to choose a password, valid 72 hours when an
// administrator sends it, 1 hour when the person asked for it themselves ("Forgot password?").
export const LINK_LIFETIME_MS = 72 * 60 * 60_000;
export const SELF_RESET_LIFETIME_MS = 60 * 60_000;
export type LinkPurpose = "invite" | "reset";

const digest = (token: string) => createHash("sha256").update(token).digest("hex");
export const passwordLinkPath = (token: string) => `/set-password/${token}`;

/**
 * A new link for the user, inside the admin's transaction; earlier unused links of the user
 * stop working. Returns the path with the token, which is stored only as its SHA-256.
 */
export async function issuePasswordLink(
  tx: Tx,
  link: { userId: string; purpose: LinkPurpose; createdBy: string; now?: Date },
): Promise<string> {
  const now = link.now ?? new Date();
  const selfRequested = link.createdBy === link.userId;
  await tx
    .update(passwordLinks)
    .set({ usedAt: now })
    .where(and(eq(passwordLinks.userId, link.userId), isNull(passwordLinks.usedAt)));
  const token = randomBytes(32).toString("base64url");
  const [row] = await tx
    .insert(passwordLinks)
    .values({
      userId: link.userId,
      purpose: link.purpose,
      tokenHash: digest(token),
      createdBy: link.createdBy,
      createdAt: now,
      expiresAt: new Date(now.getTime() + (selfRequested ? SELF_RESET_LIFETIME_MS : LINK_LIFETIME_MS)),
    })
    .returning({ id: passwordLinks.id });
  const invited = link.purpose === "invite";
  await queueAccountEmail(tx, {
    userId: link.userId,
    key: `password-link:${row!.id}`,
    subject: invited ? "You are invited to the ASEAN-UN Cooperation Tracker" : "Choose a new password",
    lead: (name) =>
      invited
        ? `${name}, an administrator invited you to the ASEAN-UN Cooperation Tracker.`
        : selfRequested
          ? `${name}, a new password was asked for your ASEAN-UN Cooperation Tracker account. If it was not you, ignore this email: your password stays as it is.`
          : `${name}, an administrator asked you to choose a new password for the ASEAN-UN Cooperation Tracker.`,
    link: {
      path: passwordLinkPath(token),
      label: "Choose your password",
      note: `within ${selfRequested ? "1 hour" : "72 hours"} (the link works once)`,
    },
  });
  return passwordLinkPath(token);
}

/**
 * "Forgot password?": a reset link by email to an active account with this address. The
 * answer is the same whether or not there is one; requests are throttled per address asked
 * for and per client (the sign-in throttle's keys), and each link sent is audited.
 */
export async function requestPasswordReset(input: unknown, clientAddress: string, now = new Date()): Promise<void> {
  const { email } = forgotPasswordSchema.parse(input);
  const keys = [resetKey(email), ...(clientAddress === "unknown" ? [] : [addressKey(clientAddress)])];
  try {
    await countSignInAttempt(keys, now);
  } catch (error) {
    if (!(error instanceof SignInLockedError)) throw error;
    const minutes = `${error.minutes} minute${error.minutes === 1 ? "" : "s"}`;
    throw new InvalidInputError(`Too many requests for a new password: try again in ${minutes}.`);
  }
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${email}`, eq(users.active, true)));
    if (!user) return;
    await issuePasswordLink(tx, { userId: user.id, purpose: "reset", createdBy: user.id, now });
    await recordAudit(tx, [
      {
        actor: null,
        entityType: "user",
        entityId: user.id,
        action: "password_reset_requested",
        after: { clientAddress },
      },
    ]);
  });
}

const usable = (token: string, now: Date) =>
  and(eq(passwordLinks.tokenHash, digest(token)), isNull(passwordLinks.usedAt), gt(passwordLinks.expiresAt, now));

/** Whose link this is, for the page that asks for the password; null if unknown, used or expired. */
export async function inspectPasswordLink(
  token: string,
  now = new Date(),
): Promise<{ purpose: LinkPurpose; name: string; email: string } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select({ purpose: passwordLinks.purpose, name: users.name, email: users.email })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(and(usable(token, now), eq(users.active, true)));
  return row ?? null;
}

/** Sets the password from a link, once; every session of the user ends. Returns the email to sign in with. */
export async function setPasswordFromLink(token: string, input: unknown, now = new Date()): Promise<string> {
  const { password } = setPasswordSchema.parse(input);
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw expired();
  const person = await inspectPasswordLink(token, now);
  if (!person) throw expired();
  assertNotCommon(password, person);
  const passwordHash = await hashPassword(password);
  const db = await getDatabase();
  return db.transaction(async (tx) => {
    const [link] = await tx
      .update(passwordLinks)
      .set({ usedAt: now })
      .where(usable(token, now))
      .returning({ userId: passwordLinks.userId, purpose: passwordLinks.purpose });
    if (!link) throw expired();
    const [user] = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: sql`now()` })
      .where(and(eq(users.id, link.userId), eq(users.active, true)))
      .returning({ email: users.email });
    if (!user) throw expired();
    await endSessionsOf(tx, link.userId, "password_changed");
    await queueAccountEmail(tx, securityNotice(link.userId, "a password was chosen from a link"));
    await recordAudit(tx, [
      {
        actor: { userId: link.userId, organisationId: null },
        entityType: "user",
        entityId: link.userId,
        action: link.purpose === "invite" ? "accept_invitation" : "reset_password",
      },
    ]);
    return user.email;
  });
}

const expired = () =>
  new InvalidInputError(
    "This link has expired or was already used. Ask for a new one with “Forgot password?” on the sign-in page.",
  );

/**
 * The server's half of the password rules: not one of the common or breached passwords, and
 * not little more than the app's words and the person's own name or email.
 */
export function assertNotCommon(password: string, person: { name: string; email: string }): void {
  if (isCommonPassword(password)) {
    throw new InvalidInputError("Choose a less common password.", {
      password: "This password is too common or has appeared in a data breach. Choose another.",
    });
  }
  if (isGuessableFor(password, [person.name, person.email])) {
    throw new InvalidInputError("Choose a harder password.", {
      password: "This password is mostly your name, your email or this app's name. Choose another.",
    });
  }
}
