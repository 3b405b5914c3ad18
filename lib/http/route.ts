import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { failureResponse, routeFailure } from "./route-errors";

type Params = Record<string, string | string[] | undefined>;
interface RouteContext<P extends Params> {
  params: Promise<P>;
}

type Format = "text" | "problem";

/**
 * A route handler open to anyone (a published file, a public feed): errors the data layer
 * expects become their status through the one map in route-errors.ts.
 */
export function publicRoute<P extends Params = Params>(
  handler: (request: Request, params: P) => Promise<Response>,
  format: Format = "text",
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      return failureResponse(routeFailure(error), format);
    }
  };
}

/**
 * A route handler for signed-in users. A route handler is a public endpoint of its own, so
 * it checks the session itself; the data layer then checks what this user may see.
 */
export function signedInRoute<P extends Params = Params>(
  handler: (request: Request, user: SessionUser, params: P) => Promise<Response>,
  format: Format = "text",
) {
  return publicRoute<P>(async (request, params) => {
    const user = await getCurrentUser();
    if (!user) return failureResponse({ status: 401, detail: "Sign in first." }, format);
    return handler(request, user, params);
  }, format);
}
