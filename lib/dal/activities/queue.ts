import "server-only";
import { and, count, eq, exists, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { activities, activityOrganisations, organisations, reports, users } from "@/db/schema";
import { DATE_PASSED_MESSAGE } from "@/lib/date-passed";
import { dateAsGiven, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import { can } from "@/lib/permissions";
import { assertCan } from "@/lib/dal/access";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import { DATE_FIELDS } from "@/lib/dal/activities/state";
import { datePassedCondition } from "@/lib/dal/activities/date-passed";
import { getDatabase } from "@/lib/dal/db";
import { owingReports } from "@/lib/dal/reports/owing";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface QueueItem {
  activityId: string;
  title: string;
  reason: string;
  href: string;
  /** Who sent it for review: an activity's submitter, a report's author; null where no one did. */
  submittedBy: string | null;
  /** The organisation it is about: the activity's lead, or the organisation reporting or owing. */
  organisation: string;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  /** Held in parts: each range (none for one range), so the entry tells its dates as the activity page does. */
  parts: DateRangeAsGiven[];
  /** Since when it waits: submitted, sent back or last changed; for a report due, completed. */
  waitingSince: Date;
  /** For a report due: its due date (yyyy-mm-dd) and whether it is overdue. */
  due?: { on: string; overdue: boolean };
}

type Db = Awaited<ReturnType<typeof getDatabase>>;

/**
 * One kind of waiting entry: activities, reports (joined to their completed activity), or
 * the reports an organisation owes (owingReports, the list the dashboard and reminders read).
 */
type Source =
  | { of: "activities" | "reports"; where: SQL | undefined; reason: string; href: (activityId: string) => string }
  | { of: "owing"; organisationId: string; reason: string; href: (activityId: string) => string };

const DATE_PASSED_REASON = DATE_PASSED_MESSAGE;

const toActivity = (id: string) => `/activities/${id}`;

/**
 * What waits for this user: for reviewers, entries pending review that are not their own;
 * for focal points, their organisation's drafts sent back, completed activities without
 * its report, and its returned reports; for the secretariat, drafts and pending items.
 */
function sources(db: Db, user: SessionUser): Source[] {
  const pending = and(eq(activities.status, "draft"), eq(activities.reviewState, "pending"));
  if (user.role === "reviewer") {
    const notMine = (column: typeof activities.createdById | typeof activities.submittedById) =>
      or(sql`${column} IS NULL`, ne(column, user.id));
    return [
      {
        of: "activities",
        where: and(pending, notMine(activities.createdById), notMine(activities.submittedById)),
        reason: "Waiting for your review",
        href: toActivity,
      },
      {
        of: "reports",
        where: and(eq(reports.state, "submitted"), ne(reports.authorId, user.id)),
        reason: "Report waiting for your review",
        href: (id) => `/activities/${id}#reports`,
      },
    ];
  }
  if (user.role === "focal_point" && user.organisation) {
    const orgId = user.organisation.id;
    const involvesMyOrg = exists(
      db
        .select({ one: sql`1` })
        .from(activityOrganisations)
        .where(
          and(eq(activityOrganisations.activityId, activities.id), eq(activityOrganisations.organisationId, orgId)),
        ),
    );
    return [
      {
        of: "activities",
        where: and(involvesMyOrg, eq(activities.reviewState, "changes_requested")),
        reason: "Changes requested",
        href: toActivity,
      },
      {
        of: "owing",
        organisationId: orgId,
        reason: "Completed: your organisation's report is due",
        href: (id) => `/activities/${id}/report`,
      },
      // The workflow lets an involved organisation's focal points complete or reschedule it.
      {
        of: "activities",
        where: and(involvesMyOrg, datePassedCondition()),
        reason: DATE_PASSED_REASON,
        href: toActivity,
      },
      {
        of: "reports",
        where: and(eq(reports.organisationId, orgId), eq(reports.state, "returned")),
        reason: "Report returned to you",
        href: (id) => `/activities/${id}/report`,
      },
    ];
  }
  if (user.role === "secretariat" || user.role === "admin") {
    return [
      { of: "activities", where: pending, reason: "Pending review", href: toActivity },
      ...(user.role === "secretariat"
        ? [{ of: "activities" as const, where: datePassedCondition(), reason: DATE_PASSED_REASON, href: toActivity }]
        : []),
      {
        of: "activities",
        where: and(eq(activities.status, "draft"), inArray(activities.reviewState, ["none", "changes_requested"])),
        reason: "Draft",
        href: toActivity,
      },
      {
        of: "reports",
        where: eq(reports.state, "submitted"),
        reason: "Report pending review",
        href: (id) => `/activities/${id}#reports`,
      },
    ];
  }
  return [];
}

// Reports act only on completed activities; a reopened one's wait until it is again.
const reportJoin = and(eq(activities.id, reports.activityId), eq(activities.status, "completed"));

const organisationLabel = sql<string>`coalesce(${organisations.acronym}, ${organisations.name})`;
const ACTIVITY_COLUMNS = {
  id: activities.id,
  title: activities.title,
  ...DATE_FIELDS,
  organisation: organisationLabel,
  submittedBy: users.name,
};

async function activityRows(db: Db, source: Extract<Source, { of: "activities" | "reports" }>) {
  if (source.of === "activities") {
    const rows = await db
      .select({
        ...ACTIVITY_COLUMNS,
        reviewState: activities.reviewState,
        submittedAt: activities.submittedAt,
        updatedAt: activities.updatedAt,
      })
      .from(activities)
      .innerJoin(organisations, eq(organisations.id, activities.leadOrganisationId))
      .leftJoin(users, eq(users.id, activities.submittedById))
      .where(source.where)
      .orderBy(activities.updatedAt)
      .limit(200);
    // A submission waits since it was submitted; anything else since it last changed.
    return rows.map((r) => ({
      ...r,
      waitingSince: r.reviewState === "pending" && r.submittedAt ? r.submittedAt : r.updatedAt,
    }));
  }
  return db
    .select({ ...ACTIVITY_COLUMNS, waitingSince: reports.updatedAt })
    .from(reports)
    .innerJoin(activities, reportJoin)
    .innerJoin(organisations, eq(organisations.id, reports.organisationId))
    .innerJoin(users, eq(users.id, reports.authorId))
    .where(source.where)
    .orderBy(reports.submittedAt)
    .limit(200);
}

/** The entries waiting for the user, oldest first, at most 200 of each kind. */
export const getQueue = cache(async (user: SessionUser): Promise<QueueItem[]> => {
  assertCan(user, "queue:read");
  const db = await getDatabase();
  const lists = await Promise.all(
    sources(db, user).map(async (source): Promise<Array<Omit<QueueItem, "parts">>> => {
      if (source.of === "owing") {
        const owing = await owingReports(db, { organisationId: source.organisationId, limit: 200 });
        return owing.map((r) => ({
          activityId: r.activityId,
          title: r.title,
          reason: source.reason,
          href: source.href(r.activityId),
          submittedBy: null,
          organisation: r.organisation,
          start: r.start,
          end: r.end,
          waitingSince: new Date(`${r.completedOn}T00:00:00Z`),
          due: { on: r.dueOn, overdue: r.overdue },
        }));
      }
      const rows = await activityRows(db, source);
      return rows.map((r) => ({
        activityId: r.id,
        title: r.title,
        reason: source.reason,
        href: source.href(r.id),
        submittedBy: r.submittedBy,
        organisation: r.organisation,
        start: dateAsGiven(r.startDate, r.startPrecision),
        end: dateAsGiven(r.endDate, r.endPrecision),
        waitingSince: r.waitingSince,
      }));
    }),
  );
  const items = lists.flat();
  const parts = await readDateParts(
    db,
    items.map((item) => item.activityId),
  );
  return items.map((item) => ({ ...item, parts: parts.get(item.activityId) ?? [] }));
});

/** The badge stops counting here and shows "99+": what waits beyond it is for the queue page. */
export const QUEUE_BADGE_CAP = 100;

/**
 * How many entries wait for the user, up to QUEUE_BADGE_CAP: for the navigation's badge on
 * every page, so each kind stops reading at the cap. Counting every draft cost PostgreSQL
 * 20-50 ms a page at 20,000 activities (a heap visit per draft); 100 rows cost under 1 ms.
 */
export const countQueue = cache(async (user: SessionUser): Promise<number> => {
  if (!can(user.role, "queue:read")) return 0;
  const db = await getDatabase();
  const counts = await Promise.all(
    sources(db, user).map(async (source) => {
      if (source.of === "owing") {
        return (await owingReports(db, { organisationId: source.organisationId, limit: QUEUE_BADGE_CAP })).length;
      }
      const waiting = (
        source.of === "activities"
          ? db
              .select({ one: sql`1` })
              .from(activities)
              .where(source.where)
          : db
              .select({ one: sql`1` })
              .from(reports)
              .innerJoin(activities, reportJoin)
              .where(source.where)
      )
        .limit(QUEUE_BADGE_CAP)
        .as("waiting");
      const [row] = await db.select({ n: count() }).from(waiting);
      return row?.n ?? 0;
    }),
  );
  return Math.min(
    QUEUE_BADGE_CAP,
    counts.reduce((sum, n) => sum + n, 0),
  );
});
