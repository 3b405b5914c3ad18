import type { SessionUser } from "@/lib/dal/accounts/session-user";
import type { Role } from "@/lib/domain";

/** An acting user for data-layer tests; the data layer only reads id and role from it. */
export function actingUser(role: Role, id = "00000000-0000-4000-8000-000000000001"): SessionUser {
  return { id, role, name: `Test ${role}`, email: `${role}@test.example`, organisation: null };
}
