import "server-only";
import { eq, inArray } from "drizzle-orm";
import { activityClauses, planClauses, planEditions, planFrameworks } from "@/db/schema";
import { InvalidInputError } from "@/lib/errors";
import { activityYear, editionsInForce } from "@/lib/plan-in-force";
import type { ClauseEdition } from "@/lib/dal/activities/types";
import type { Executor } from "@/lib/dal/db";

// An activity links clauses of the plans in force at its date (lib/plan-in-force.ts). The
// rule holds for new links only: links already recorded stay (the record's 2011-2015
// activities answer to the 2016-2020 edition, as the Background Note has them).

/** The picker's view of a clause's edition. */
export const clauseEdition = (edition: {
  id: string;
  frameworkId: string;
  startYear: number;
  endYear: number;
  framework: { name: string };
}): ClauseEdition => ({
  editionId: edition.id,
  frameworkId: edition.frameworkId,
  framework: edition.framework.name,
  startYear: edition.startYear,
  endYear: edition.endYear,
});

/**
 * Refuses a clause the activity does not link yet (`activityId` names the activity being
 * edited) whose edition is not in force in the activity's start year (this year, undated).
 */
export async function refuseNewClausesNotInForce(
  tx: Executor,
  values: { clauseIds: string[]; startDate: string },
  activityId?: string,
): Promise<void> {
  if (values.clauseIds.length === 0) return;
  const kept = activityId
    ? (
        await tx
          .select({ id: activityClauses.clauseId })
          .from(activityClauses)
          .where(eq(activityClauses.activityId, activityId))
      ).map((c) => c.id)
    : [];
  const fresh = values.clauseIds.filter((id) => !kept.includes(id));
  if (fresh.length === 0) return;
  const [editions, clauses] = await Promise.all([
    tx
      .select({
        id: planEditions.id,
        frameworkId: planEditions.frameworkId,
        startYear: planEditions.startYear,
        endYear: planEditions.endYear,
        title: planEditions.title,
        framework: planFrameworks.name,
      })
      .from(planEditions)
      .innerJoin(planFrameworks, eq(planFrameworks.id, planEditions.frameworkId)),
    tx
      .select({ id: planClauses.id, number: planClauses.number, editionId: planClauses.editionId })
      .from(planClauses)
      .where(inArray(planClauses.id, fresh)),
  ]);
  const year = activityYear(values.startDate);
  const inForce = editionsInForce(editions, year);
  const outside = clauses.filter((c) => !inForce.has(c.editionId));
  if (outside.length === 0) return;
  const title = (editionId: string) => editions.find((e) => e.id === editionId)?.title ?? "an edition";
  const named = outside.map((c) => `${c.number} of ${title(c.editionId)}`).join(", ");
  const when = values.startDate.trim() ? `in ${year}` : `this year (${year}), as the activity has no date yet`;
  const current = editions
    .filter((e) => inForce.has(e.id))
    .map((e) => e.title)
    .join(", ");
  throw new InvalidInputError("A clause is not of a plan in force at the activity's date.", {
    clauseIds:
      `Clause ${named} ${outside.length === 1 ? "was" : "were"} not in force ${when}: ` +
      (current ? `link clauses of ${current}.` : "no plan recorded was in force then."),
  });
}
