import "server-only";
import type { ActivityReports } from "@/lib/dal/reports/types";
import type { Role } from "@/lib/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { AuditEntry } from "@/db/audit";
import { activities, fileContent, organisations, reportAttachments, reports } from "@/db/schema";
import { checkAttachment } from "@/lib/attachments";
import { dateAsGiven, parseDateAsGiven } from "@/lib/dates";
import type { ReportState } from "@/lib/domain";
import { AppError, ConflictError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { transitionSchema } from "@/lib/validation/activity";
import { MAX_ATTACHMENTS, reportFormSchema, reportNumbers, splitLinks } from "@/lib/validation/report";
import {
  availableReportActions,
  mayTakeReportAction,
  reportTransition,
  type ReportAction,
  type ReportFacts,
} from "@/lib/workflow/report";
import { readCurrentActivity } from "@/lib/dal/activities/state";
import type { Tx } from "@/lib/dal/db";
import { getDatabase } from "@/lib/dal/db";
import { assertCan } from "@/lib/dal/access";
import { actorOf, auditActor } from "@/lib/dal/audit-trail";
import { mutate } from "@/lib/dal/mutation";
import { allowedReport, updateReportAtVersion } from "@/lib/dal/reports/versioned-write";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

const REVIEW_ACTIONS: string[] = ["approve_report", "return_report", "reopen_report"];

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  /** May be published once the report is approved (IATI export, download without sign-in). */
  isPublic?: boolean;
}

/** Which organisation a report is for: a focal point reports for their own, whatever is posted. */
function reportOrganisation(user: SessionUser, postedOrganisationId: string): string {
  return user.role === "focal_point" && user.organisation ? user.organisation.id : postedOrganisationId;
}

async function checkedFiles(files: UploadedFile[], already: number) {
  if (already + files.length > MAX_ATTACHMENTS) {
    throw new InvalidInputError(`A report holds at most ${MAX_ATTACHMENTS} files.`, {
      attachments: `At most ${MAX_ATTACHMENTS} files in all (${already} already attached).`,
    });
  }
  const checked = [];
  for (const file of files) {
    const result = await checkAttachment(file.name, file.bytes);
    if (!result.ok) throw new InvalidInputError(result.message, { attachments: result.message });
    checked.push({ ...result, bytes: file.bytes, isPublic: file.isPublic });
  }
  return checked;
}

/** Submits (or resubmits, once returned) the completion report of one organisation. */
export async function submitReport(
  user: SessionUser,
  activityId: string,
  /** The version of the report the user's form was loaded from; 0 for a first report. */
  expectedVersion: number,
  input: unknown,
  files: UploadedFile[],
): Promise<{ reportId: string }> {
  const values = reportFormSchema.parse(input);
  const organisationId = reportOrganisation(user, values.organisationId);
  const subject = {
    entityType: "activity" as const,
    entityId: activityId,
    activityId: isUuid(activityId) ? activityId : null,
    action: "submit_report",
  };
  return mutate({ user, subject }, async (tx, effects) => {
    if (!isUuid(activityId)) throw new AppError("not_found", "activity");
    const [existing] = await tx
      .select({
        id: reports.id,
        state: reports.state,
        authorId: reports.authorId,
        version: reports.version,
        updatedAt: reports.updatedAt,
      })
      .from(reports)
      .where(and(eq(reports.activityId, activityId), eq(reports.organisationId, organisationId)));
    // Someone saved this organisation's report since the form was loaded: theirs stands.
    const target = { activityId, organisationId, report: existing ?? null, lock: "share" as const };
    await allowedReport(tx, user, target, "submit_report", expectedVersion);
    const attached = existing
      ? ((
          await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(reportAttachments)
            .where(eq(reportAttachments.reportId, existing.id))
        )[0]?.n ?? 0)
      : 0;
    const accepted = await checkedFiles(files, attached);
    const start = parseDateAsGiven(values.actualStartDate)!;
    const end = values.actualEndDate ? parseDateAsGiven(values.actualEndDate) : null;
    const content = {
      authorId: user.id,
      state: "submitted" as const,
      actualStartDate: start.date,
      actualStartPrecision: start.precision,
      actualEndDate: end?.date ?? null,
      actualEndPrecision: end?.precision ?? null,
      ...reportNumbers(values),
      outcomes: values.outcomes,
      followUp: values.followUp || null,
      links: splitLinks(values.links),
      submittedAt: new Date(),
      updatedAt: new Date(),
      reviewedById: null,
      reviewedAt: null,
    };
    const reportId = existing
      ? (await updateReportAtVersion(tx, existing, content), existing.id)
      : await firstSubmission(tx, activityId, organisationId, content);
    if (accepted.length > 0) {
      await tx.insert(reportAttachments).values(
        accepted.map((file) => ({
          reportId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.bytes.byteLength,
          content: file.bytes,
          isPublic: file.isPublic ?? false,
          uploadedById: user.id,
        })),
      );
    }
    const entries: AuditEntry[] = [
      {
        actor: auditActor(user),
        entityType: "report",
        entityId: reportId,
        activityId,
        action: "submit_report",
        after: { organisationId, participantsTotal: content.participantsTotal, outcomes: content.outcomes },
      },
      ...accepted.map((file) => ({
        actor: auditActor(user),
        entityType: "attachment" as const,
        entityId: reportId,
        activityId,
        action: "attach" as const,
        after: { fileName: file.fileName, mediaType: file.mediaType, size: file.bytes.byteLength },
      })),
    ];
    effects.audit(...entries);
    return { reportId };
  });
}

type ReportContent = Omit<typeof reports.$inferInsert, "activityId" | "organisationId">;

async function firstSubmission(tx: Tx, activityId: string, organisationId: string, content: ReportContent) {
  // The unique (activity, organisation) key makes a double submission insert nothing.
  const [row] = await tx
    .insert(reports)
    .values({ activityId, organisationId, ...content })
    .onConflictDoNothing()
    .returning({ id: reports.id });
  if (!row) throw new ConflictError(null, new Date());
  return row.id;
}

/** Approves, returns or reopens a submitted report; the comment is required where the table says. */
export async function transitionReport(
  user: SessionUser,
  reportId: string,
  action: Exclude<ReportAction, "submit_report">,
  expectedVersion: number,
  rawComment: string,
): Promise<void> {
  // The same rules as an activity's comments: at most 2,000 characters, no control characters.
  const { comment } = transitionSchema.parse({ comment: rawComment });
  const subject = { entityType: "report" as const, entityId: reportId, action };
  return mutate({ user, subject, publicRecord: true }, async (tx, effects) => {
    if (!isUuid(reportId) || !REVIEW_ACTIONS.includes(action)) throw new AppError("not_found", "report");
    const [report] = await tx.select().from(reports).where(eq(reports.id, reportId));
    if (!report) throw new AppError("not_found", "report");
    // Approving a report (or reopening an approved one) changes what the activity publishes:
    // its change time moves, so that API clients syncing by updated_since see the outcomes. That
    // takes the activity's row for update (two reviewers at once queue, rather than deadlock).
    const changesPublished = action === "approve_report" || (action === "reopen_report" && report.state === "approved");
    const lock = changesPublished ? ("update" as const) : ("share" as const);
    const target = { activityId: report.activityId, organisationId: report.organisationId, report, lock };
    await allowedReport(tx, user, target, action, expectedVersion);
    const transition = reportTransition(action);
    if (transition.needsComment && !comment.trim()) {
      throw new InvalidInputError("A comment is required.", { comment: "Say why: the comment is required." });
    }
    const now = new Date();
    await updateReportAtVersion(tx, report, {
      state: transition.to,
      reviewedById: user.id,
      reviewedAt: now,
      updatedAt: now,
    });
    if (changesPublished)
      await tx.update(activities).set({ updatedAt: now }).where(eq(activities.id, report.activityId));
    effects.audit({
      actor: auditActor(user),
      entityType: "report",
      entityId: reportId,
      activityId: report.activityId,
      action,
      before: { state: report.state },
      after: { state: transition.to, ...(comment.trim() ? { comment: comment.trim() } : {}) },
    });
    if (action !== "reopen_report") {
      effects.notify({
        kind: action === "approve_report" ? "report_approved" : "report_returned",
        activityId: report.activityId,
        actorId: user.id,
        reportAuthorId: report.authorId,
        comment: comment.trim() || undefined,
      });
    }
  });
}

/** The activity's reports with what this user may do with each: two queries. */
export async function getActivityReports(user: SessionUser, activityId: string): Promise<ActivityReports> {
  if (!isUuid(activityId)) return { reports: [], canReportFor: [] };
  const db = await getDatabase();
  const activity = await readCurrentActivity(activityId);
  if (!activity) return { reports: [], canReportFor: [] };
  const rows = await db.query.reports.findMany({
    where: eq(reports.activityId, activityId),
    orderBy: asc(reports.submittedAt),
    columns: { activityId: false, reviewedById: false, reviewedAt: false, createdAt: false, updatedAt: false },
    with: {
      organisation: { columns: { id: true, acronym: true, name: true } },
      author: { columns: { name: true } },
      attachments: { columns: { id: true, fileName: true, mediaType: true, size: true } },
    },
  });
  const actor = actorOf(user);
  const factsFor = (organisationId: string, state: ReportState | null, authorId: string | null): ReportFacts => ({
    activityStatus: activity.status,
    involvedOrganisationIds: activity.involvedOrganisationIds,
    organisationId,
    state,
    authorId,
  });
  const views = rows.map((row) => ({
    id: row.id,
    organisation: {
      id: row.organisation.id,
      label: row.organisation.acronym ?? row.organisation.name,
      name: row.organisation.name,
    },
    author: row.author.name,
    state: row.state,
    version: row.version,
    start: dateAsGiven(row.actualStartDate, row.actualStartPrecision),
    end: dateAsGiven(row.actualEndDate, row.actualEndPrecision),
    participantsTotal: row.participantsTotal,
    participantsBySex: row.participantsBySex,
    participantsByGroup: row.participantsByGroup,
    outcomes: row.outcomes,
    followUp: row.followUp,
    links: row.links,
    submittedAt: row.submittedAt,
    attachments: row.attachments,
    actions: availableReportActions(actor, factsFor(row.organisationId, row.state, row.authorId))
      .filter((t) => t.action !== "submit_report")
      .map((t) => ({
        action: t.action as Exclude<ReportAction, "submit_report">,
        label: t.label,
        needsComment: t.needsComment,
      })),
  }));
  const orgs = await reportableOrganisations(db, activity.involvedOrganisationIds);
  const canReportFor = orgs.filter((org) => {
    const existing = rows.find((r) => r.organisationId === org.id);
    return mayTakeReportAction(
      actor,
      factsFor(org.id, existing?.state ?? null, existing?.authorId ?? null),
      "submit_report",
    );
  });
  return { reports: views, canReportFor };
}

async function reportableOrganisations(db: Awaited<ReturnType<typeof getDatabase>>, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organisations.id, acronym: organisations.acronym, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name));
  return rows.map((o) => ({ id: o.id, label: o.acronym ?? o.name }));
}

/** A report's values for the form when it was returned and is written again. */
export async function getReturnedReport(user: SessionUser, activityId: string, organisationId: string) {
  if (!isUuid(activityId) || !isUuid(organisationId)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select()
    .from(reports)
    .where(
      and(eq(reports.activityId, activityId), eq(reports.organisationId, reportOrganisation(user, organisationId))),
    );
  return row && row.state === "returned" ? row : null;
}

export interface AttachmentFile {
  fileName: string;
  mediaType: string;
  content: Uint8Array;
}

/** One attachment with its report's state, or null: the readers below decide who gets it. */
async function findAttachment(attachmentId: string) {
  if (!isUuid(attachmentId)) return null;
  const db = await getDatabase();
  const [row] = await db
    .select({
      fileName: reportAttachments.fileName,
      mediaType: reportAttachments.mediaType,
      content: fileContent(reportAttachments.content),
      isPublic: reportAttachments.isPublic,
      reportState: reports.state,
      reportAuthorId: reports.authorId,
      reportOrganisationId: reports.organisationId,
    })
    .from(reportAttachments)
    .innerJoin(reports, eq(reports.id, reportAttachments.reportId))
    .where(eq(reportAttachments.id, attachmentId));
  return row ?? null;
}

// Who may open the files of a report not yet approved: those who may review it (reviewers,
// admins who reopen), the secretariat (which may submit any report), and its own side
// (its author, focal points of its organisation). Once approved, every reader of the record.
const READ_BEFORE_APPROVAL: readonly Role[] = ["admin", "reviewer", "secretariat"];

/** An attachment's content for download; one the user may not open is simply not found. */
export async function getAttachment(user: SessionUser, attachmentId: string): Promise<AttachmentFile | null> {
  assertCan(user, "activity:read");
  const row = await findAttachment(attachmentId);
  if (!row) return null;
  const mayOpen =
    row.reportState === "approved" ||
    READ_BEFORE_APPROVAL.includes(user.role) ||
    row.reportAuthorId === user.id ||
    (user.role === "focal_point" && user.organisation?.id === row.reportOrganisationId);
  return mayOpen ? { fileName: row.fileName, mediaType: row.mediaType, content: row.content } : null;
}

/**
 * A published attachment of an approved report, for anyone (no session): the IATI export
 * links to it. Anything else, including an attachment that exists but is not published,
 * is simply not found.
 */
export async function getPublicAttachment(attachmentId: string): Promise<AttachmentFile | null> {
  const row = await findAttachment(attachmentId);
  if (!row?.isPublic || row.reportState !== "approved") return null;
  return { fileName: row.fileName, mediaType: row.mediaType, content: row.content };
}
