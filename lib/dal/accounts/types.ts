import type { Role } from "@/lib/domain";

// What the account pages hand to client components: types only, importable from either side.

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  organisationLabel: string | null;
  active: boolean;
  lastSignInAt: Date | null;
  mfaEnabled: boolean;
  /** Invited and not yet chosen a password (or reset forced and not yet chosen). */
  awaitingPassword: boolean;
  /** When the open invitation or reset link expires, if one is open. */
  linkExpiresAt: Date | null;
  isDemo: boolean;
}

export interface ThrottledAccount {
  failures: number;
  throttledUntil: Date | null;
}
