import "server-only";
import { eq, inArray } from "drizzle-orm";
import { activities, reportAttachments } from "@/db/schema";
import { dateAsGiven } from "@/lib/dates";
import type { CsvActivity } from "@/lib/exports/csv";
import type { IatiActivity } from "@/lib/exports/iati";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "./access";
import { conditions, ordering } from "./activity-list";
import { DATE_COLUMNS } from "./activity-state";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";

const BATCH = 1000;

type Db = Awaited<ReturnType<typeof getDatabase>>;

/** The reference a CSV row carries: the activity's own external reference, else app:<id>. */
export const csvReference = (id: string, externalRef: string | null) => externalRef ?? `app:${id}`;

/** The ids of the activities matching the filters, in the list's order, a batch at a time. */
async function* pagedIds(db: Db, filters: Partial<ActivityFilters>): AsyncGenerator<string[]> {
  const where = conditions(db, filters);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await db
      .select({ id: activities.id })
      .from(activities)
      .where(where)
      .orderBy(...ordering({ sort: filters.q ? "relevance" : "date", ...filters }))
      .limit(BATCH)
      .offset(offset);
    if (rows.length > 0) yield rows.map((r) => r.id);
    if (rows.length < BATCH) return;
  }
}

/**
 * Every activity matching the filters as CSV rows, a thousand at a time: memory holds one
 * batch whatever the number of rows. Two queries a batch.
 */
export async function* exportActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
): AsyncGenerator<CsvActivity[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  for await (const ids of pagedIds(db, filters)) {
    const rows = await db.query.activities.findMany({
      columns: {
        id: true,
        externalRef: true,
        title: true,
        summary: true,
        type: true,
        status: true,
        ...DATE_COLUMNS,
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
      where: inArray(activities.id, ids),
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield ids.map((id) => {
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
  }
}

/** Every activity matching the filters as IATI activities, a thousand at a time. */
export async function* iatiActivities(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
): AsyncGenerator<IatiActivity[]> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  for await (const ids of pagedIds(db, filters)) {
    const rows = await db.query.activities.findMany({
      columns: {
        id: true,
        title: true,
        summary: true,
        status: true,
        ...DATE_COLUMNS,
        countryCode: true,
        updatedAt: true,
      },
      with: {
        organisations: {
          columns: { role: true },
          with: { organisation: { columns: { name: true, kind: true, iatiIdentifier: true } } },
        },
        clauses: {
          columns: { isPrimary: true },
          with: { clause: { columns: { number: true, text: true, position: true } } },
        },
        reports: {
          columns: { state: true },
          with: {
            attachments: {
              columns: { id: true, fileName: true, mediaType: true },
              where: eq(reportAttachments.isPublic, true),
            },
          },
        },
      },
      where: inArray(activities.id, ids),
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield ids.map((id) => {
      const row = byId.get(id)!;
      return {
        id: row.id,
        title: row.title,
        summary: row.summary,
        status: row.status,
        reportApproved: row.reports.some((r) => r.state === "approved"),
        start: dateAsGiven(row.startDate, row.startPrecision),
        end: dateAsGiven(row.endDate, row.endPrecision),
        countryCode: row.countryCode,
        updatedAt: row.updatedAt,
        organisations: row.organisations
          .map((o) => ({
            name: o.organisation.name,
            kind: o.organisation.kind,
            iatiRef: o.organisation.iatiIdentifier,
            role: o.role,
          }))
          .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)),
        clauses: row.clauses
          .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.clause.position - b.clause.position)
          .map((c) => ({ number: c.clause.number, text: c.clause.text })),
        documents: row.reports.filter((r) => r.state === "approved").flatMap((r) => r.attachments),
      };
    });
  }
}

const ROLE_ORDER = ["lead", "co_organiser", "supporting", "participant"];
