import "server-only";
import { and, asc, count, eq, isNotNull, ne, sql } from "drizzle-orm";
import { activities, activitySeries } from "@/db/schema";
import { periodOf, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import type { ActivityStatus } from "@/lib/domain";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { seriesEditSchema, seriesSchema } from "@/lib/validation/series";
import { assertCan } from "@/lib/dal/access";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import { DATE_FIELDS } from "@/lib/dal/activities/state";
import { recordEvent } from "@/lib/dal/audit-trail";
import { getDatabase, type Executor, type Tx } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

// Series of meetings ("the AICHR-UN Meeting", "the Meeting of Focal Points"): read by
// everyone who reads the record, kept by the secretariat and admins (series:manage).

export interface SeriesSummary {
  id: string;
  code: string;
  name: string;
  context: string | null;
  meetingCount: number;
}

export interface SeriesMeeting {
  id: string;
  title: string;
  ordinal: number | null;
  status: ActivityStatus;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  /** Held in parts: each range (none for one range). */
  parts: DateRangeAsGiven[];
}

export interface SeriesDetail extends Omit<SeriesSummary, "meetingCount"> {
  /** By number in the series, then those without a number by date. */
  meetings: SeriesMeeting[];
}

/** Every series with how many activities belong to it, by name. */
export async function listSeries(user: SessionUser): Promise<SeriesSummary[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: activitySeries.id,
        code: activitySeries.code,
        name: activitySeries.name,
        context: activitySeries.context,
      })
      .from(activitySeries)
      .orderBy(asc(activitySeries.name)),
    db
      .select({ id: activities.seriesId, n: count() })
      .from(activities)
      .where(isNotNull(activities.seriesId))
      .groupBy(activities.seriesId),
  ]);
  const countOf = new Map(counts.map((c) => [c.id, c.n]));
  return rows.map((s) => ({ ...s, meetingCount: countOf.get(s.id) ?? 0 }));
}

/** One series and its meetings in order, or null when there is none. */
export async function getSeries(user: SessionUser, id: string): Promise<SeriesDetail | null> {
  assertCan(user, "activity:read");
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const [series] = await db
    .select({
      id: activitySeries.id,
      code: activitySeries.code,
      name: activitySeries.name,
      context: activitySeries.context,
    })
    .from(activitySeries)
    .where(eq(activitySeries.id, id));
  if (!series) return null;
  const meetings = await db
    .select({
      id: activities.id,
      title: activities.title,
      ordinal: activities.seriesOrdinal,
      status: activities.status,
      ...DATE_FIELDS,
    })
    .from(activities)
    .where(eq(activities.seriesId, id))
    .orderBy(
      sql`${activities.seriesOrdinal} ASC NULLS LAST`,
      sql`${activities.startDate} ASC NULLS LAST`,
      asc(activities.id),
    );
  // Meetings held in parts are told by their parts, as everywhere else.
  const parts = await readDateParts(
    db,
    meetings.map((m) => m.id),
  );
  return {
    ...series,
    meetings: meetings.map((m) => ({
      id: m.id,
      title: m.title,
      ordinal: m.ordinal,
      status: m.status,
      ...periodOf(m),
      parts: parts.get(m.id) ?? [],
    })),
  };
}

/** The series the activity form offers, by name. */
export async function seriesChoices(db: Executor) {
  return db
    .select({ id: activitySeries.id, name: activitySeries.name })
    .from(activitySeries)
    .orderBy(asc(activitySeries.name));
}

const FIELD_ERRORS = "Some fields need attention.";

/**
 * An activity's place in a series: the series must exist, and its number must not be another
 * activity's. The series' row is locked first, so two saves giving the same number take turns
 * and the second is told, rather than refused by the unique index with a server error.
 */
export async function checkSeriesPlace(
  tx: Tx,
  place: { seriesId: string | null; seriesOrdinal: number | null },
  activityId: string | null,
): Promise<void> {
  if (!place.seriesId) return;
  const [series] = await tx
    .select({ id: activitySeries.id, name: activitySeries.name })
    .from(activitySeries)
    .where(eq(activitySeries.id, place.seriesId))
    .for("update");
  if (!series) throw new InvalidInputError(FIELD_ERRORS, { seriesId: "Choose a series from the list." });
  if (place.seriesOrdinal === null) return;
  const [taken] = await tx
    .select({ title: activities.title })
    .from(activities)
    .where(
      and(
        eq(activities.seriesId, place.seriesId),
        eq(activities.seriesOrdinal, place.seriesOrdinal),
        activityId ? ne(activities.id, activityId) : undefined,
      ),
    );
  if (taken) {
    throw new InvalidInputError(FIELD_ERRORS, {
      seriesOrdinal: `Number ${place.seriesOrdinal} in ${series.name} is already taken by “${taken.title}”.`,
    });
  }
}

/** Adds a series; a code already taken is a field error, never a second row. */
export async function createSeries(user: SessionUser, input: unknown): Promise<{ id: string }> {
  const subject = { entityType: "series" as const, entityId: "new", action: "create" };
  return mutate({ user, subject, capability: "series:manage" }, async (tx, effects) => {
    const values = seriesSchema.parse(input);
    const [taken] = await tx
      .select({ id: activitySeries.id })
      .from(activitySeries)
      .where(eq(activitySeries.code, values.code));
    if (taken)
      throw new InvalidInputError(FIELD_ERRORS, { code: `The code ${values.code} is taken by another series.` });
    const row = { code: values.code, name: values.name, context: values.context || null };
    const [created] = await tx.insert(activitySeries).values(row).returning({ id: activitySeries.id });
    effects.audit(recordEvent(user, "series", created!.id, "create", null, row));
    return { id: created!.id };
  });
}

/** Renames a series or rewrites its context; its code stays. The public register shows its name. */
export async function updateSeries(user: SessionUser, id: string, input: unknown): Promise<void> {
  const subject = { entityType: "series" as const, entityId: id, action: "edit" };
  await mutate({ user, subject, capability: "series:manage", publicRecord: true }, async (tx, effects) => {
    const values = seriesEditSchema.parse(input);
    if (!isUuid(id)) throw new AppError("not_found", "series");
    const [before] = await tx
      .select({ name: activitySeries.name, context: activitySeries.context })
      .from(activitySeries)
      .where(eq(activitySeries.id, id))
      .for("update");
    if (!before) throw new AppError("not_found", "series");
    const after = { name: values.name, context: values.context || null };
    await tx.update(activitySeries).set(after).where(eq(activitySeries.id, id));
    effects.audit(recordEvent(user, "series", id, "edit", before, after));
  });
}
