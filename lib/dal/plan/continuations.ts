import "server-only";
import { eq, inArray } from "drizzle-orm";
import { planClauseContinuations, planClauses, planEditions } from "@/db/schema";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { previousEdition } from "@/lib/plan-in-force";
import { clauseContinuationSchema } from "@/lib/validation/plan-framework";
import { assertCan } from "@/lib/dal/access";
import { recordEvent } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import type { Executor } from "@/lib/dal/db";

// Which clause of an edition continues which clause(s) of its framework's previous edition,
// as administrators record it. A clause may continue several (a merge), and several clauses
// may continue one (a split). Coverage across editions follows these links.


export interface ContinuationsForEdit {
  /** The edition just before, in the same framework; null for a framework's first edition. */
  previous: { id: string; title: string; clauses: Array<{ id: string; number: string; text: string }> } | null;
  /** The edition's clauses in order, each with the previous clauses it continues. */
  clauses: Array<{ id: string; number: string; text: string; previousClauseIds: string[] }>;
}

/** An edition's previous edition among all editions, by the shared rule. */
async function previousOf(db: Executor, editionId: string) {
  const editions = await db
    .select({
      id: planEditions.id,
      frameworkId: planEditions.frameworkId,
      title: planEditions.title,
      startYear: planEditions.startYear,
      endYear: planEditions.endYear,
    })
    .from(planEditions);
  const edition = editions.find((e) => e.id === editionId);
  return edition ? { edition, previous: previousEdition(editions, edition) } : null;
}

const clausesOf = (db: Executor, editionId: string) =>
  db
    .select({ id: planClauses.id, number: planClauses.number, text: planClauses.text })
    .from(planClauses)
    .where(eq(planClauses.editionId, editionId))
    .orderBy(planClauses.position);

/** The edition's clauses and what each continues, with the previous edition's clauses to choose from. */
export async function getContinuationsForEdit(user: SessionUser, editionId: string): Promise<ContinuationsForEdit | null> {
  assertCan(user, "plan:manage");
  if (!isUuid(editionId)) return null;
  const db = await getDatabase();
  const found = await previousOf(db, editionId);
  if (!found) return null;
  const own = await clausesOf(db, editionId);
  const links =
    own.length > 0
      ? await db
          .select()
          .from(planClauseContinuations)
          .where(
            inArray(
              planClauseContinuations.clauseId,
              own.map((c) => c.id),
            ),
          )
      : [];
  return {
    previous: found.previous
      ? { id: found.previous.id, title: found.previous.title, clauses: await clausesOf(db, found.previous.id) }
      : null,
    clauses: own.map((c) => ({
      ...c,
      previousClauseIds: links.filter((l) => l.clauseId === c.id).map((l) => l.previousClauseId),
    })),
  };
}

/**
 * Records which clauses of the previous edition `clauseId` continues (replacing what was
 * recorded). Each must be a clause of the same framework's edition just before the clause's
 * own edition. Audited with the clause numbers before and after.
 */
export async function setClauseContinuations(user: SessionUser, clauseId: string, input: unknown): Promise<void> {
  const subject = { entityType: "plan_clause" as const, entityId: clauseId, action: "set_continuations" };
  await mutate({ user, subject, capability: "plan:manage" }, async (tx, effects) => {
    const { previousClauseIds } = clauseContinuationSchema.parse(input);
    if (!isUuid(clauseId)) throw new AppError("not_found", "plan_clause");
    // The clause row is locked: two admins saving one clause's links queue up.
    const [clause] = await tx
      .select({ id: planClauses.id, number: planClauses.number, editionId: planClauses.editionId })
      .from(planClauses)
      .where(eq(planClauses.id, clauseId))
      .for("update");
    if (!clause) throw new AppError("not_found", "plan_clause");
    const found = (await previousOf(tx, clause.editionId))!;
    const chosen =
      previousClauseIds.length > 0
        ? await tx
            .select({ id: planClauses.id, number: planClauses.number, editionId: planClauses.editionId })
            .from(planClauses)
            .where(inArray(planClauses.id, previousClauseIds))
        : [];
    if (chosen.length !== previousClauseIds.length) {
      throw new InvalidInputError("Some clauses are not in the list.", {
        previousClauseIds: "Choose clauses from the list.",
      });
    }
    if (chosen.length > 0 && !found.previous) {
      throw new InvalidInputError(`${found.edition.title} is its framework's first edition: it continues nothing.`, {
        previousClauseIds: "This edition has no previous edition in its framework.",
      });
    }
    const elsewhere = chosen.filter((c) => c.editionId !== found.previous?.id);
    if (elsewhere.length > 0) {
      throw new InvalidInputError(
        `A clause continues clauses of its framework's previous edition (${found.previous!.title}) only.`,
        {
          previousClauseIds: `Choose clauses of ${found.previous!.title}: ${elsewhere.map((c) => c.number).join(", ")} ${elsewhere.length === 1 ? "is" : "are"} not.`,
        },
      );
    }
    const before = await tx
      .select({ number: planClauses.number })
      .from(planClauseContinuations)
      .innerJoin(planClauses, eq(planClauses.id, planClauseContinuations.previousClauseId))
      .where(eq(planClauseContinuations.clauseId, clauseId));
    await tx.delete(planClauseContinuations).where(eq(planClauseContinuations.clauseId, clauseId));
    if (chosen.length > 0) {
      await tx
        .insert(planClauseContinuations)
        .values(chosen.map((c) => ({ clauseId, previousClauseId: c.id })))
        .onConflictDoNothing();
    }
    const numbers = (rows: Array<{ number: string }>) => rows.map((r) => r.number).sort();
    effects.audit(
      recordEvent(
        user,
        "plan_clause",
        clauseId,
        "set_continuations",
        { number: clause.number, continues: numbers(before) },
        { number: clause.number, continues: numbers(chosen), edition: found.previous?.title ?? null },
      ),
    );
  });
}

/** Every recorded continuation: clause -> the previous clauses it continues. */
export async function loadContinuations(db: Executor): Promise<Map<string, string[]>> {
  const rows = await db.select().from(planClauseContinuations);
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.clauseId, [...(map.get(r.clauseId) ?? []), r.previousClauseId]);
  return map;
}

