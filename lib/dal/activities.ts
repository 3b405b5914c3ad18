import "server-only";
import { count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { activities, activityClauses, planClauses } from "@/db/schema";
import { dateAsGiven, type DateAsGiven } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import type { ActivityStatus, ActivityType, InvolvementRole, OrganisationKind, ReviewState, Theme } from "@/lib/domain";
import { availableActivityActions, type ActivityAction } from "@/lib/workflow/activity";
import { assertCan } from "./access";
import { actorOf } from "./audit-trail";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";

export const ACTIVITIES_PER_PAGE = 50;

export interface OrganisationRef {
  code: string;
  label: string; // the acronym where there is one, else the name
  name: string;
  kind: OrganisationKind;
}

export interface ActivityListItem {
  id: string;
  title: string;
  status: ActivityStatus;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  city: string | null;
  countryCode: string | null;
  lead: OrganisationRef;
  unEntities: OrganisationRef[];
  clauses: string[];
}

export interface ActivityPage {
  items: ActivityListItem[];
  total: number;
  page: number;
  pageCount: number;
}

type OrganisationRow = { code: string; acronym: string | null; name: string; kind: OrganisationKind };

function organisationRef(org: OrganisationRow): OrganisationRef {
  return { code: org.code, label: org.acronym ?? org.name, name: org.name, kind: org.kind };
}

// Newest first; undated activities last, then the most recently recorded.
const NEWEST_FIRST = [sql`${activities.startDate} DESC NULLS LAST`, desc(activities.createdAt), activities.id];

const ORGANISATION_COLUMNS = { code: true, acronym: true, name: true, kind: true } as const;
const ORGANISATION_COLUMNS_WITH_ID = { ...ORGANISATION_COLUMNS, id: true } as const;

export interface ActivityQuery {
  page: number;
  /** A Plan of Action clause number ("1.2.4"): only activities linked to it. */
  clause?: string;
}

// Built as a sub-select (not raw SQL naming other tables' columns), since relational
// queries re-alias every column in a raw where clause to the queried table.
function activityFilter(db: Database, query: ActivityQuery): SQL | undefined {
  if (!query.clause) return undefined;
  const linked = db
    .select({ id: activityClauses.activityId })
    .from(activityClauses)
    .innerJoin(planClauses, eq(planClauses.id, activityClauses.clauseId))
    .where(eq(planClauses.number, query.clause));
  return inArray(activities.id, linked);
}

/** One page of activities, newest first: two queries whatever the page holds. */
export async function listActivities(user: SessionUser, query: ActivityQuery): Promise<ActivityPage> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const { page } = query;
  const where = activityFilter(db, query);
  const [{ total }] = (await db.select({ total: count() }).from(activities).where(where)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(total / ACTIVITIES_PER_PAGE));
  const rows = await db.query.activities.findMany({
    columns: {
      id: true,
      title: true,
      status: true,
      city: true,
      countryCode: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
    },
    with: {
      lead: { columns: ORGANISATION_COLUMNS },
      organisations: { columns: { role: true }, with: { organisation: { columns: ORGANISATION_COLUMNS } } },
      clauses: { columns: { isPrimary: true }, with: { clause: { columns: { number: true, position: true } } } },
    },
    where,
    orderBy: NEWEST_FIRST,
    limit: ACTIVITIES_PER_PAGE,
    offset: (page - 1) * ACTIVITIES_PER_PAGE,
  });
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    start: dateAsGiven(row.startDate, row.startPrecision),
    end: dateAsGiven(row.endDate, row.endPrecision),
    city: row.city,
    countryCode: row.countryCode,
    lead: organisationRef(row.lead),
    unEntities: row.organisations
      .map((o) => o.organisation)
      .filter((o) => o.kind === "un_entity")
      .map(organisationRef),
    clauses: row.clauses
      .map((c) => c.clause)
      .sort((a, b) => a.position - b.position)
      .map((c) => c.number),
  }));
  return { items, total, page, pageCount };
}

export interface ActivityDetail {
  id: string;
  reviewState: ReviewState;
  /** Exactly what the signed-in user may do now, from the workflow table. */
  actions: Array<{ action: ActivityAction; label: string; needsComment: boolean; confirm: string | null }>;
  title: string;
  summary: string | null;
  type: ActivityType;
  status: ActivityStatus;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  city: string | null;
  countryCode: string | null;
  expectedParticipants: number | null;
  lead: OrganisationRef;
  organisations: Array<OrganisationRef & { role: InvolvementRole }>;
  themes: Theme[];
  clauses: Array<{ number: string; text: string; isPrimary: boolean; edition: string }>;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const ROLE_ORDER: InvolvementRole[] = ["lead", "co_organiser", "supporting", "participant"];

/** The activity with everything about it in one query, or null when there is none. */
export async function getActivity(user: SessionUser, id: string): Promise<ActivityDetail | null> {
  assertCan(user, "activity:read");
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const row = await db.query.activities.findFirst({
    where: eq(activities.id, id),
    columns: { externalRef: false, leadOrganisationId: false, updatedById: false, submittedAt: false },
    with: {
      lead: { columns: ORGANISATION_COLUMNS },
      themes: { columns: { theme: true } },
      organisations: { columns: { role: true }, with: { organisation: { columns: ORGANISATION_COLUMNS_WITH_ID } } },
      clauses: {
        columns: { isPrimary: true },
        with: {
          clause: {
            columns: { number: true, text: true, position: true },
            with: { edition: { columns: { title: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const {
    startDate,
    startPrecision,
    endDate,
    endPrecision,
    lead,
    themes,
    organisations,
    clauses,
    createdById,
    submittedById,
    ...fields
  } = row;
  const facts = {
    status: row.status,
    reviewState: row.reviewState,
    createdById,
    submittedById,
    involvedOrganisationIds: organisations.map((o) => o.organisation.id),
  };
  return {
    ...fields,
    actions: availableActivityActions(actorOf(user), facts).map((t) => ({
      action: t.action,
      label: t.label,
      needsComment: t.needs.includes("comment"),
      confirm: t.confirm ?? null,
    })),
    start: dateAsGiven(startDate, startPrecision),
    end: dateAsGiven(endDate, endPrecision),
    lead: organisationRef(lead),
    themes: themes.map((t) => t.theme),
    organisations: organisations
      .map((o) => ({ ...organisationRef(o.organisation), role: o.role }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.label.localeCompare(b.label)),
    clauses: clauses
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.clause.position - b.clause.position)
      .map((c) => ({
        number: c.clause.number,
        text: c.clause.text,
        isPrimary: c.isPrimary,
        edition: c.clause.edition.title,
      })),
  };
}

/** How many activities there are in each status. */
export async function countActivitiesByStatus(user: SessionUser): Promise<Record<ActivityStatus, number>> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const rows = await db.select({ status: activities.status, n: count() }).from(activities).groupBy(activities.status);
  const counts: Record<ActivityStatus, number> = { draft: 0, scheduled: 0, completed: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}
