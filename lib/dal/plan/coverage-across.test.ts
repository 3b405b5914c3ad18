import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { planClauses, planEditions, planFrameworks } from "@/db/schema";
import { SEED_PLAN } from "@/db/seed/plan";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { actingUser } from "@/tests/users";
import { setClauseContinuations } from "@/lib/dal/plan/continuations";
import { getPlanCoverage, getPlanCoverageByEdition, getPlanOfAction } from "@/lib/dal/plan/coverage";
import { createPlanEdition } from "@/lib/dal/plan/editions";
import { publishedCoverage, publishedCoverageByEdition } from "@/lib/dal/public/record";

describe.each(ENGINES)("coverage per edition and across editions on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;
  const clauseId = async (editionCode: string, number: string) =>
    (
      await db()
        .select({ id: planClauses.id })
        .from(planClauses)
        .innerJoin(planEditions, eq(planEditions.id, planClauses.editionId))
        .where(and(eq(planEditions.code, editionCode), eq(planClauses.number, number)))
    )[0]!.id;

  it("counts the activities of 2016-2020 clauses toward the 2021-2025 clauses that continue them", async () => {
    const admin = await demoUser(db(), "admin@demo.test");
    const viewer = actingUser("viewer");
    const [poa] = await db().select().from(planFrameworks).where(eq(planFrameworks.code, "ASEAN-UN-POA"));
    const seededOnly = await getPlanCoverage(viewer, 2011, 2025);
    await createPlanEdition(admin, {
      code: "ASEAN-UN-POA-2021-2025",
      frameworkId: poa!.id,
      title: "ASEAN-UN Plan of Action 2021-2025",
      startYear: 2021,
      endYear: 2025,
      adoptedAt: "",
      sections: [{ number: "1", title: "Human rights" }],
      clauses: [
        { number: "1.1", text: "Continues 1.2.4." },
        { number: "1.2", text: "Merges 1.2.9 and 1.2.10." },
        { number: "1.3", text: "Continues nothing." },
      ],
    });
    const next = "ASEAN-UN-POA-2021-2025";
    const seed = SEED_PLAN.edition.code;
    await setClauseContinuations(admin, await clauseId(next, "1.1"), {
      previousClauseIds: [await clauseId(seed, "1.2.4")],
    });
    await setClauseContinuations(admin, await clauseId(next, "1.2"), {
      previousClauseIds: [await clauseId(seed, "1.2.9"), await clauseId(seed, "1.2.10")],
    });

    const plan = await getPlanOfAction(viewer);
    expect(plan.map((e) => [e.framework.code, e.code])).toEqual([
      ["ASEAN-UN-POA", next],
      ["ASEAN-UN-POA", seed],
    ]);
    const clauses = plan[0]!.sections.flatMap((s) => s.clauses);
    const seedClauses = plan[1]!.sections.flatMap((s) => s.clauses);
    const direct = (n: string) => seedClauses.find((c) => c.number === n)!.activityCount;
    expect(clauses.find((c) => c.number === "1.1")).toMatchObject({
      activityCount: 0,
      through: [{ number: "1.2.4", edition: "2016-2020", activityCount: direct("1.2.4") }],
      totalCount: direct("1.2.4"),
    });
    const merged = clauses.find((c) => c.number === "1.2")!;
    expect(merged.through.map((t) => t.number)).toEqual(["1.2.9", "1.2.10"]);
    // An activity linked to both counts once.
    expect(merged.totalCount).toBeLessThanOrEqual(direct("1.2.9") + direct("1.2.10"));
    expect(merged.totalCount).toBeGreaterThanOrEqual(Math.max(direct("1.2.9"), direct("1.2.10")));
    expect(clauses.find((c) => c.number === "1.3")).toMatchObject({ totalCount: 0, through: [] });

    // Year by year: the 2021-2025 edition's 1.1 has 1.2.4's activities in their own years.
    const byEdition = await getPlanCoverageByEdition(viewer, 2011, 2025);
    expect(byEdition.map((e) => [e.framework, e.code, e.clauses])).toEqual([
      ["ASEAN-UN Plan of Action", next, ["1.1", "1.2", "1.3"]],
      ["ASEAN-UN Plan of Action", seed, SEED_PLAN.clauses.map((c) => c.number)],
    ]);
    expect(byEdition[0]!.coverage.counts["1.1"]).toEqual(seededOnly.counts["1.2.4"]);
    expect(byEdition[0]!.coverage.counts["1.3"]).toBeUndefined();
    // The seeded edition's own coverage is what it was.
    expect(byEdition[1]!.coverage.counts).toEqual(seededOnly.counts);

    // The public page counts published activities only, the same way.
    const published = await publishedCoverageByEdition(2011, 2025);
    expect(published[1]!.coverage.counts).toEqual((await publishedCoverage(2011, 2025)).counts);
    expect(published[0]!.coverage.counts["1.1"]).toEqual((await publishedCoverage(2011, 2025)).counts["1.2.4"]);
  });

  it("is for signed-in people only", async () => {
    await expect(
      getPlanCoverageByEdition({ ...actingUser("viewer"), role: "nobody" as never }, 2016, 2020),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
