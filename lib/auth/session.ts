import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { can, type Capability } from "@/lib/permissions";
import { resolveSession, type ActiveSession } from "@/lib/dal/accounts/sessions";
import { authOptions } from "./options";
import { REQUEST_PATH_HEADER, signInPath } from "./paths";

export const MFA_ENROLMENT_PATH = "/account/security";

/** This request's session, read once per request; null when signed out or ended. */
export const getActiveSession = cache(async (): Promise<ActiveSession | null> => {
  const session = await getServerSession(authOptions);
  return typeof session?.sessionId === "string" ? resolveSession(session.sessionId) : null;
});

/**
 * The signed-in user for this request, or null. A user whose role must use two-step
 * verification and who has not set it up counts as nobody here, so every action and route
 * refuses them; only the enrolment page and its actions take them (getAccountHolder).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getActiveSession();
  return session && !session.mustEnrolMfa ? session.user : null;
});

/** The signed-in user; anyone else is sent to sign in (or to enrol) and brought back afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const session = await getActiveSession();
  if (session?.mustEnrolMfa) redirect(MFA_ENROLMENT_PATH);
  if (!session) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER)));
  return session.user;
}

/**
 * The signed-in user whose role may do this; any other role gets the 403 page ("Not for your
 * role"), never a 200 page saying no. The data layer checks again in every function.
 */
export async function requireCapability(capability: Capability): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, capability)) forbidden();
  return user;
}

/** The account holder, even before they set up a required second step: for their own account only. */
export async function requireAccountHolder(): Promise<ActiveSession> {
  const session = await getActiveSession();
  if (!session) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER)));
  return session;
}
