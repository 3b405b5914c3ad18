import "server-only";
import { inArray } from "drizzle-orm";
import { activities } from "@/db/schema";
import { dateAsGiven } from "@/lib/dates";
import type { CsvActivity } from "@/lib/exports/csv";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "./access";
import { conditions, ordering } from "./activity-list";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";

const BATCH = 1000;

/** The reference a CSV row carries: the activity's own external reference, else app:<id>. */
export const csvReference = (id: string, externalRef: string | null) => externalRef ?? `app:${id}`;

/**
 * Every activity matching the filters, in the list's order, a thousand at a time: memory
 * holds one batch whatever the number of rows. Two queries a batch.
 */
export async function* exportActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
): AsyncGenerator<CsvActivity[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const where = conditions(db, filters);
  for (let offset = 0; ; offset += BATCH) {
    const ids = await db
      .select({ id: activities.id })
      .from(activities)
      .where(where)
      .orderBy(...ordering({ sort: filters.q ? "relevance" : "date", ...filters }))
      .limit(BATCH)
      .offset(offset);
    if (ids.length === 0) return;
    const rows = await db.query.activities.findMany({
      columns: {
        id: true,
        externalRef: true,
        title: true,
        summary: true,
        type: true,
        status: true,
        startDate: true,
        startPrecision: true,
        endDate: true,
        endPrecision: true,
        city: true,
        countryCode: true,
        expectedParticipants: true,
      },
      with: {
        lead: { columns: { code: true } },
        organisations: { columns: { role: true }, with: { organisation: { columns: { code: true } } } },
        themes: { columns: { theme: true } },
        clauses: { columns: { isPrimary: true }, with: { clause: { columns: { number: true, position: true } } } },
      },
      where: inArray(
        activities.id,
        ids.map((r) => r.id),
      ),
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield ids.map(({ id }) => {
      const row = byId.get(id)!;
      return {
        reference: csvReference(row.id, row.externalRef),
        title: row.title,
        summary: row.summary,
        type: row.type,
        status: row.status,
        start: dateAsGiven(row.startDate, row.startPrecision),
        end: dateAsGiven(row.endDate, row.endPrecision),
        city: row.city,
        countryCode: row.countryCode,
        expectedParticipants: row.expectedParticipants,
        lead: row.lead.code,
        involved: row.organisations
          .filter((o) => o.role !== "lead")
          .map((o) => ({ code: o.organisation.code, role: o.role }))
          .sort((a, b) => a.code.localeCompare(b.code)),
        themes: row.themes.map((t) => t.theme).sort(),
        clauses: row.clauses
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.clause.position - b.clause.position)
          .map((c) => c.clause.number),
      };
    });
    if (ids.length < BATCH) return;
  }
}
