import "server-only";
import { count, eq } from "drizzle-orm";
import { activities } from "@/db/schema";
import { dateAsGiven, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { isDatePassed } from "@/lib/date-passed";
import type {
  ActivityMode,
  ActivityScope,
  ActivityStatus,
  ActivityType,
  InvolvementRole,
  OrganisationKind,
  ReviewState,
  Theme,
} from "@/lib/domain";
import { can } from "@/lib/permissions";
import { availableActivityActions, type ActivityAction } from "@/lib/workflow/activity";
import { submissionProblems, unmetRequirement, type SubmissionProblem } from "@/lib/workflow/guards";
import { assertCan } from "@/lib/dal/access";
import { DATE_COLUMNS, readCurrentActivity } from "@/lib/dal/activities/state";
import { partOfRow } from "@/lib/dal/activities/date-parts";
import { actorOf } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface OrganisationRef {
  code: string;
  label: string; // the acronym where there is one, else the name
  name: string;
  kind: OrganisationKind;
  /** Retired since: the record keeps it and says so. */
  retired?: boolean;
}

type OrganisationRow = {
  code: string;
  acronym: string | null;
  name: string;
  kind: OrganisationKind;
  retiredAt: Date | null;
};

export function organisationRef(org: OrganisationRow): OrganisationRef {
  return { code: org.code, label: org.acronym ?? org.name, name: org.name, kind: org.kind, retired: !!org.retiredAt };
}

export const ORGANISATION_COLUMNS = { code: true, acronym: true, name: true, kind: true, retiredAt: true } as const;
const ORGANISATION_COLUMNS_WITH_ID = { ...ORGANISATION_COLUMNS, id: true } as const;

export interface ActivityDetail {
  id: string;
  reviewState: ReviewState;
  /** What the signed-in user may do in this state, from the workflow table; hidden are those the role may never take. */
  actions: ActivityActionOffer[];
  /** For a draft this user may submit: what it still lacks (empty when ready). */
  submission: SubmissionProblem[] | null;
  title: string;
  summary: string | null;
  type: ActivityType;
  status: ActivityStatus;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  /** In person, online or hybrid; the link is for signed-in users only (this page is). */
  mode: ActivityMode;
  meetingLink: string | null;
  /** Held in parts: each range (none for one range). */
  parts: DateRangeAsGiven[];
  /** The series it belongs to and its number in it ("2nd AICHR-UN Meeting"), or null. */
  series: { id: string; name: string; ordinal: number | null } | null;
  city: string | null;
  countryCode: string | null;
  expectedParticipants: number | null;
  scope: ActivityScope;
  language: string;
  publishToIati: boolean;
  /** May the signed-in user mark it for IATI publication or keep it out? */
  canSetPublication: boolean;
  /** Scheduled, and its last day is behind us: someone should mark it completed or reschedule it. */
  datePassed: boolean;
  lead: OrganisationRef;
  organisations: Array<OrganisationRef & { role: InvolvementRole }>;
  themes: Theme[];
  clauses: Array<{ number: string; text: string; isPrimary: boolean; edition: string }>;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ActivityActionOffer {
  action: ActivityAction;
  label: string;
  needsComment: boolean;
  confirm: string | null;
  destructive: boolean;
  /** Why the action cannot be taken yet ("Can be marked completed from 20 January 2027."); null when it can. */
  blockedBy: string | null;
}

const ROLE_ORDER: InvolvementRole[] = ["lead", "co_organiser", "supporting", "participant"];

/** The activity with everything about it in one query, or null when there is none. */
export async function getActivity(user: SessionUser, id: string): Promise<ActivityDetail | null> {
  assertCan(user, "activity:read");
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const row = await db.query.activities.findFirst({
    where: eq(activities.id, id),
    columns: {
      externalRef: false,
      leadOrganisationId: false,
      updatedById: false,
      submittedAt: false,
      searchVector: false,
    },
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
      dateParts: { columns: DATE_COLUMNS, orderBy: (p, { asc }) => [asc(p.position)] },
      series: { columns: { id: true, name: true } },
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
    dateParts,
    series,
    seriesId: _seriesId,
    seriesOrdinal,
    ...fields
  } = row;
  const facts = {
    status: row.status,
    reviewState: row.reviewState,
    createdById,
    submittedById,
    involvedOrganisationIds: organisations.map((o) => o.organisation.id),
  };
  // The guards' facts (counts, reports under review) as the transition will read them.
  const current = await readCurrentActivity(id);
  const now = new Date();
  const actions = availableActivityActions(actorOf(user), facts).map((t) => ({
    action: t.action,
    label: t.label,
    needsComment: t.needs.includes("comment"),
    confirm: t.confirm ?? null,
    destructive: t.destructive ?? false,
    blockedBy: current ? unmetRequirement(t.action, current, now) : null,
  }));
  return {
    ...fields,
    actions,
    submission: current && actions.some((a) => a.action === "submit") ? submissionProblems(current) : null,
    start: dateAsGiven(startDate, startPrecision),
    end: dateAsGiven(endDate, endPrecision),
    parts: dateParts.map(partOfRow),
    series: series ? { ...series, ordinal: seriesOrdinal } : null,
    canSetPublication: can(user.role, "activity:publish"),
    datePassed: isDatePassed(row.status, dateAsGiven(startDate, startPrecision), dateAsGiven(endDate, endPrecision)),
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
