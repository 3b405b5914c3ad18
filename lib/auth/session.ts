import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { resolveSessionUser, type SessionUser } from "@/lib/dal/session-user";
import { authOptions } from "./options";
import { REQUEST_PATH_HEADER, signInPath } from "./paths";

/** The signed-in user for this request, or null; read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (typeof session?.userId !== "string" || typeof session.sessionVersion !== "number") return null;
  return resolveSessionUser({ userId: session.userId, sessionVersion: session.sessionVersion });
});

/** The signed-in user; anyone else is sent to sign in and brought back afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER)));
  return user;
}
