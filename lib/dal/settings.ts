import "server-only";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { appSettings } from "@/db/schema";
import { MFA_REQUIRED_ROLES_KEY, mfaRequiredRoles } from "@/lib/auth/mfa-policy";
import type { Role } from "@/lib/domain";
import { mfaRolesSchema } from "@/lib/validation/user";
import { assertCan } from "./access";
import { auditActor } from "./audit-trail";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";
import { env } from "@/lib/env";

/** The roles that must use two-step verification now (the saved setting, or the default). */
export async function mfaRequiredRolesSetting(): Promise<Role[]> {
  const db = await getDatabase();
  const [row] = await db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, MFA_REQUIRED_ROLES_KEY));
  return mfaRequiredRoles(row?.value, env().NODE_ENV === "production");
}

export async function getMfaRequiredRoles(admin: SessionUser): Promise<Role[]> {
  assertCan(admin, "user:manage");
  return mfaRequiredRolesSetting();
}

/** Users of a newly required role who have not enrolled can do nothing else from their next request. */
export async function setMfaRequiredRoles(admin: SessionUser, input: unknown): Promise<Role[]> {
  assertCan(admin, "user:manage");
  const { roles } = mfaRolesSchema.parse(input);
  const before = await mfaRequiredRolesSetting();
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    await tx
      .insert(appSettings)
      .values({ key: MFA_REQUIRED_ROLES_KEY, value: roles, updatedBy: admin.id })
      .onConflictDoUpdate({
        target: appSettings.key,
        set: { value: roles, updatedBy: admin.id, updatedAt: sql`now()` },
      });
    await recordAudit(tx, [
      {
        actor: auditActor(admin),
        entityType: "setting",
        entityId: MFA_REQUIRED_ROLES_KEY,
        action: "set_mfa_required_roles",
        before,
        after: roles,
      },
    ]);
  });
  return roles;
}
