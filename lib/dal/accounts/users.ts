import "server-only";
import type { UserRow } from "@/lib/dal/accounts/types";
import type { FormOptions } from "@/lib/dal/activities/types";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { AuditAction } from "@/db/audit";
import { organisations, passwordLinks, users } from "@/db/schema";
import type { Role } from "@/lib/domain";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { inviteUserSchema, userRoleSchema } from "@/lib/validation/user";
import { assertCan } from "@/lib/dal/access";
import type { Tx } from "@/lib/dal/db";
import { auditActor } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import { issuePasswordLink } from "@/lib/dal/accounts/password-links";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { endSessionsOf, type SessionEndReason } from "@/lib/dal/accounts/sessions";

// User administration, admins only. Every change is audited, ends the user's sessions
// where it changes what they may do, and never leaves the app without an active admin.

export async function listUsers(admin: SessionUser): Promise<UserRow[]> {
  assertCan(admin, "user:manage");
  return selectUsers();
}

export async function getUser(admin: SessionUser, userId: string): Promise<UserRow> {
  assertCan(admin, "user:manage");
  if (!isUuid(userId)) throw new AppError("not_found", "user");
  const [user] = await selectUsers(userId);
  if (!user) throw new AppError("not_found", "user");
  return user;
}

/** The organisations a user may be placed in: current ones only. */
export async function organisationChoices(admin: SessionUser): Promise<FormOptions["organisations"]> {
  assertCan(admin, "user:manage");
  const db = await getDatabase();
  return db
    .select({
      id: organisations.id,
      label: sql<string>`coalesce(${organisations.acronym}, ${organisations.name})`,
      name: organisations.name,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(isNull(organisations.retiredAt))
    .orderBy(asc(organisations.name));
}

async function selectUsers(userId?: string): Promise<UserRow[]> {
  const db = await getDatabase();
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      organisationId: users.organisationId,
      organisationLabel: sql<string | null>`coalesce(${organisations.acronym}, ${organisations.name})`,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
      mfaEnabled: sql<boolean>`${users.mfaEnabledAt} IS NOT NULL`,
      awaitingPassword: sql<boolean>`${users.passwordHash} IS NULL`,
      linkExpiresAt: sql<Date | null>`(
        SELECT max(${passwordLinks.expiresAt}) FROM ${passwordLinks}
        WHERE ${passwordLinks.userId} = ${users.id} AND ${passwordLinks.usedAt} IS NULL AND ${passwordLinks.expiresAt} > now()
      )`.mapWith((v: string | null) => (v ? new Date(v) : null)),
      isDemo: users.isDemo,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(userId ? eq(users.id, userId) : undefined)
    .orderBy(asc(users.name));
  return rows;
}

/** Creates the user and a single-use link to choose a password, valid 72 hours (also mailed). */
export async function inviteUser(admin: SessionUser, input: unknown): Promise<{ userId: string; link: string }> {
  const subject = { entityType: "user" as const, entityId: "new", action: "invite" };
  return mutate({ user: admin, subject, capability: "user:manage" }, async (tx, effects) => {
    const values = inviteUserSchema.parse(input);
    await assertOrganisationUsable(tx, values.organisationId);
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${values.email}`);
    if (taken) throw new InvalidInputError("Some fields need attention.", { email: "A user with this email exists." });
    const [user] = await tx.insert(users).values(values).returning({ id: users.id });
    const link = await issuePasswordLink(tx, { userId: user!.id, purpose: "invite", createdBy: admin.id });
    effects.audit(userEvent(admin, user!.id, "invite", { after: values }));
    return { userId: user!.id, link };
  });
}

/** Changes a user's role and organisation; their sessions end so the change holds at once. */
export async function changeUserRole(admin: SessionUser, userId: string, input: unknown): Promise<void> {
  await changeUser(admin, userId, "change_role", "role_changed", async (tx, before) => {
    const values = userRoleSchema.parse(input);
    await assertOrganisationUsable(tx, values.organisationId);
    if (before.role === "admin" && values.role !== "admin") assertAnotherAdmin(before);
    await tx
      .update(users)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    return values;
  });
}

export async function setUserActive(admin: SessionUser, userId: string, active: boolean): Promise<void> {
  await changeUser(admin, userId, active ? "reactivate" : "deactivate", "deactivated", async (tx, before) => {
    if (!active && userId === admin.id)
      throw new InvalidInputError("You cannot deactivate your own account: ask another administrator.");
    if (!active && before.role === "admin") assertAnotherAdmin(before);
    await tx
      .update(users)
      .set({ active, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    return { active };
  });
}

/** The password stops working at once; the user chooses a new one from a link. */
export async function forcePasswordReset(admin: SessionUser, userId: string): Promise<{ link: string }> {
  let link = "";
  await changeUser(admin, userId, "force_password_reset", "reset_forced", async (tx, before) => {
    if (!before.active) throw new InvalidInputError("Reactivate the user first.");
    await tx
      .update(users)
      .set({ passwordHash: null, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    link = await issuePasswordLink(tx, { userId, purpose: "reset", createdBy: admin.id });
    return { passwordReset: true };
  });
  return { link };
}

/** A new invitation link for a user who has not chosen a password yet. */
export async function renewInvitation(admin: SessionUser, userId: string): Promise<{ link: string }> {
  let link = "";
  await changeUser(admin, userId, "renew_invitation", null, async (tx, before) => {
    if (before.hasPassword || !before.active) throw new InvalidInputError("This user has no invitation waiting.");
    link = await issuePasswordLink(tx, { userId, purpose: "invite", createdBy: admin.id });
    return { invitationRenewed: true };
  });
  return { link };
}

interface Before {
  role: Role;
  organisationId: string | null;
  active: boolean;
  hasPassword: boolean;
  /** Active admins other than this user, counted under lock. */
  otherAdmins: number;
}

/** Through the mutation pipeline: the user row locked, the change, sessions ended where needed, the audit event. */
async function changeUser(
  admin: SessionUser,
  userId: string,
  action: AuditAction,
  endsSessions: SessionEndReason | null,
  change: (tx: Tx, before: Before) => Promise<Record<string, unknown>>,
): Promise<void> {
  const subject = { entityType: "user" as const, entityId: userId, action };
  await mutate({ user: admin, subject, capability: "user:manage" }, async (tx, effects) => {
    if (!isUuid(userId)) throw new AppError("not_found", "user");
    // The active admins' rows are locked first, always in the same order, so that two
    // admins demoting each other at once queue up (no deadlock) and the second sees the
    // first's change: the app is never left without an active admin.
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)))
      .orderBy(asc(users.id))
      .for("update");
    const [row] = await tx
      .select({
        role: users.role,
        organisationId: users.organisationId,
        active: users.active,
        hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`,
      })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!row) throw new AppError("not_found", "user");
    const before = { ...row, otherAdmins: admins.filter((a) => a.id !== userId).length };
    const after = await change(tx, before);
    if (endsSessions) await endSessionsOf(tx, userId, endsSessions);
    const { role, organisationId, active } = before;
    effects.audit(userEvent(admin, userId, action, { before: { role, organisationId, active }, after }));
  });
}

function assertAnotherAdmin(before: Before): void {
  if (before.otherAdmins === 0)
    throw new InvalidInputError("This is the last active administrator: make someone else an administrator first.");
}

async function assertOrganisationUsable(tx: Tx, organisationId: string | null): Promise<void> {
  if (!organisationId) return;
  const [org] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), isNull(organisations.retiredAt)));
  if (!org)
    throw new InvalidInputError("Some fields need attention.", { organisationId: "Choose a current organisation." });
}

const userEvent = (
  admin: SessionUser,
  userId: string,
  action: AuditAction,
  change: { before?: unknown; after?: unknown },
) => ({
  actor: auditActor(admin),
  entityType: "user" as const,
  entityId: userId,
  action,
  ...change,
});
