import "server-only";
import { activityBasics } from "@/lib/dal/activities/state";
import { and, asc, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { activities, reportAttachments, reports } from "@/db/schema";
import { dateAsGiven, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import type {
  ActivityMode,
  ActivityScope,
  ActivityStatus,
  ActivityType,
  InvolvementRole,
  OrganisationKind,
  Theme,
} from "@/lib/domain";
import { isUuid } from "@/lib/ids";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { conditions } from "@/lib/dal/activities/list";
import { DATE_COLUMNS } from "@/lib/dal/activities/state";
import { partOfRow } from "@/lib/dal/activities/date-parts";
import { assertCan } from "@/lib/dal/access";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { publishedActivity } from "@/lib/dal/public/record";

// A published activity with everything public about it, for its page and the read API:
// organisations (never people), clauses, and the public part of its approved reports.

export interface PublicOrganisation {
  code: string;
  name: string;
  /** The acronym where there is one, else the name. */
  label: string;
  kind: OrganisationKind;
}

export interface PublicReport {
  organisation: PublicOrganisation;
  actualStart: DateAsGiven;
  actualEnd: DateAsGiven | null;
  participantsTotal: number;
  participantsBySex: Record<string, number>;
  participantsByGroup: Record<string, number>;
  outcomes: string;
  /** The files its author published with it. */
  attachments: Array<{ id: string; fileName: string; mediaType: string }>;
}

export interface PublicActivity {
  id: string;
  title: string;
  summary: string | null;
  type: ActivityType;
  status: ActivityStatus;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  /** Held in parts: each range, in order (none for one range). */
  parts: DateRangeAsGiven[];
  /** The venue; with the mode, "Online" or "Jakarta, Indonesia and online". Never the meeting link. */
  place: string | null;
  mode: ActivityMode;
  countryCode: string | null;
  scope: ActivityScope;
  themes: Theme[];
  organisations: Array<PublicOrganisation & { role: InvolvementRole }>;
  clauses: Array<{ number: string; text: string; edition: string }>;
  /** Approved reports only. */
  reports: PublicReport[];
  updatedAt: string;
  /** The series of meetings it belongs to ("AICHR-UN Meeting") and its number in it. */
  series: { code: string; name: string; ordinal: number | null } | null;
}

const ORGANISATION = { code: true, name: true, acronym: true, kind: true } as const;
const ROLE_ORDER: InvolvementRole[] = ["lead", "co_organiser", "supporting", "participant"];

const publicOrganisation = (o: { code: string; name: string; acronym: string | null; kind: OrganisationKind }) => ({
  code: o.code,
  name: o.name,
  label: o.acronym ?? o.name,
  kind: o.kind,
});

/** One published activity as the public sees it, or null when there is none or it is not published. */
export async function getPublishedActivity(id: string): Promise<PublicActivity | null> {
  return getApiActivity(null, id);
}

/**
 * One activity for the read API: for an anonymous caller (null) only a published one; for a
 * token's user, any activity that user may read. Reports are the approved ones either way.
 */
export async function getApiActivity(reader: SessionUser | null, id: string): Promise<PublicActivity | null> {
  if (!isUuid(id)) return null;
  const [activity] = await activitiesOf(reader, eq(activities.id, id));
  return activity ?? null;
}

/** Activities matching `where` that the reader may see, in `orderBy` order, at most `limit`: one query with every public field. */
async function activitiesOf(
  reader: SessionUser | null,
  where: SQL | undefined,
  { orderBy = [asc(activities.id)], limit }: { orderBy?: SQL[] | AnyColumn[]; limit?: number } = {},
): Promise<PublicActivity[]> {
  if (reader) assertCan(reader, "activity:read");
  const db = await getDatabase();
  const rows = await db.query.activities.findMany({
    where: and(where, reader ? undefined : publishedActivity()),
    orderBy,
    limit,
    columns: {
      id: true,
      title: true,
      summary: true,
      type: true,
      status: true,
      ...DATE_COLUMNS,
      mode: true,
      city: true,
      countryCode: true,
      scope: true,
      updatedAt: true,
      seriesOrdinal: true,
    },
    with: {
      dateParts: { columns: DATE_COLUMNS, orderBy: (p, { asc }) => [asc(p.position)] },
      series: { columns: { code: true, name: true } },
      themes: { columns: { theme: true } },
      organisations: { columns: { role: true }, with: { organisation: { columns: ORGANISATION } } },
      clauses: {
        columns: { isPrimary: true },
        with: {
          clause: {
            columns: { number: true, text: true, position: true },
            with: { edition: { columns: { code: true } } },
          },
        },
      },
      reports: {
        columns: {
          actualStartDate: true,
          actualStartPrecision: true,
          actualEndDate: true,
          actualEndPrecision: true,
          participantsTotal: true,
          participantsBySex: true,
          participantsByGroup: true,
          outcomes: true,
        },
        where: eq(reports.state, "approved"),
        with: {
          organisation: { columns: ORGANISATION },
          attachments: {
            columns: { id: true, fileName: true, mediaType: true },
            where: eq(reportAttachments.isPublic, true),
          },
        },
      },
    },
  });
  return rows.map((row) => ({
    ...activityBasics(row),
    parts: row.dateParts.map(partOfRow),
    countryCode: row.countryCode,
    scope: row.scope,
    themes: row.themes.map((t) => t.theme),
    organisations: row.organisations
      .map((o) => ({ ...publicOrganisation(o.organisation), role: o.role }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.label.localeCompare(b.label)),
    clauses: row.clauses
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.clause.position - b.clause.position)
      .map((c) => ({ number: c.clause.number, text: c.clause.text, edition: c.clause.edition.code })),
    reports: row.reports
      .map((r) => ({
        organisation: publicOrganisation(r.organisation),
        actualStart: dateAsGiven(r.actualStartDate, r.actualStartPrecision)!,
        actualEnd: dateAsGiven(r.actualEndDate, r.actualEndPrecision),
        participantsTotal: r.participantsTotal,
        participantsBySex: r.participantsBySex,
        participantsByGroup: r.participantsByGroup,
        outcomes: r.outcomes,
        attachments: r.attachments,
      }))
      .sort((a, b) => a.organisation.label.localeCompare(b.organisation.label)),
    updatedAt: row.updatedAt.toISOString(),
    series: row.series ? { code: row.series.code, name: row.series.name, ordinal: row.seriesOrdinal } : null,
  }));
}

/** Where a page of the API's list starts: after this change time (to the millisecond) and id. */
export interface SyncPosition {
  updatedAt: string;
  id: string;
}

// Milliseconds: what a JavaScript Date and an ISO cursor carry, so a cursor never skips a row.
const changedAt = sql`date_trunc('milliseconds', ${activities.updatedAt})`;

/**
 * A page of activities in the order they last changed (oldest first), for clients that sync:
 * `since` keeps those changed at or after an instant, `after` continues a page. Published
 * ones for an anonymous caller (null); what the token's user may read otherwise.
 */
export async function apiActivitiesPage(
  reader: SessionUser | null,
  filters: Partial<ActivityFilters>,
  { since, after, limit }: { since?: string; after?: SyncPosition; limit: number },
): Promise<{ activities: PublicActivity[]; next: SyncPosition | null }> {
  const db = await getDatabase();
  const where = and(
    conditions(db, filters),
    since ? sql`${changedAt} >= ${since}::timestamptz` : undefined,
    after ? sql`(${changedAt}, ${activities.id}) > (${after.updatedAt}::timestamptz, ${after.id}::uuid)` : undefined,
  );
  const page = await activitiesOf(reader, where, { orderBy: [changedAt, asc(activities.id)], limit: limit + 1 });
  const more = page.length > limit;
  const shown = page.slice(0, limit);
  const last = shown.at(-1);
  return { activities: shown, next: more && last ? { updatedAt: last.updatedAt, id: last.id } : null };
}
