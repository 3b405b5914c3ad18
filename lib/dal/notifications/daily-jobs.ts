import "server-only";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { emailOutbox, notifications, reportReminders, users } from "@/db/schema";
import { renderEmail } from "@/lib/notifications/email";
import { getDatabase } from "@/lib/dal/db";
import { owingReports } from "@/lib/dal/reports/owing";
import { notify } from "@/lib/dal/notifications/notify";

const DAY = 86_400_000;
// Instances running the daily job together take turns; the unique reminder row does the rest.
const REMINDER_LOCK = 7_246_003;

/**
 * Reminds the focal points of UN entities that owe a report (owingReports, the list the
 * dashboard and the queue show): once it is due and once it is overdue, each once, ever.
 */
export async function runReminders(now = new Date()): Promise<{ due: number; overdue: number }> {
  const db = await getDatabase();
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${REMINDER_LOCK})`);
    const owing = await owingReports(tx, { now });
    const sent = { due: 0, overdue: 0 };
    const today = now.toISOString().slice(0, 10);
    for (const row of owing) {
      const kind = row.overdue ? "overdue" : row.dueOn <= today ? "due" : null;
      if (!kind) continue;
      const inserted = await tx
        .insert(reportReminders)
        .values({ activityId: row.activityId, organisationId: row.organisationId, kind })
        .onConflictDoNothing()
        .returning({ kind: reportReminders.kind });
      if (inserted.length === 0) continue;
      await notify(tx, {
        kind: kind === "due" ? "report_due" : "report_overdue",
        activityId: row.activityId,
        actorId: null,
        organisationId: row.organisationId,
      });
      sent[kind]++;
    }
    return sent;
  });
}

/**
 * One email a day for users who chose a digest: yesterday's notifications (UTC), queued once
 * per user and day whatever the number of runs.
 */
export async function queueDigests(now = new Date()): Promise<number> {
  const db = await getDatabase();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const yesterday = new Date(today.getTime() - DAY);
  const day = yesterday.toISOString().slice(0, 10);
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(users.emailPreference, "digest"),
        eq(users.active, true),
        gte(notifications.createdAt, yesterday),
        lt(notifications.createdAt, today),
      ),
    )
    .orderBy(notifications.createdAt);
  const byUser = new Map<string, typeof rows>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  let queued = 0;
  for (const [userId, items] of byUser) {
    const email = renderEmail(
      items,
      `Your day in the ASEAN-UN Cooperation Tracker: ${items.length} ${items.length === 1 ? "update" : "updates"} (${day})`,
    );
    const inserted = await db
      .insert(emailOutbox)
      .values({ idempotencyKey: `digest:${userId}:${day}`, userId, toAddress: items[0]!.email, ...email })
      .onConflictDoNothing()
      .returning({ id: emailOutbox.id });
    queued += inserted.length;
  }
  return queued;
}
