import "server-only";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { emailOutbox, notifications, reportReminders, users } from "@/db/schema";
import { renderEmail } from "@/lib/notifications/email";
import { getDatabase, type Tx } from "@/lib/dal/db";
import { amongIds } from "@/lib/dal/activities/export";
import { owingReports } from "@/lib/dal/reports/owing";
import { notify } from "@/lib/dal/notifications/notify";

const DAY = 86_400_000;
// Instances running the daily job together take turns; the unique reminder row does the rest.
const REMINDER_LOCK = 7_246_003;
const REMINDER_BATCH = 1000;

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
    // Only the reminders not sent yet: each run (hourly, and 30 s after each start) offered
    // every reminder ever sent again, one INSERT each, which cost 13 s on PGlite over 20,000
    // activities, every request waiting behind it. The table's key still keeps each once
    // when two instances run together.
    const sentBefore = await remindersSent(
      tx,
      owing.map((row) => row.activityId),
    );
    const wanted = owing.flatMap((row) => {
      const kind = row.overdue ? ("overdue" as const) : row.dueOn <= today ? ("due" as const) : null;
      if (!kind || sentBefore.has(`${row.activityId} ${row.organisationId} ${kind}`)) return [];
      return [{ activityId: row.activityId, organisationId: row.organisationId, kind }];
    });
    for (let start = 0; start < wanted.length; start += REMINDER_BATCH) {
      const inserted = await tx
        .insert(reportReminders)
        .values(wanted.slice(start, start + REMINDER_BATCH))
        .onConflictDoNothing()
        .returning({
          activityId: reportReminders.activityId,
          organisationId: reportReminders.organisationId,
          kind: reportReminders.kind,
        });
      for (const reminder of inserted) {
        await notify(tx, {
          kind: reminder.kind === "due" ? "report_due" : "report_overdue",
          activityId: reminder.activityId,
          actorId: null,
          organisationId: reminder.organisationId,
        });
        sent[reminder.kind]++;
      }
    }
    return sent;
  });
}

/** The reminders already sent for these activities, as "activity organisation kind". */
async function remindersSent(tx: Tx, activityIds: string[]): Promise<Set<string>> {
  if (activityIds.length === 0) return new Set();
  const rows = await tx
    .select({
      activityId: reportReminders.activityId,
      organisationId: reportReminders.organisationId,
      kind: reportReminders.kind,
    })
    .from(reportReminders)
    .where(amongIds([...new Set(activityIds)])(reportReminders.activityId));
  return new Set(rows.map((r) => `${r.activityId} ${r.organisationId} ${r.kind}`));
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
