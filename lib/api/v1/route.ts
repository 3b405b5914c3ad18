import "server-only";
import { clientAddress } from "@/lib/auth/client-address";
import { API_LIMITS, countApiRequest } from "@/lib/dal/accounts/api-rate-limits";
import { callerForApiToken } from "@/lib/dal/accounts/api-tokens";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { AppError } from "@/lib/errors";
import { failureResponse } from "@/lib/http/route-errors";
import { publicRoute } from "@/lib/http/route";

type Params = Record<string, string | string[] | undefined>;

/**
 * A read-API handler: anonymous callers see the published record; a personal token
 * (Authorization: Bearer aut_...) stands for its user, and a wrong, revoked or expired one is
 * refused (401), never quietly read as anonymous. Each call is counted against its token or,
 * without one, its address; past the limit it is refused with 429 and Retry-After. Errors
 * go through lib/http's one map, as problem details.
 */
export function apiRoute<P extends Params = Params>(
  handler: (request: Request, reader: SessionUser | null, params: P) => Promise<Response>,
) {
  return publicRoute<P>(async (request, params) => {
    const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const caller = bearer ? await callerForApiToken(bearer) : null;
    if (bearer && !caller) throw new AppError("unauthenticated", "api_token");
    const key = caller ? `token:${caller.tokenId}` : `address:${clientAddress(Object.fromEntries(request.headers))}`;
    const counted = await countApiRequest(key, caller ? API_LIMITS.token : API_LIMITS.address);
    if (!counted.allowed) {
      const refusal = failureResponse(
        { status: 429, detail: `Too many requests: try again in ${counted.retryAfterSeconds} s.` },
        "problem",
      );
      refusal.headers.set("Retry-After", String(counted.retryAfterSeconds));
      return refusal;
    }
    return handler(request, caller?.user ?? null, params);
  }, "problem");
}
