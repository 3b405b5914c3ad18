import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { activities, activityOrganisations, emailOutbox, notifications, users } from "@/db/schema";
import { renderEmail } from "@/lib/notifications/email";
import type { Tx } from "@/lib/dal/db";

// Who hears what: only the people involved, never everyone. Written inside the
// transaction of the event, so a rolled-back change tells no one.

export type NotificationKind =
  | "submitted"
  | "changes_requested"
  | "approved"
  | "rescheduled"
  | "cancelled"
  | "report_returned"
  | "report_approved"
  | "report_due"
  | "report_overdue";

export interface NotificationEvent {
  kind: NotificationKind;
  activityId: string;
  /** Who caused it: never told of their own act. Null for the scheduler's reminders. */
  actorId: string | null;
  comment?: string;
  /** For report events: the report's author. For reminders: the organisation that owes it. */
  reportAuthorId?: string;
  organisationId?: string;
}

const TEXT: Record<NotificationKind, { title: (t: string) => string; href: (id: string) => string }> = {
  submitted: { title: (t) => `Submitted for your review: ${t}`, href: (id) => `/activities/${id}` },
  changes_requested: { title: (t) => `Changes requested: ${t}`, href: (id) => `/activities/${id}/edit` },
  approved: { title: (t) => `Approved and scheduled: ${t}`, href: (id) => `/activities/${id}` },
  rescheduled: { title: (t) => `Rescheduled: ${t}`, href: (id) => `/activities/${id}` },
  cancelled: { title: (t) => `Cancelled: ${t}`, href: (id) => `/activities/${id}` },
  report_returned: { title: (t) => `Your report was returned: ${t}`, href: (id) => `/activities/${id}/report` },
  report_approved: { title: (t) => `Your report was approved: ${t}`, href: (id) => `/activities/${id}#reports` },
  report_due: { title: (t) => `Report due: ${t}`, href: (id) => `/activities/${id}/report` },
  report_overdue: { title: (t) => `Report overdue: ${t}`, href: (id) => `/activities/${id}/report` },
};

const BODY: Record<NotificationKind, string> = {
  submitted: "A draft waits for your review.",
  changes_requested: "A reviewer asked for changes before approving it.",
  approved: "A reviewer approved it: it is scheduled.",
  rescheduled: "Its dates or place changed.",
  cancelled: "It will not take place.",
  report_returned: "A reviewer returned your completion report for changes.",
  report_approved: "A reviewer approved your completion report.",
  report_due: "The activity was completed two weeks ago: your organisation's completion report is due.",
  report_overdue: "The activity was completed a month ago and your organisation's completion report is overdue.",
};

async function focalPointsOf(tx: Tx, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "focal_point"), inArray(users.organisationId, organisationIds)));
  return rows.map((r) => r.id);
}

async function recipients(tx: Tx, event: NotificationEvent): Promise<string[]> {
  const [activity] = await tx
    .select({ lead: activities.leadOrganisationId, submittedBy: activities.submittedById })
    .from(activities)
    .where(eq(activities.id, event.activityId));
  if (!activity) return [];
  switch (event.kind) {
    case "submitted":
      return (await tx.select({ id: users.id }).from(users).where(eq(users.role, "reviewer"))).map((r) => r.id);
    case "changes_requested":
    case "approved":
      return [...(activity.submittedBy ? [activity.submittedBy] : []), ...(await focalPointsOf(tx, [activity.lead]))];
    case "rescheduled":
    case "cancelled": {
      const involved = await tx
        .select({ id: activityOrganisations.organisationId })
        .from(activityOrganisations)
        .where(eq(activityOrganisations.activityId, event.activityId));
      return focalPointsOf(
        tx,
        involved.map((o) => o.id),
      );
    }
    case "report_returned":
    case "report_approved":
      return event.reportAuthorId ? [event.reportAuthorId] : [];
    case "report_due":
    case "report_overdue":
      return event.organisationId ? focalPointsOf(tx, [event.organisationId]) : [];
  }
}

/** Tells the people an event concerns: an in-app notification, and an email where they chose one at once. */
export async function notify(tx: Tx, event: NotificationEvent): Promise<void> {
  const ids = [...new Set(await recipients(tx, event))].filter((id) => id !== event.actorId);
  if (ids.length === 0) return;
  const people = await tx
    .select({ id: users.id, email: users.email, preference: users.emailPreference })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  if (people.length === 0) return;
  const [activity] = await tx
    .select({ title: activities.title })
    .from(activities)
    .where(eq(activities.id, event.activityId));
  const text = TEXT[event.kind];
  const title = text.title(activity!.title);
  const body = event.comment ? `${BODY[event.kind]} “${event.comment}”` : BODY[event.kind];
  const href = text.href(event.activityId);
  const created = await tx
    .insert(notifications)
    .values(people.map((p) => ({ userId: p.id, activityId: event.activityId, kind: event.kind, title, body, href })))
    .returning({ id: notifications.id, userId: notifications.userId });
  const email = renderEmail([{ title, body, href }], title);
  const immediate = people.filter((p) => p.preference === "immediate" && p.email.includes("@"));
  if (immediate.length === 0) return;
  await tx.insert(emailOutbox).values(
    immediate.map((p) => ({
      idempotencyKey: `notification:${created.find((c) => c.userId === p.id)!.id}`,
      userId: p.id,
      toAddress: p.email,
      ...email,
    })),
  );
}
