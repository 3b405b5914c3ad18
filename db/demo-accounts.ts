import { and, count, eq } from "drizzle-orm";
import type { Database } from "./client";
import { users } from "./schema";

/** Active demo accounts: they share a published password, so production refuses to run with them. */
export async function countDemoAccounts(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.isDemo, true), eq(users.active, true)));
  return row?.n ?? 0;
}
