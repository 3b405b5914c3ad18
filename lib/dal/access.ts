import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Capability } from "@/lib/permissions";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export function assertCan(user: SessionUser, capability: Capability): void {
  if (!can(user.role, capability)) throw new AppError("forbidden", capability);
}
