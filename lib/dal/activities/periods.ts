import "server-only";
import { sql } from "drizzle-orm";
import { activities } from "@/db/schema";

/** The day after an activity's period ends, in SQL: "June 2018" runs until 1 July 2018. */
export const activityPeriodEnd = sql`(coalesce(${activities.endDate}, ${activities.startDate}) + CASE coalesce(${activities.endPrecision}, ${activities.startPrecision})
  WHEN 'year' THEN interval '1 year' WHEN 'month' THEN interval '1 month' ELSE interval '1 day' END)`;

/** Activities whose period meets [from, until) (ISO days, until exclusive); no until: open-ended. */
export function periodMeets(from: string, until?: string) {
  const endsAfter = sql`${activityPeriodEnd} > ${from}::date`;
  return until ? sql`(${activities.startDate} < ${until}::date AND ${endsAfter})` : sql`(${endsAfter})`;
}
