import "server-only";
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { activities, activityClauses, planClauses, planEditions } from "@/db/schema";
import { compareNumbers } from "@/lib/plan-numbers";
import { assertCan } from "@/lib/dal/access";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface PlanClause {
  number: string;
  text: string;
  activityCount: number;
}

export interface PlanSection {
  number: string;
  title: string;
  depth: number;
  clauses: PlanClause[];
}

export interface PlanEdition {
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  adoptedAt: string | null;
  sections: PlanSection[];
}

/** Every edition of the Plan of Action, its sections in order and each clause's number of activities: two queries. */
export async function getPlanOfAction(user: SessionUser): Promise<PlanEdition[]> {
  assertCan(user, "plan:read");
  const db = await getDatabase();
  const [editions, counts] = await Promise.all([
    db.query.planEditions.findMany({
      // Newest first: the edition in force leads, earlier ones stay for the activities they served.
      orderBy: [desc(planEditions.startYear), desc(planEditions.code)],
      columns: { code: true, title: true, startYear: true, endYear: true, adoptedAt: true },
      with: {
        sections: {
          columns: { number: true, title: true },
          with: { clauses: { columns: { id: true, number: true, text: true, position: true } } },
        },
      },
    }),
    db
      .select({ clauseId: activityClauses.clauseId, n: count() })
      .from(activityClauses)
      .groupBy(activityClauses.clauseId),
  ]);
  const activityCount = new Map(counts.map((c) => [c.clauseId, c.n]));
  return editions.map((edition) => ({
    code: edition.code,
    title: edition.title,
    startYear: edition.startYear,
    endYear: edition.endYear,
    adoptedAt: edition.adoptedAt,
    sections: edition.sections
      .sort((a, b) => compareNumbers(a.number, b.number))
      .map((section) => ({
        number: section.number,
        title: section.title,
        depth: section.number.split(".").length - 1,
        clauses: section.clauses
          .sort((a, b) => a.position - b.position)
          .map((c) => ({ number: c.number, text: c.text, activityCount: activityCount.get(c.id) ?? 0 })),
      })),
  }));
}

export interface Coverage {
  years: number[];
  /** Clause number -> year -> number of activities. */
  counts: Record<string, Record<number, number>>;
}

/** Activities per clause and year within [from, to]: one grouped query. */
export async function getPlanCoverage(user: SessionUser, from: number, to: number): Promise<Coverage> {
  assertCan(user, "plan:read");
  return planCoverage(from, to);
}

/** The coverage for a caller that has decided who may see it; `among` narrows the activities counted. */
export async function planCoverage(from: number, to: number, among?: SQL): Promise<Coverage> {
  const db = await getDatabase();
  const year = sql<number>`extract(year from ${activities.startDate})::int`;
  const rows = await db
    .select({ number: planClauses.number, year, n: count() })
    .from(activityClauses)
    .innerJoin(activities, eq(activities.id, activityClauses.activityId))
    .innerJoin(planClauses, eq(planClauses.id, activityClauses.clauseId))
    .where(and(gte(activities.startDate, `${from}-01-01`), lt(activities.startDate, `${to + 1}-01-01`), among))
    .groupBy(planClauses.number, year);
  const counts: Coverage["counts"] = {};
  for (const row of rows) (counts[row.number] ??= {})[row.year] = row.n;
  return { years: Array.from({ length: to - from + 1 }, (_, i) => from + i), counts };
}

/**
 * One edition's clauses for everyone, signed in or not: the vocabulary the IATI export's
 * sector codes point at (vocabulary-uri). The Plan of Action is a public document; only its
 * title, numbers and texts leave the server.
 */
export async function getPublicPlanEdition(
  code: string,
): Promise<{ title: string; clauses: Array<{ number: string; text: string }> } | null> {
  if (!/^[\w.-]{1,60}$/.test(code)) return null;
  const db = await getDatabase();
  const [edition] = await db
    .select({ id: planEditions.id, title: planEditions.title })
    .from(planEditions)
    .where(eq(planEditions.code, code));
  if (!edition) return null;
  const clauses = await db
    .select({ number: planClauses.number, text: planClauses.text })
    .from(planClauses)
    .where(eq(planClauses.editionId, edition.id))
    .orderBy(planClauses.position);
  return { title: edition.title, clauses };
}
