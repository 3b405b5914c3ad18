import "server-only";
import { and, eq, exists, inArray, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import { activities, activityOrganisations, reports } from "@/db/schema";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";

export interface QueueItem {
  activityId: string;
  title: string;
  reason: string;
  href: string;
}

/**
 * What waits for this user: for reviewers, entries pending review that are not their own;
 * for focal points, their organisation's drafts sent back, completed activities without
 * its report, and its returned reports; for the secretariat, drafts and pending items.
 */
export async function getQueue(user: SessionUser): Promise<QueueItem[]> {
  const db = await getDatabase();
  const activityItems = (where: SQL | undefined, reason: string, href = (id: string) => `/activities/${id}`) =>
    db
      .select({ id: activities.id, title: activities.title })
      .from(activities)
      .where(where)
      .orderBy(activities.updatedAt)
      .limit(200)
      .then((rows) => rows.map((r) => ({ activityId: r.id, title: r.title, reason, href: href(r.id) })));
  const reportItems = (where: SQL | undefined, reason: string) =>
    db
      .select({ id: activities.id, title: activities.title, org: reports.organisationId })
      .from(reports)
      .innerJoin(activities, eq(activities.id, reports.activityId))
      .where(where)
      .orderBy(reports.submittedAt)
      .limit(200)
      .then((rows) =>
        rows.map((r) => ({ activityId: r.id, title: r.title, reason, href: `/activities/${r.id}#reports` })),
      );

  const pending = and(eq(activities.status, "draft"), eq(activities.reviewState, "pending"));
  if (user.role === "reviewer") {
    const notMine = (column: typeof activities.createdById | typeof activities.submittedById) =>
      or(sql`${column} IS NULL`, ne(column, user.id));
    return (
      await Promise.all([
        activityItems(
          and(pending, notMine(activities.createdById), notMine(activities.submittedById)),
          "Waiting for your review",
        ),
        reportItems(
          and(eq(reports.state, "submitted"), ne(reports.authorId, user.id)),
          "Report waiting for your review",
        ),
      ])
    ).flat();
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
    const myReport = db
      .select({ one: sql`1` })
      .from(reports)
      .where(and(eq(reports.activityId, activities.id), eq(reports.organisationId, orgId)));
    return (
      await Promise.all([
        activityItems(and(involvesMyOrg, eq(activities.reviewState, "changes_requested")), "Changes requested"),
        activityItems(
          and(involvesMyOrg, eq(activities.status, "completed"), notExists(myReport)),
          "Completed: your organisation's report is due",
          (id) => `/activities/${id}/report`,
        ),
        reportItems(and(eq(reports.organisationId, orgId), eq(reports.state, "returned")), "Report returned to you"),
      ])
    ).flat();
  }
  if (user.role === "secretariat" || user.role === "admin") {
    return (
      await Promise.all([
        activityItems(pending, "Pending review"),
        activityItems(
          and(eq(activities.status, "draft"), inArray(activities.reviewState, ["none", "changes_requested"])),
          "Draft",
        ),
        reportItems(eq(reports.state, "submitted"), "Report pending review"),
      ])
    ).flat();
  }
  return [];
}
