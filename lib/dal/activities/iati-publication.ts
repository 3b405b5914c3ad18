import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { activities, planEditions, planFrameworks, reportAttachments } from "@/db/schema";
import { periodOf } from "@/lib/dates";
import { decidePublication, type IatiActivity, type IatiCandidate, type LeftOutReason } from "@/lib/iati/publication";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { assertCan } from "@/lib/dal/access";
import { conditions } from "@/lib/dal/activities/list";
import { DATE_COLUMNS } from "@/lib/dal/activities/state";
import { amongIds, batchesOfIds, inIdOrder } from "@/lib/dal/activities/export";
import { activityEvent } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

/**
 * Every activity matching the filters as candidates for IATI publication, a batch at a
 * time: what lib/iati/publication.ts needs to decide whether and how each is published.
 */
export async function* iatiCandidates(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
): AsyncGenerator<IatiCandidate[]> {
  assertCan(user, "activity:read");
  yield* candidates(filters);
}

/** The candidates for a caller that has decided who may see them; `among` narrows them. */
export async function* candidates(filters: Partial<ActivityFilters>, among?: SQL): AsyncGenerator<IatiCandidate[]> {
  const db = await getDatabase();
  const editions = new Map(
    (
      await db
        .select({ id: planEditions.id, code: planEditions.code, framework: planFrameworks.name })
        .from(planEditions)
        .innerJoin(planFrameworks, eq(planFrameworks.id, planEditions.frameworkId))
    ).map((e) => [e.id, e]),
  );
  for (const ids of await batchesOfIds(db, and(conditions(db, filters), among), filters)) {
    const rows = await db.query.activities.findMany({
      columns: {
        id: true,
        title: true,
        summary: true,
        status: true,
        publishToIati: true,
        ...DATE_COLUMNS,
        scope: true,
        language: true,
        mode: true,
        city: true,
        countryCode: true,
        updatedAt: true,
      },
      with: {
        organisations: {
          columns: { role: true },
          with: {
            organisation: {
              columns: { id: true, name: true, kind: true, iatiIdentifier: true, iatiType: true, countryCode: true },
            },
          },
        },
        clauses: {
          columns: { isPrimary: true },
          with: { clause: { columns: { number: true, text: true, position: true, editionId: true } } },
        },
        reports: {
          columns: { state: true, organisationId: true },
          with: {
            attachments: {
              columns: { id: true, fileName: true, mediaType: true },
              where: eq(reportAttachments.isPublic, true),
            },
          },
        },
      },
      where: amongIds(ids)(activities.id),
    });
    yield inIdOrder(ids, rows).map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      status: row.status,
      publishToIati: row.publishToIati,
      ...periodOf(row),
      scope: row.scope,
      language: row.language,
      mode: row.mode,
      city: row.city,
      countryCode: row.countryCode,
      updatedAt: row.updatedAt,
      organisations: row.organisations
        .map((o) => ({
          id: o.organisation.id,
          name: o.organisation.name,
          kind: o.organisation.kind,
          iatiRef: o.organisation.iatiIdentifier,
          iatiType: o.organisation.iatiType,
          countryCode: o.organisation.countryCode,
          role: o.role,
        }))
        .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)),
      reports: row.reports.map((r) => ({ organisationId: r.organisationId, state: r.state })),
      clauses: row.clauses
        .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.clause.position - b.clause.position)
        .map((c) => ({
          number: c.clause.number,
          text: c.clause.text,
          edition: editions.get(c.clause.editionId)!.code,
          framework: editions.get(c.clause.editionId)!.framework,
        })),
      documents: row.reports.filter((r) => r.state === "approved").flatMap((r) => r.attachments),
    }));
  }
}

export interface LeftOutActivity {
  id: string;
  title: string;
  reason: LeftOutReason;
}

export interface IatiPublication {
  published: IatiActivity[];
  leftOut: LeftOutActivity[];
}

/** What the IATI export of the filtered list publishes, and what it leaves out and why. */
export async function iatiPublication(
  user: SessionUser,
  filters: Partial<ActivityFilters>,
  now = new Date(),
): Promise<IatiPublication> {
  assertCan(user, "activity:read");
  return decideAll(candidates(filters), now);
}

/** Decides each candidate: published as IATI says, or left out with the reason. */
export async function decideAll(batches: AsyncGenerator<IatiCandidate[]>, now: Date): Promise<IatiPublication> {
  const result: IatiPublication = { published: [], leftOut: [] };
  for await (const batch of batches) {
    for (const candidate of batch) {
      const decision = decidePublication(candidate, now);
      if ("activity" in decision) result.published.push(decision.activity);
      else result.leftOut.push({ id: candidate.id, title: candidate.title, reason: decision.leftOut });
    }
  }
  return result;
}

const ROLE_ORDER = ["lead", "co_organiser", "supporting", "participant"];

export const iatiPublicationSchema = z.object({ publish: z.boolean() }).strict();

/** Marks an activity for publication to IATI, or keeps it out; audited in its history. */
export async function setIatiPublication(user: SessionUser, id: string, input: unknown): Promise<void> {
  const subject = {
    entityType: "activity" as const,
    entityId: id,
    activityId: isUuid(id) ? id : null,
    action: "set_iati_publication",
  };
  const pipeline = { user, subject, capability: "activity:publish" as const, publicRecord: true };
  await mutate(pipeline, async (tx, effects) => {
    const { publish } = iatiPublicationSchema.parse(input);
    if (!isUuid(id)) throw new AppError("not_found", "activity");
    const [before] = await tx
      .select({ publishToIati: activities.publishToIati })
      .from(activities)
      .where(eq(activities.id, id))
      .for("update");
    if (!before) throw new AppError("not_found", "activity");
    if (before.publishToIati === publish) return;
    await tx
      .update(activities)
      .set({ publishToIati: publish, updatedAt: new Date(), updatedById: user.id })
      .where(eq(activities.id, id));
    effects.audit(activityEvent(user, id, "set_iati_publication", { before, after: { publishToIati: publish } }));
  });
}
