import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { planClauses, planEditions, planFrameworks, planSections } from "@/db/schema";
import type { PlanEdition } from "@/lib/exports/background-note";
import { editionsInForce } from "@/lib/plan-in-force";
import type { Executor } from "@/lib/dal/db";

/**
 * The editions of every framework in force in the note's period (any year of it, by the rule
 * the activity form follows), each with all its sections and clauses in order: a framework's
 * editions together, the framework of the earliest edition first.
 */
export async function plansInForce(db: Executor, from: string, to: string): Promise<PlanEdition[]> {
  const all = await db
    .select({
      id: planEditions.id,
      frameworkId: planEditions.frameworkId,
      framework: planFrameworks.name,
      code: planEditions.code,
      title: planEditions.title,
      startYear: planEditions.startYear,
      endYear: planEditions.endYear,
      adoptedAt: planEditions.adoptedAt,
    })
    .from(planEditions)
    .innerJoin(planFrameworks, eq(planFrameworks.id, planEditions.frameworkId))
    .orderBy(asc(planEditions.startYear), asc(planEditions.code));
  const inForce = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const id of editionsInForce(all, year)) inForce.add(id);
  }
  const chosen = all.filter((e) => inForce.has(e.id));
  if (chosen.length === 0) return [];
  const frameworkOrder = [...new Set(chosen.map((e) => e.frameworkId))];
  const editions = frameworkOrder.flatMap((f) => chosen.filter((e) => e.frameworkId === f));
  const ids = editions.map((e) => e.id);
  const [sections, clauses] = await Promise.all([
    db.select().from(planSections).where(inArray(planSections.editionId, ids)),
    db.select().from(planClauses).where(inArray(planClauses.editionId, ids)).orderBy(asc(planClauses.position)),
  ]);
  const depth = (number: string) => number.split(".").length - 1;
  const byNumber = (a: { number: string }, b: { number: string }) =>
    a.number.localeCompare(b.number, "en", { numeric: true });
  return editions.map((edition) => {
    const lines: PlanEdition["lines"] = [];
    for (const section of sections.filter((s) => s.editionId === edition.id).sort(byNumber)) {
      lines.push({ number: section.number, text: section.title, depth: depth(section.number), clause: false });
      for (const clause of clauses.filter((c) => c.sectionId === section.id))
        lines.push({ number: clause.number, text: clause.text, depth: depth(clause.number), clause: true });
    }
    return {
      code: edition.code,
      title: edition.title,
      framework: edition.framework,
      adoptedAt: edition.adoptedAt,
      lines,
    };
  });
}
