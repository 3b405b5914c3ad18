"use server";

import { runAction, textArg } from "@/lib/actions";
import { setMfaRequiredRoles } from "@/lib/dal/admin/settings";
import { unlockSignIn } from "@/lib/dal/accounts/sign-in-limits";
import {
  changeUserRole,
  forcePasswordReset,
  inviteUser,
  renewInvitation,
  setUserActive,
} from "@/lib/dal/accounts/users";

const PAGE = "/admin/users";

export async function inviteUserAction(values: unknown) {
  return runAction(
    { entityType: "user", entityId: "new", action: "invite" },
    (admin) => inviteUser(admin, values),
    PAGE,
  );
}

export async function changeUserRoleAction(id: string, values: unknown) {
  return runAction(
    { entityType: "user", entityId: id, action: "change_role" },
    (admin) => changeUserRole(admin, textArg(id), values),
    PAGE,
  );
}

export async function setUserActiveAction(id: string, active: boolean) {
  const action = active === true ? "reactivate" : "deactivate";
  return runAction(
    { entityType: "user", entityId: id, action },
    (admin) => setUserActive(admin, textArg(id), active === true),
    PAGE,
  );
}

export async function forcePasswordResetAction(id: string) {
  return runAction(
    { entityType: "user", entityId: id, action: "force_password_reset" },
    (admin) => forcePasswordReset(admin, textArg(id)),
    PAGE,
  );
}

export async function renewInvitationAction(id: string) {
  return runAction(
    { entityType: "user", entityId: id, action: "renew_invitation" },
    (admin) => renewInvitation(admin, textArg(id)),
    PAGE,
  );
}

export async function setMfaRequiredRolesAction(values: unknown) {
  return runAction(
    { entityType: "setting", entityId: "self", action: "set_mfa_required_roles" },
    (admin) => setMfaRequiredRoles(admin, values),
    PAGE,
  );
}

export async function unlockSignInAction(id: string) {
  return runAction(
    { entityType: "user", entityId: id, action: "sign_in_unlocked" },
    (admin) => unlockSignIn(admin, textArg(id)),
    PAGE,
  );
}
