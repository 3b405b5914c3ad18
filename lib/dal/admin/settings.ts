import "server-only";
import { eq, sql } from "drizzle-orm";
import { appSettings } from "@/db/schema";
import { MFA_REQUIRED_ROLES_KEY, mfaRequiredRoles } from "@/lib/auth/mfa-policy";
import type { Role } from "@/lib/domain";
import { mfaRolesSchema } from "@/lib/validation/user";
import { assertCan } from "@/lib/dal/access";
import { auditActor } from "@/lib/dal/audit-trail";
import type { Tx } from "@/lib/dal/db";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { env } from "@/lib/env";

/** The roles that must use two-step verification now (the saved setting, or the default). */
export async function mfaRequiredRolesSetting(executor?: Tx): Promise<Role[]> {
  const db = executor ?? (await getDatabase());
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
  const subject = {
    entityType: "setting" as const,
    entityId: MFA_REQUIRED_ROLES_KEY,
    action: "set_mfa_required_roles",
  };
  return mutate({ user: admin, subject, capability: "user:manage" }, async (tx, effects) => {
    const { roles } = mfaRolesSchema.parse(input);
    const before = await mfaRequiredRolesSetting(tx);
    await tx
      .insert(appSettings)
      .values({ key: MFA_REQUIRED_ROLES_KEY, value: roles, updatedBy: admin.id })
      .onConflictDoUpdate({
        target: appSettings.key,
        set: { value: roles, updatedBy: admin.id, updatedAt: sql`now()` },
      });
    effects.audit({
      actor: auditActor(admin),
      entityType: "setting",
      entityId: MFA_REQUIRED_ROLES_KEY,
      action: "set_mfa_required_roles",
      before,
      after: roles,
    });
    return roles;
  });
}
