import "server-only";
import { and, eq, ne, or, exists, sql, asc } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { activities, activityClauses, activityThemes } from "@/db/schema";
import { hasVenue } from "@/lib/activity-mode";
import { dateAsGiven, exclusiveEnd, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import { assertCan } from "@/lib/dal/access";
import { DATE_FIELDS, readCurrentActivity } from "@/lib/dal/activities/state";
import { getDatabase } from "@/lib/dal/db";
import { periodMeets } from "@/lib/dal/activities/periods";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface Overlap {
  id: string;
  title: string;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  /** Held in parts: each range (none for one range). */
  parts: DateRangeAsGiven[];
}

/** The days an activity is held, as [from, until) intervals: each part's, or its one range's. */
const heldOn = (start: DateAsGiven, end: DateAsGiven | null, parts: readonly DateRangeAsGiven[] = []) =>
  (parts.length >= 2 ? parts : [{ start, end }]).map((p) => [p.start.date, exclusiveEnd(p.end ?? p.start)] as const);

/**
 * Other activities held in the same country (in person or hybrid) at the same time that share a clause or a theme:
 * a warning, not a block, so people can coordinate. One query.
 */
export async function findOverlaps(user: SessionUser, activityId: string): Promise<Overlap[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const current = await readCurrentActivity(activityId);
  if (!current?.start || !current.countryCode || current.status === "cancelled") return [];
  // Online entries meet nowhere: they do not overlap by place (a hybrid one has its venue).
  if (!hasVenue(current.mode)) return [];
  const from = current.start.date;
  const until = exclusiveEnd(current.end ?? current.start);
  const mine = alias(activityClauses, "mine");
  const myTheme = alias(activityThemes, "my_theme");
  const sharesClause = exists(
    db
      .select({ one: sql`1` })
      .from(activityClauses)
      .innerJoin(mine, and(eq(mine.clauseId, activityClauses.clauseId), eq(mine.activityId, activityId)))
      .where(eq(activityClauses.activityId, activities.id)),
  );
  const sharesTheme = exists(
    db
      .select({ one: sql`1` })
      .from(activityThemes)
      .innerJoin(myTheme, and(eq(myTheme.theme, activityThemes.theme), eq(myTheme.activityId, activityId)))
      .where(eq(activityThemes.activityId, activities.id)),
  );
  const rows = await db
    .select({
      id: activities.id,
      title: activities.title,
      ...DATE_FIELDS,
    })
    .from(activities)
    .where(
      and(
        ne(activities.id, activityId),
        ne(activities.status, "cancelled"),
        eq(activities.countryCode, current.countryCode),
        ne(activities.mode, "online"),
        periodMeets(from, until),
        or(sharesClause, sharesTheme),
      ),
    )
    .orderBy(asc(activities.startDate))
    // Spans that meet, then by their parts: an activity in parts meets only on its parts' days.
    .limit(100);
  const parts = await readDateParts(db, [activityId, ...rows.map((r) => r.id)]);
  const myDays = heldOn(current.start, current.end, parts.get(activityId));
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      start: dateAsGiven(r.startDate, r.startPrecision),
      end: dateAsGiven(r.endDate, r.endPrecision),
      parts: parts.get(r.id) ?? [],
    }))
    .filter((o) =>
      heldOn(o.start!, o.end, o.parts).some(([from, until]) => myDays.some(([f, u]) => from < u && f < until)),
    )
    .slice(0, 10);
}
