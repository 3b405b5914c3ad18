import "server-only";
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { activities, calendarFeeds, organisations, users } from "@/db/schema";
import { monthBounds, monthOf, type Month } from "@/lib/calendar-month";
import { placeName } from "@/lib/countries";
import { dateAsGiven, exclusiveEnd, type DateRangeAsGiven } from "@/lib/dates";
import type { CalendarActivity } from "@/lib/exports/ics";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "@/lib/dal/access";
import { conditions } from "@/lib/dal/activities/list";
import { auditActor } from "@/lib/dal/audit-trail";
import { DATE_COLUMNS } from "@/lib/dal/activities/state";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import { periodMeets } from "@/lib/dal/activities/periods";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import { SESSION_USER_COLUMNS, toSessionUser, type SessionUser } from "@/lib/dal/accounts/session-user";
import { mfaRequiredRolesSetting } from "@/lib/dal/admin/settings";

const nextDay = (day: string) => exclusiveEnd({ date: day, precision: "day" });

/** Does the part meet [from, until) (ISO days, until exclusive; none: open-ended)? As periodMeets, for one part. */
const partMeets = (part: DateRangeAsGiven, from: string, until?: string) =>
  exclusiveEnd(part.end ?? part.start) > from && (!until || part.start.date < until);
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Makes (or replaces) the user's private feed token; the old URL stops working. Shown once. */
export async function renewCalendarFeed(user: SessionUser): Promise<{ token: string }> {
  const token = randomBytes(24).toString("base64url");
  const subject = { entityType: "user" as const, entityId: user.id, action: "renew_calendar_feed" as const };
  await mutate({ user, subject, capability: "activity:read" }, async (tx, effects) => {
    await tx
      .insert(calendarFeeds)
      .values({ userId: user.id, tokenHash: hash(token) })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hash(token), createdAt: new Date() } });
    effects.audit({ actor: auditActor(user), ...subject });
  });
  return { token };
}

export async function revokeCalendarFeed(user: SessionUser): Promise<void> {
  const subject = { entityType: "user" as const, entityId: user.id, action: "revoke_calendar_feed" as const };
  await mutate({ user, subject }, async (tx, effects) => {
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, user.id));
    effects.audit({ actor: auditActor(user), ...subject });
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
  // The owner as a SessionUser in the same query: calendar apps poll all day, and an
  // unchanged poll should cost as few round trips as it can.
  const [row] = await db
    .select({ ...SESSION_USER_COLUMNS, mfaEnabledAt: users.mfaEnabledAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(calendarFeeds.tokenHash, hash(token)), eq(users.active, true)));
  if (!row) return null;
  const { mfaEnabledAt, ...owner } = row;
  if (!mfaEnabledAt && (await mfaRequiredRolesSetting()).includes(owner.role)) return null;
  return toSessionUser(owner);
}

/** What a calendar shows: scheduled, completed and cancelled activities with a date, filtered. */
function onCalendar(db: Database, filters: Partial<ActivityFilters>) {
  return and(
    inArray(activities.status, ["scheduled", "completed", "cancelled"]),
    isNotNull(activities.startDate),
    conditions(db, filters),
  );
}

/** Scheduled, completed and cancelled activities with a date, for calendars: one query. */
export async function listCalendarActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
  /** Only activities whose period meets [from, to] (ISO days); without to, from on. */
  within?: { from: string; to?: string },
): Promise<CalendarActivity[]> {
  assertCan(user, "activity:read");
  // Signed in: the feed and the calendar page may carry the meeting links.
  return calendarActivities(filters, within, undefined, { meetingLinks: true });
}

/** The calendar's activities for a caller that has decided who may see them; `among` narrows them. */
export async function calendarActivities(
  filters: Partial<ActivityFilters>,
  within?: { from: string; to?: string },
  among?: SQL,
  /** Only for a signed-in reader; the public calendar leaves them out. */
  { meetingLinks = false }: { meetingLinks?: boolean } = {},
): Promise<CalendarActivity[]> {
  const db = await getDatabase();
  const rows = await db.query.activities.findMany({
    columns: {
      id: true,
      title: true,
      summary: true,
      status: true,
      ...DATE_COLUMNS,
      mode: true,
      meetingLink: meetingLinks,
      city: true,
      countryCode: true,
      version: true,
      updatedAt: true,
    },
    with: { lead: { columns: { acronym: true, name: true } } },
    where: and(
      onCalendar(db, filters),
      within ? periodMeets(within.from, within.to && nextDay(within.to)) : undefined,
      among,
    ),
    orderBy: [asc(activities.startDate), asc(activities.id)],
  });
  const parts = await readDateParts(
    db,
    rows.map((row) => row.id),
  );
  // Held in parts, an activity is on the calendar of the parts' days, not of the gaps between.
  const meetsWindow = (id: string) =>
    !within ||
    (parts.get(id) ?? []).length < 2 ||
    parts.get(id)!.some((p) => partMeets(p, within.from, within.to && nextDay(within.to)));
  return rows
    .filter((row) => meetsWindow(row.id))
    .map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      status: row.status,
      start: dateAsGiven(row.startDate, row.startPrecision)!,
      end: dateAsGiven(row.endDate, row.endPrecision),
      parts: parts.get(row.id) ?? [],
      place: placeName(row.city, row.countryCode),
      mode: row.mode,
      // Selected only when asked for (the columns above): absent from the public calendar's rows.
      ...(meetingLinks ? { meetingLink: (row as { meetingLink?: string | null }).meetingLink ?? null } : {}),
      lead: row.lead.acronym ?? row.lead.name,
      version: row.version,
      updatedAt: row.updatedAt,
    }));
}

/** The month of the latest activity the filters select, or null when they select none. */
async function latestActivityMonth(filters: Partial<ActivityFilters>): Promise<Month | null> {
  const db = await getDatabase();
  // As text, so that both engines return the same thing (PGlite would give a Date).
  const [row] = await db
    .select({ day: sql<string | null>`to_char(max(${activities.startDate}), 'YYYY-MM-DD')` })
    .from(activities)
    .where(onCalendar(db, filters));
  return row?.day ? monthOf(row.day) : null;
}

/**
 * The month the calendar opens, with its activities. A month asked for opens as asked, unless
 * a year filter excludes it; then that year opens, at its latest activity. Without a month,
 * this month opens, or, if the filters select nothing in it, the month of their latest
 * activity: a first visit never lands on an empty page while the record has something to show.
 */
export async function openCalendarMonth(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
  requested: Month | null,
  today: string,
): Promise<{ month: Month; activities: CalendarActivity[] }> {
  assertCan(user, "activity:read");
  const latestOrYearStart = async (otherwise: Month): Promise<Month> =>
    (await latestActivityMonth(filters)) ?? (filters.year ? { year: filters.year, month: 1 } : otherwise);
  let month = requested ?? monthOf(today);
  const outsideYear = filters.year !== undefined && month.year !== filters.year;
  if (outsideYear) month = await latestOrYearStart(month);
  let activities = await listCalendarActivities(user, filters, monthBounds(month));
  if (!requested && !outsideYear && activities.length === 0) {
    const latest = await latestOrYearStart(month);
    if (latest.year !== month.year || latest.month !== month.month) {
      month = latest;
      activities = await listCalendarActivities(user, filters, monthBounds(month));
    }
  }
  return { month, activities };
}
