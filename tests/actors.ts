import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { loadActiveUser, type SessionUser } from "@/lib/dal/accounts/session-user";

/** The seeded demo user with this email, as the data layer receives them. */
export async function demoUser(db: Database, email: string): Promise<SessionUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const user = row ? await loadActiveUser(row.id) : null;
  if (!user) throw new Error(`No active demo user ${email}`);
  return user;
}
