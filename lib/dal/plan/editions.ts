import "server-only";
import { count, desc, eq, inArray, or } from "drizzle-orm";
import type { AuditAction, AuditEntry } from "@/db/audit";
import {
  activityClauses,
  planClauseContinuations,
  planClauses,
  planEditions,
  planFrameworks,
  planSections,
} from "@/db/schema";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { compareNumbers, enclosingNumber, naturalPositions } from "@/lib/plan-numbers";
import { newPlanEditionSchema, planEditionEditSchema, type PlanEditionEditInput } from "@/lib/validation/plan-edition";
import type { Executor, Tx } from "@/lib/dal/db";
import { assertCan } from "@/lib/dal/access";
import { recordEvent } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

// Administrators add Plan of Action editions and correct their clauses. A clause that an
// activity links is part of the record: its number and text no longer change.

export interface PlanEditionSummary {
  id: string;
  frameworkId: string;
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  clauseCount: number;
  linkedClauseCount: number;
}

/** Every edition, newest first, with how many of its clauses activities link. */
export async function listPlanEditions(user: SessionUser): Promise<PlanEditionSummary[]> {
  assertCan(user, "plan:manage");
  const db = await getDatabase();
  const [editions, clauses] = await Promise.all([
    db.select().from(planEditions).orderBy(desc(planEditions.startYear), desc(planEditions.code)),
    db
      .select({ id: planClauses.id, editionId: planClauses.editionId, links: count(activityClauses.activityId) })
      .from(planClauses)
      .leftJoin(activityClauses, eq(activityClauses.clauseId, planClauses.id))
      .groupBy(planClauses.id, planClauses.editionId),
  ]);
  return editions.map((e) => {
    const own = clauses.filter((c) => c.editionId === e.id);
    return {
      id: e.id,
      frameworkId: e.frameworkId,
      code: e.code,
      title: e.title,
      startYear: e.startYear,
      endYear: e.endYear,
      clauseCount: own.length,
      linkedClauseCount: own.filter((c) => c.links > 0).length,
    };
  });
}

export interface PlanEditionForEdit {
  id: string;
  code: string;
  values: PlanEditionEditInput;
  /** Clause number -> how many activities link it (only linked clauses). */
  linked: Record<string, number>;
}

/** An edition as its form shows it, sections and clauses in natural order; null when there is none. */
export async function getPlanEditionForEdit(user: SessionUser, id: string): Promise<PlanEditionForEdit | null> {
  assertCan(user, "plan:manage");
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const [edition] = await db.select().from(planEditions).where(eq(planEditions.id, id));
  if (!edition) return null;
  const { sections, clauses } = await loadContents(db, id);
  return {
    id,
    code: edition.code,
    values: {
      frameworkId: edition.frameworkId,
      title: edition.title,
      startYear: edition.startYear,
      endYear: edition.endYear,
      adoptedAt: edition.adoptedAt ?? "",
      sections: sections
        .sort((a, b) => compareNumbers(a.number, b.number))
        .map(({ number, title }) => ({ number, title })),
      clauses: clauses.sort((a, b) => a.position - b.position).map(({ number, text }) => ({ number, text })),
    },
    linked: Object.fromEntries(clauses.filter((c) => c.links > 0).map((c) => [c.number, c.links])),
  };
}


/** The edition's sections and clauses, each clause with its number of linked activities. */
async function loadContents(db: Executor, editionId: string) {
  const [sections, clauses] = await Promise.all([
    db
      .select({ id: planSections.id, number: planSections.number, title: planSections.title })
      .from(planSections)
      .where(eq(planSections.editionId, editionId)),
    db
      .select({
        id: planClauses.id,
        number: planClauses.number,
        text: planClauses.text,
        position: planClauses.position,
        links: count(activityClauses.activityId),
      })
      .from(planClauses)
      .leftJoin(activityClauses, eq(activityClauses.clauseId, planClauses.id))
      .where(eq(planClauses.editionId, editionId))
      .groupBy(planClauses.id),
  ]);
  return { sections, clauses };
}

const editionColumns = (v: PlanEditionEditInput) => ({
  frameworkId: v.frameworkId,
  title: v.title,
  startYear: v.startYear,
  endYear: v.endYear,
  adoptedAt: v.adoptedAt || null,
});

/** Adds an edition with its sections and clauses, in one transaction with its audit events. */
export async function createPlanEdition(user: SessionUser, input: unknown): Promise<{ id: string }> {
  const subject = { entityType: "plan_edition" as const, entityId: "new", action: "create" };
  return mutate({ user, subject, capability: "plan:manage" }, async (tx, effects) => {
    const { code, ...values } = newPlanEditionSchema.parse(input);
    const [taken] = await tx.select({ id: planEditions.id }).from(planEditions).where(eq(planEditions.code, code));
    if (taken) {
      throw new InvalidInputError("Some fields need attention.", {
        code: `An edition with the code ${code} exists.`,
      });
    }
    await assertFrameworkExists(tx, values.frameworkId);
    const [edition] = await tx
      .insert(planEditions)
      .values({ code, ...editionColumns(values) })
      .returning({ id: planEditions.id });
    const id = edition!.id;
    const audit = await writeContents(tx, user, id, values);
    effects.audit(recordEvent(user, "plan_edition", id, "create", null, { code, ...values }), ...audit);
    return { id };
  });
}

/**
 * Saves an edition's details, sections and clauses. Clauses are matched by number: one that
 * activities link must stay, with the same text; the others may change, go or be added.
 */
export async function updatePlanEdition(user: SessionUser, id: string, input: unknown): Promise<void> {
  const subject = { entityType: "plan_edition" as const, entityId: id, action: "edit" };
  await mutate({ user, subject, capability: "plan:manage", publicRecord: true }, async (tx, effects) => {
    const values = planEditionEditSchema.parse(input);
    if (!isUuid(id)) throw new AppError("not_found", "plan_edition");
    // Locking the edition's clauses holds back an activity about to link one until this commits.
    const [before] = await tx.select().from(planEditions).where(eq(planEditions.id, id));
    if (!before) throw new AppError("not_found", "plan_edition");
    await tx.select({ id: planClauses.id }).from(planClauses).where(eq(planClauses.editionId, id)).for("update");
    if (values.frameworkId !== before.frameworkId) await refuseFrameworkChange(tx, id, values.frameworkId);
    await tx.update(planEditions).set(editionColumns(values)).where(eq(planEditions.id, id));
    const audit = await writeContents(tx, user, id, values);
    const { id: _id, code: _code, ...beforeColumns } = before;
    effects.audit(recordEvent(user, "plan_edition", id, "edit", beforeColumns, editionColumns(values)), ...audit);
  });
}

/** The framework chosen must exist: otherwise the field says so. */
async function assertFrameworkExists(tx: Tx, frameworkId: string): Promise<void> {
  const [framework] = await tx
    .select({ id: planFrameworks.id })
    .from(planFrameworks)
    .where(eq(planFrameworks.id, frameworkId))
    .for("share");
  if (!framework) {
    throw new InvalidInputError("Some fields need attention.", { frameworkId: "Choose the framework from the list." });
  }
}

/**
 * An edition moves to another framework only while none of its clauses continues or is
 * continued by a clause of another edition: those links hold within one framework.
 */
async function refuseFrameworkChange(tx: Tx, editionId: string, frameworkId: string): Promise<void> {
  await assertFrameworkExists(tx, frameworkId);
  const own = tx.select({ id: planClauses.id }).from(planClauses).where(eq(planClauses.editionId, editionId));
  const [linked] = await tx
    .select({ id: planClauseContinuations.clauseId })
    .from(planClauseContinuations)
    .where(or(inArray(planClauseContinuations.clauseId, own), inArray(planClauseContinuations.previousClauseId, own)))
    .limit(1);
  if (linked) {
    throw new InvalidInputError("Some fields need attention.", {
      frameworkId: "Its clauses continue, or are continued by, clauses of this framework: remove those first.",
    });
  }
}

/** Brings the edition's sections and clauses to `values`; returns the clauses' audit events. */
async function writeContents(
  tx: Tx,
  user: SessionUser,
  editionId: string,
  values: PlanEditionEditInput,
): Promise<AuditEntry[]> {
  const current = await loadContents(tx, editionId);
  refuseChangesToLinkedClauses(current.clauses, values.clauses);

  // Sections, parents first; each under the nearest listed section its number starts with.
  const sectionNumbers = values.sections.map((s) => s.number);
  const sectionIds = new Map(current.sections.map((s) => [s.number, s.id]));
  for (const section of [...values.sections].sort((a, b) => compareNumbers(a.number, b.number))) {
    const parent = enclosingNumber(section.number, sectionNumbers);
    const columns = { title: section.title, parentId: parent ? sectionIds.get(parent)! : null };
    const existing = sectionIds.get(section.number);
    if (existing) {
      await tx.update(planSections).set(columns).where(eq(planSections.id, existing));
    } else {
      const [row] = await tx
        .insert(planSections)
        .values({ editionId, number: section.number, ...columns })
        .returning({ id: planSections.id });
      sectionIds.set(section.number, row!.id);
    }
  }

  const audit: AuditEntry[] = [];
  const event = (id: string, action: AuditAction, before: unknown, after: unknown) =>
    recordEvent(user, "plan_clause", id, action, before, after);
  const positions = naturalPositions(values.clauses.map((c) => c.number));
  const kept = new Map(current.clauses.map((c) => [c.number, c]));
  const wanted = new Set(values.clauses.map((c) => c.number));
  const gone = current.clauses.filter((c) => !wanted.has(c.number));
  if (gone.length > 0) {
    await tx.delete(planClauses).where(
      inArray(
        planClauses.id,
        gone.map((c) => c.id),
      ),
    );
    for (const c of gone) audit.push(event(c.id, "delete", { number: c.number, text: c.text }, null));
  }
  for (const clause of values.clauses) {
    const columns = {
      sectionId: sectionIds.get(enclosingNumber(clause.number, sectionNumbers)!)!,
      text: clause.text,
      position: positions.get(clause.number)!,
    };
    const existing = kept.get(clause.number);
    if (existing) {
      await tx.update(planClauses).set(columns).where(eq(planClauses.id, existing.id));
      if (existing.text !== clause.text) {
        audit.push(event(existing.id, "edit", { text: existing.text }, { text: clause.text }));
      }
    } else {
      const [row] = await tx
        .insert(planClauses)
        .values({ editionId, number: clause.number, ...columns })
        .returning({ id: planClauses.id });
      audit.push(event(row!.id, "create", null, { number: clause.number, text: clause.text }));
    }
  }

  // Sections no longer listed, deepest first (no clause or kept section points at them now).
  const unused = [...sectionIds.entries()]
    .filter(([number]) => !sectionNumbers.includes(number))
    .sort(([a], [b]) => b.split(".").length - a.split(".").length);
  for (const [, id] of unused) await tx.delete(planSections).where(eq(planSections.id, id));
  return audit;
}

/** A linked clause must be in the list, number and text unchanged: each one that is not is named. */
function refuseChangesToLinkedClauses(
  current: Array<{ number: string; text: string; links: number }>,
  wanted: PlanEditionEditInput["clauses"],
): void {
  const fieldErrors: Record<string, string> = {};
  const problems: string[] = [];
  for (const clause of current.filter((c) => c.links > 0)) {
    const activities = `${clause.links} ${clause.links === 1 ? "activity links" : "activities link"} it`;
    const index = wanted.findIndex((c) => c.number === clause.number);
    if (index === -1) {
      problems.push(`clause ${clause.number} is gone`);
      fieldErrors.clauses ??= `Clause ${clause.number} cannot be removed or renumbered: ${activities}.`;
    } else if (wanted[index]!.text !== clause.text) {
      problems.push(`the text of clause ${clause.number} changed`);
      fieldErrors[`clauses.${index}.text`] = `The text of clause ${clause.number} cannot change: ${activities}.`;
    }
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      `Clauses that activities link are part of the record and keep their number and text (${problems.join("; ")}). Nothing was saved.`,
      fieldErrors,
    );
  }
}
