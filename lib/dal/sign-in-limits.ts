import "server-only";
import { desc, eq } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { signInFailures } from "@/db/schema";
import { getDatabase } from "./db";

// Brute-force limits: after 10 failed sign-ins in 15 minutes for one email, or from one
// client address, further attempts wait 15 minutes, even with the right password.

export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

export class SignInLockedError extends Error {
  constructor() {
    super("Too many failed sign-ins: try again in 15 minutes.");
    this.name = "SignInLockedError";
  }
}

type Key = { column: typeof signInFailures.email | typeof signInFailures.clientAddress; value: string };

/** Locked while the last 10 failures fell within 15 minutes and the latest is under 15 minutes old. */
async function lockedFor(key: Key, now: Date): Promise<boolean> {
  const db = await getDatabase();
  const recent = await db
    .select({ at: signInFailures.occurredAt })
    .from(signInFailures)
    .where(eq(key.column, key.value))
    .orderBy(desc(signInFailures.occurredAt))
    .limit(MAX_FAILURES);
  if (recent.length < MAX_FAILURES) return false;
  const latest = recent[0]!.at.getTime();
  const tenth = recent[MAX_FAILURES - 1]!.at.getTime();
  return latest - tenth <= WINDOW_MS && now.getTime() - latest < WINDOW_MS;
}

export async function isLocked(email: string, clientAddress: string, now: Date): Promise<boolean> {
  const byEmail = await lockedFor({ column: signInFailures.email, value: email }, now);
  return (
    byEmail ||
    (clientAddress !== "unknown" &&
      (await lockedFor({ column: signInFailures.clientAddress, value: clientAddress }, now)))
  );
}

/** Records a failed (or refused) attempt, audited; says whether it locks the email or address. */
export async function recordFailure(email: string, clientAddress: string, now: Date, refused: boolean): Promise<void> {
  const db = await getDatabase();
  await db.insert(signInFailures).values({ email, clientAddress, occurredAt: now });
  const lockedNow = !refused && (await isLocked(email, clientAddress, now));
  await recordAudit(db, [
    {
      actor: null,
      entityType: "user",
      entityId: "sign-in",
      action: refused ? "sign_in_refused_locked" : lockedNow ? "sign_in_locked_out" : "sign_in_failed",
      after: { email, clientAddress },
    },
  ]);
}
