"use server";

import { revalidatePath } from "next/cache";
import { runAction, textArg } from "@/lib/actions";
import { setMfaRequiredRoles } from "@/lib/dal/settings";
import { unlockSignIn } from "@/lib/dal/sign-in-limits";
import { changeUserRole, forcePasswordReset, inviteUser, renewInvitation, setUserActive } from "@/lib/dal/users";

const PAGE = "/admin/users";

export async function inviteUserAction(values: unknown) {
  const result = await runAction({ entityType: "user", entityId: "new", action: "invite" }, (admin) =>
    inviteUser(admin, values),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function changeUserRoleAction(id: string, values: unknown) {
  const result = await runAction({ entityType: "user", entityId: id, action: "change_role" }, (admin) =>
    changeUserRole(admin, textArg(id), values),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function setUserActiveAction(id: string, active: boolean) {
  const action = active === true ? "reactivate" : "deactivate";
  const result = await runAction({ entityType: "user", entityId: id, action }, (admin) =>
    setUserActive(admin, textArg(id), active === true),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function forcePasswordResetAction(id: string) {
  const result = await runAction({ entityType: "user", entityId: id, action: "force_password_reset" }, (admin) =>
    forcePasswordReset(admin, textArg(id)),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function renewInvitationAction(id: string) {
  const result = await runAction({ entityType: "user", entityId: id, action: "renew_invitation" }, (admin) =>
    renewInvitation(admin, textArg(id)),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function setMfaRequiredRolesAction(values: unknown) {
  const result = await runAction(
    { entityType: "setting", entityId: "self", action: "set_mfa_required_roles" },
    (admin) => setMfaRequiredRoles(admin, values),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function unlockSignInAction(id: string) {
  const result = await runAction({ entityType: "user", entityId: id, action: "sign_in_unlocked" }, (admin) =>
    unlockSignIn(admin, textArg(id)),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}
