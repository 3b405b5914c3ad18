import "server-only";
import { sql } from "drizzle-orm";
import { apiRateLimits } from "@/db/schema";
import { getDatabase } from "@/lib/dal/db";

// The read API's rate limit: requests per key in a fixed window, counted by one atomic
// upsert in the database, so that every instance counts into the same row.

export const API_WINDOW_SECONDS = 60;
export const API_LIMITS = { token: 600, address: 120 } as const;

/** Counts one request on the key; says whether it is within the limit, and if not, for how long to wait. */
export async function countApiRequest(
  key: string,
  limit: number,
  now = new Date(),
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const db = await getDatabase();
  const windowStart = new Date(now.getTime() - API_WINDOW_SECONDS * 1000);
  const [row] = await db
    .insert(apiRateLimits)
    .values({ key, windowStartedAt: now, requests: 1 })
    .onConflictDoUpdate({
      target: apiRateLimits.key,
      set: {
        requests: sql`CASE WHEN ${apiRateLimits.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz THEN 1 ELSE ${apiRateLimits.requests} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${apiRateLimits.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz THEN ${now.toISOString()}::timestamptz ELSE ${apiRateLimits.windowStartedAt} END`,
      },
    })
    .returning({ requests: apiRateLimits.requests, windowStartedAt: apiRateLimits.windowStartedAt });
  if (row!.requests <= limit) return { allowed: true };
  const ends = new Date(row!.windowStartedAt).getTime() + API_WINDOW_SECONDS * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)) };
}
