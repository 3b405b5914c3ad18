import { ROLES, type Role } from "../domain";

export const MFA_REQUIRED_ROLES_KEY = "mfa_required_roles";

/**
 * The roles that must use two-step verification: the admin's setting where one was saved,
 * otherwise admins and reviewers in production (their approvals must mean something) and
 * nobody elsewhere. The demo seed saves an empty setting.
 */
export function mfaRequiredRoles(saved: unknown, production: boolean): Role[] {
  if (Array.isArray(saved)) return ROLES.filter((role) => saved.includes(role));
  return production ? ["admin", "reviewer"] : [];
}
