import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { activities } from "@/db/schema";

/**
 * The SQL twin of isDatePassed (lib/date-passed.ts): scheduled, and the day after the last
 * day its dates cover (its end, else its start, at their precision) is today or earlier.
 */
export function datePassedCondition(now = new Date()): SQL {
  const today = now.toISOString().slice(0, 10);
  const last = sql`coalesce(${activities.endDate}, ${activities.startDate})`;
  const precision = sql`coalesce(${activities.endPrecision}, ${activities.startPrecision})`;
  const after = sql`(CASE ${precision} WHEN 'year' THEN ${last} + interval '1 year' WHEN 'month' THEN ${last} + interval '1 month' ELSE ${last} + interval '1 day' END)`;
  return and(eq(activities.status, "scheduled"), sql`${after} <= ${today}::date`)!;
}
