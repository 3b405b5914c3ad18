import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/db/audit";
import { activities, calendarFeeds, users } from "@/db/schema";
import { placeName } from "@/lib/countries";
import { dateAsGiven, exclusiveEnd } from "@/lib/dates";
import type { CalendarActivity } from "@/lib/exports/ics";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "./access";
import { conditions } from "./activity-list";
import { auditActor } from "./audit-trail";
import { DATE_COLUMNS } from "./activity-state";
import { getDatabase } from "./db";
import { periodMeets } from "./periods";
import { loadActiveUser, type SessionUser } from "./session-user";
import { mfaRequiredRolesSetting } from "./settings";

const nextDay = (day: string) => exclusiveEnd({ date: day, precision: "day" });
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Makes (or replaces) the user's private feed token; the old URL stops working. Shown once. */
export async function renewCalendarFeed(user: SessionUser): Promise<{ token: string }> {
  assertCan(user, "activity:read");
  const token = randomBytes(24).toString("base64url");
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    await tx
      .insert(calendarFeeds)
      .values({ userId: user.id, tokenHash: hash(token) })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hash(token), createdAt: new Date() } });
    await recordAudit(tx, [
      { actor: auditActor(user), entityType: "user", entityId: user.id, action: "renew_calendar_feed" },
    ]);
  });
  return { token };
}

export async function revokeCalendarFeed(user: SessionUser): Promise<void> {
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, user.id));
    await recordAudit(tx, [
      { actor: auditActor(user), entityType: "user", entityId: user.id, action: "revoke_calendar_feed" },
    ]);
  });
}

export async function getCalendarFeed(user: SessionUser): Promise<{ createdAt: Date } | null> {
  const db = await getDatabase();
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, user.id));
  return row ?? null;
}

/**
 * The active user a feed token belongs to, or null for a wrong or revoked token, or while
 * the user's role must use two-step verification and they have not set it up.
 */
export async function userForFeedToken(token: string): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select({ id: users.id, role: users.role, mfaEnabledAt: users.mfaEnabledAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hash(token)), eq(users.active, true)));
  if (!row) return null;
  if (!row.mfaEnabledAt && (await mfaRequiredRolesSetting()).includes(row.role)) return null;
  return loadActiveUser(row.id);
}

/** Scheduled, completed and cancelled activities with a date, for calendars: one query. */
export async function listCalendarActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
  /** Only activities whose period meets [from, to] (ISO days). */
  within?: { from: string; to: string },
): Promise<CalendarActivity[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const rows = await db.query.activities.findMany({
    columns: {
      id: true,
      title: true,
      summary: true,
      status: true,
      ...DATE_COLUMNS,
      city: true,
      countryCode: true,
      version: true,
      updatedAt: true,
    },
    with: { lead: { columns: { acronym: true, name: true } } },
    where: and(
      inArray(activities.status, ["scheduled", "completed", "cancelled"]),
      isNotNull(activities.startDate),
      conditions(db, filters),
      within ? periodMeets(within.from, nextDay(within.to)) : undefined,
    ),
    orderBy: [asc(activities.startDate), asc(activities.id)],
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    status: row.status,
    start: dateAsGiven(row.startDate, row.startPrecision)!,
    end: dateAsGiven(row.endDate, row.endPrecision),
    place: placeName(row.city, row.countryCode),
    lead: row.lead.acronym ?? row.lead.name,
    version: row.version,
    updatedAt: row.updatedAt,
  }));
}
