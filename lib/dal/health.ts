import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/lib/dal/db";

/** True when the database answers a trivial query. Needs no user: it reveals nothing. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await getDatabase();
    await db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}
