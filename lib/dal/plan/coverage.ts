import "server-only";
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { activities, activityClauses, planClauses, planEditions } from "@/db/schema";
import { coverageAcross, yearlyCounts } from "@/lib/plan-coverage-across";
import { compareNumbers } from "@/lib/plan-numbers";
import { loadContinuations } from "@/lib/dal/plan/continuations";
import { assertCan } from "@/lib/dal/access";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface PlanClause {
  number: string;
  text: string;
  activityCount: number;
  /** Activities linked to earlier clauses this one continues, by clause ("through 1.2.4 of 2016-2020"). */
  through: Array<{ number: string; edition: string; activityCount: number }>;
  /** Activities counted toward it, directly or through, each once. */
  totalCount: number;
}

export interface PlanSection {
  number: string;
  title: string;
  depth: number;
  clauses: PlanClause[];
}

export interface PlanEdition {
  framework: { code: string; name: string; owner: string | null };
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  adoptedAt: string | null;
  sections: PlanSection[];
}

/**
 * Every edition of every plan framework, its sections in order and each clause's activities,
 * directly and through the clauses of earlier editions it continues: three queries.
 */
export async function getPlanOfAction(user: SessionUser): Promise<PlanEdition[]> {
  assertCan(user, "plan:read");
  const db = await getDatabase();
  const [editions, links, continues] = await Promise.all([
    db.query.planEditions.findMany({
      // Newest first: the edition in force leads, earlier ones stay for the activities they served.
      orderBy: [desc(planEditions.startYear), desc(planEditions.code)],
      columns: { code: true, title: true, startYear: true, endYear: true, adoptedAt: true },
      with: {
        framework: { columns: { code: true, name: true, owner: true } },
        sections: {
          columns: { number: true, title: true },
          with: { clauses: { columns: { id: true, number: true, text: true, position: true } } },
        },
      },
    }),
    db.select({ clauseId: activityClauses.clauseId, activityId: activityClauses.activityId }).from(activityClauses),
    loadContinuations(db),
  ]);
  const clauses = editions.flatMap((e) =>
    e.sections.flatMap((s) => s.clauses.map((c) => ({ ...c, edition: `${e.startYear}-${e.endYear}` }))),
  );
  const coverage = coverageAcross(
    clauses.map((c) => c.id),
    links.map((l) => ({ ...l, year: null })),
    continues,
  );
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  return editions.map((edition) => ({
    framework: edition.framework,
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
          .map((c) => {
            const own = coverage.get(c.id)!;
            return {
              number: c.number,
              text: c.text,
              activityCount: own.direct.size,
              through: own.via.map((v) => ({
                number: clauseById.get(v.clauseId)?.number ?? "?",
                edition: clauseById.get(v.clauseId)?.edition ?? "",
                activityCount: v.activities.size,
              })),
              totalCount: own.direct.size + own.through.size,
            };
          }),
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

export interface EditionCoverage {
  code: string;
  title: string;
  framework: string;
  /** The edition's clause numbers in order. */
  clauses: string[];
  /** Per clause number and year: activities linked to it or to an earlier clause it continues. */
  coverage: Coverage;
}

/** Coverage per framework and edition, across editions through the continuations, for [from, to]. */
export async function getPlanCoverageByEdition(user: SessionUser, from: number, to: number): Promise<EditionCoverage[]> {
  assertCan(user, "plan:read");
  return planCoverageByEdition(from, to);
}

/** The same for a caller that has decided who may see it; `among` narrows the activities counted. */
export async function planCoverageByEdition(from: number, to: number, among?: SQL): Promise<EditionCoverage[]> {
  const db = await getDatabase();
  const year = sql<number>`extract(year from ${activities.startDate})::int`;
  const [editions, links, continues] = await Promise.all([
    db.query.planEditions.findMany({
      orderBy: [desc(planEditions.startYear), desc(planEditions.code)],
      columns: { id: true, code: true, title: true },
      with: {
        framework: { columns: { name: true } },
        clauses: { columns: { id: true, number: true, position: true, editionId: true } },
      },
    }),
    db
      .select({ clauseId: activityClauses.clauseId, activityId: activityClauses.activityId, year })
      .from(activityClauses)
      .innerJoin(activities, eq(activities.id, activityClauses.activityId))
      .where(and(gte(activities.startDate, `${from}-01-01`), lt(activities.startDate, `${to + 1}-01-01`), among)),
    loadContinuations(db),
  ]);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const perClause = yearlyCounts(
    editions.flatMap((e) => e.clauses),
    links,
    continues,
  );
  return editions.map((e) => {
    const clauses = [...e.clauses].sort((a, b) => a.position - b.position);
    const counts: Coverage["counts"] = {};
    for (const c of clauses) {
      const own = perClause.get(c.id)!;
      if (own.size > 0) counts[c.number] = Object.fromEntries(own);
    }
    return {
      code: e.code,
      title: e.title,
      framework: e.framework.name,
      clauses: clauses.map((c) => c.number),
      coverage: { years, counts },
    };
  });
}
