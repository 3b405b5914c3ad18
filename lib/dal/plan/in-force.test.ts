import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { activityClauses, planClauses, planEditions, planFrameworks } from "@/db/schema";
import { SEED_PLAN } from "@/db/seed/plan";
import { draftInput } from "@/tests/activity-input";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { createActivity, getFormOptions, updateActivity } from "@/lib/dal/activities/edits";
import { createPlanEdition } from "@/lib/dal/plan/editions";
import { createPlanFramework } from "@/lib/dal/plan/frameworks";

// An activity links clauses of the plans in force at its date; links already recorded stay.
describe.each(ENGINES)("clauses in force at an activity's date on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;
  const admin = () => demoUser(db(), "admin@demo.test");
  const secretariat = () => demoUser(db(), "secretariat@demo.test");
  const clause = async (editionCode: string, number: string) =>
    (
      await db()
        .select({ id: planClauses.id })
        .from(planClauses)
        .innerJoin(planEditions, eq(planEditions.id, planClauses.editionId))
        .where(and(eq(planEditions.code, editionCode), eq(planClauses.number, number)))
    )[0]!.id;
  const seedClause = (number: string) => clause(SEED_PLAN.edition.code, number);
  const linksOf = async (activityId: string) =>
    (await db().select().from(activityClauses).where(eq(activityClauses.activityId, activityId))).map(
      (l) => l.clauseId,
    );

  let wp = "";
  beforeAll(async () => {
    const user = await admin();
    ({ id: wp } = await createPlanFramework(user, {
      code: "AICHR-WP",
      name: "AICHR Five-Year Work Plan",
      owner: "the AICHR",
    }));
    await createPlanEdition(user, {
      code: "AICHR-WP-2021-2025",
      frameworkId: wp,
      title: "AICHR Five-Year Work Plan 2021-2025",
      startYear: 2021,
      endYear: 2025,
      adoptedAt: "",
      sections: [{ number: "1", title: "Priority areas" }],
      clauses: [{ number: "1.1", text: "Promote the rights of persons with disabilities." }],
    });
  });

  it("refuses a new link to a clause of an edition not in force at the start date, saying which", async () => {
    const user = await secretariat();
    const p4 = await seedClause("1.2.4");
    const refusal = createActivity(
      user,
      await draftInput(db(), { startDate: "2012-05-10", clauseIds: [p4], primaryClauseId: p4 }),
    );
    await expect(refusal).rejects.toMatchObject({
      fieldErrors: {
        clauseIds: `Clause 1.2.4 of ${SEED_PLAN.edition.title} was not in force in 2012: no plan recorded was in force then.`,
      },
    });
    const wp11 = await clause("AICHR-WP-2021-2025", "1.1");
    await expect(
      createActivity(
        user,
        await draftInput(db(), {
          startDate: "2018-03",
          startPrecision: "month",
          clauseIds: [wp11],
          primaryClauseId: wp11,
        }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: {
        clauseIds:
          "Clause 1.1 of AICHR Five-Year Work Plan 2021-2025 was not in force in 2018: link clauses of " +
          `${SEED_PLAN.edition.title}.`,
      },
    });
  });

  it("links clauses of every framework in force: each edition in its years, the latest until replaced", async () => {
    const user = await secretariat();
    const p4 = await seedClause("1.2.4");
    const wp11 = await clause("AICHR-WP-2021-2025", "1.1");
    const { id: in2018 } = await createActivity(
      user,
      await draftInput(db(), { startDate: "2018", startPrecision: "year", clauseIds: [p4], primaryClauseId: p4 }),
    );
    expect(await linksOf(in2018)).toEqual([p4]);
    // 2023: the work plan's edition, and the Plan of Action's last one, not replaced yet.
    const { id: in2023 } = await createActivity(
      user,
      await draftInput(db(), { startDate: "2023-06-01", clauseIds: [wp11, p4], primaryClauseId: wp11 }),
    );
    expect((await linksOf(in2023)).sort()).toEqual([wp11, p4].sort());
  });

  it("keeps a link already recorded when the date moves out of its edition, and refuses a new one", async () => {
    const user = await secretariat();
    const [p4, p5] = await Promise.all([seedClause("1.2.4"), seedClause("1.2.5")]);
    const values = await draftInput(db(), { startDate: "2018-03-10", clauseIds: [p4], primaryClauseId: p4 });
    const { id, version } = await createActivity(user, values);
    const { version: next } = await updateActivity(user, id, version, { ...values, startDate: "2013-03-10" });
    expect(await linksOf(id)).toEqual([p4]);
    await expect(
      updateActivity(user, id, next, { ...values, startDate: "2013-03-10", clauseIds: [p4, p5] }),
    ).rejects.toMatchObject({ fieldErrors: { clauseIds: expect.stringMatching(/^Clause 1\.2\.5 of .* in 2013/) } });
    expect(await linksOf(id)).toEqual([p4]);
  });

  it("offers the form every clause with its edition's years and framework", async () => {
    const options = await getFormOptions(await secretariat());
    const [poa] = await db().select().from(planFrameworks).where(eq(planFrameworks.code, "ASEAN-UN-POA"));
    expect(options.clauses.find((c) => c.number === "1.1")).toMatchObject({
      frameworkId: wp,
      framework: "AICHR Five-Year Work Plan",
      edition: "AICHR Five-Year Work Plan 2021-2025",
      startYear: 2021,
      endYear: 2025,
    });
    expect(options.clauses.find((c) => c.number === "1.2.4")).toMatchObject({
      frameworkId: poa!.id,
      framework: "ASEAN-UN Plan of Action",
      startYear: 2016,
      endYear: 2020,
    });
  });

  it("leaves the record's links of 2011-2015 activities to the 2016-2020 edition as they are", async () => {
    // The seed links activities before 2016 to the 2016-2020 edition, as the note has them.
    const early = await db()
      .select({ id: activityClauses.activityId })
      .from(activityClauses)
      .innerJoin(planClauses, eq(planClauses.id, activityClauses.clauseId))
      .innerJoin(planEditions, eq(planEditions.id, planClauses.editionId))
      .where(eq(planEditions.code, SEED_PLAN.edition.code));
    expect(early.length).toBeGreaterThan(0);
  });
});
