import type { SessionUser } from "@/lib/dal/accounts/session-user";
import type { ActiveSession } from "@/lib/dal/accounts/sessions";

// Stands in for @/lib/auth/session under vi.mock: the test chooses who is acting, and every
// action and route reads that person (or nobody) as if from the session cookie.

let current: ActiveSession | null = null;

export function actAs(session: ActiveSession | null): void {
  current = session;
}

/** Thrown where Next would redirect: recognisable, and never mistaken for a result. */
export class RedirectThrown extends Error {
  constructor(readonly to: string) {
    super(`NEXT_REDIRECT ${to}`);
  }
}

export const MFA_ENROLMENT_PATH = "/account/security";

export async function getActiveSession(): Promise<ActiveSession | null> {
  return current;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  return current && !current.mustEnrolMfa ? current.user : null;
}

export async function requireUser(): Promise<SessionUser> {
  if (!current) throw new RedirectThrown("/login");
  if (current.mustEnrolMfa) throw new RedirectThrown(MFA_ENROLMENT_PATH);
  return current.user;
}

export async function requireAccountHolder(): Promise<ActiveSession> {
  if (!current) throw new RedirectThrown("/login");
  return current;
}
