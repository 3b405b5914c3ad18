import "server-only";
import { asc, eq, inArray, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { activityDateParts } from "@/db/schema";
import { dateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import type { DatePrecision } from "@/lib/domain";
import { partsAsGiven, spanOfParts, typedPart, type TypedDatePart } from "@/lib/date-parts";
import type { Executor, Tx } from "@/lib/dal/db";

// The parts of activities held in parts. Only an activity of two or more parts has rows;
// its own start and end are the parts' span, written here with them (same transaction).

/** The activity's own date columns when the form gives parts; null when it gives one range. */
export function spanColumns(parts: readonly TypedDatePart[] | undefined) {
  const span = spanOfParts(partsAsGiven(parts));
  if (!span || (parts?.length ?? 0) < 2) return null;
  return {
    startDate: span.start.date,
    startPrecision: span.start.precision,
    endDate: span.end.date,
    endPrecision: span.end.precision,
  };
}

/** A stored part (its four date columns) as a range as given. */
export function partOfRow(row: {
  startDate: string;
  startPrecision: DatePrecision;
  endDate: string | null;
  endPrecision: DatePrecision | null;
}): DateRangeAsGiven {
  return {
    start: { date: row.startDate, precision: row.startPrecision },
    end: dateAsGiven(row.endDate, row.endPrecision),
  };
}

/** Replaces the activity's parts with the form's (none when it gives one range). */
export async function writeDateParts(tx: Tx, activityId: string, parts: readonly TypedDatePart[] | undefined) {
  await tx.delete(activityDateParts).where(eq(activityDateParts.activityId, activityId));
  const given = partsAsGiven(parts);
  if (given.length < 2) return;
  await tx.insert(activityDateParts).values(
    given.map((p, i) => ({
      activityId,
      position: i + 1,
      startDate: p.start.date,
      startPrecision: p.start.precision,
      endDate: p.end?.date ?? null,
      endPrecision: p.end?.precision ?? null,
    })),
  );
}

/**
 * The parts of each of these activities (ids, or a scope such as the export's
 * matchingActivities for a whole record), in order; an activity in one range has none (absent).
 */
export async function readDateParts(
  db: Executor,
  activities: readonly string[] | ((activityId: AnyPgColumn) => SQL),
): Promise<Map<string, DateRangeAsGiven[]>> {
  const byActivity = new Map<string, DateRangeAsGiven[]>();
  if (Array.isArray(activities) && activities.length === 0) return byActivity;
  const rows = await db
    .select()
    .from(activityDateParts)
    .where(
      typeof activities === "function"
        ? activities(activityDateParts.activityId)
        : inArray(activityDateParts.activityId, [...new Set(activities as readonly string[])]),
    )
    .orderBy(asc(activityDateParts.activityId), asc(activityDateParts.position));
  for (const row of rows) {
    const list = byActivity.get(row.activityId) ?? [];
    list.push(partOfRow(row));
    byActivity.set(row.activityId, list);
  }
  return byActivity;
}

/** One activity's parts as the form types them (none for one range). */
export async function readTypedDateParts(db: Executor, activityId: string): Promise<TypedDatePart[]> {
  return ((await readDateParts(db, [activityId])).get(activityId) ?? []).map(typedPart);
}
