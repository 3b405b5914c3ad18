import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, planClauseContinuations, planClauses, planEditions, planFrameworks } from "@/db/schema";
import { SEED_PLAN } from "@/db/seed/plan";
import type { Role } from "@/lib/domain";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { actingUser } from "@/tests/users";
import { getContinuationsForEdit, setClauseContinuations } from "@/lib/dal/plan/continuations";
import { createPlanEdition, getPlanEditionForEdit, listPlanEditions, updatePlanEdition } from "@/lib/dal/plan/editions";
import { createPlanFramework, listPlanFrameworks, updatePlanFramework } from "@/lib/dal/plan/frameworks";

const NOT_ADMINS: Role[] = ["secretariat", "reviewer", "focal_point", "viewer"];

const edition = (frameworkId: string, code: string, startYear: number, numbers: string[]) => ({
  code,
  frameworkId,
  title: `Plan ${code}`,
  startYear,
  endYear: startYear + 4,
  adoptedAt: "",
  sections: [{ number: "1", title: "Human rights" }],
  clauses: numbers.map((number) => ({ number, text: `Clause ${number} of ${code}.` })),
});

describe.each(ENGINES)("Plan frameworks and clause continuations on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;
  const admin = () => demoUser(db(), "admin@demo.test");
  const clauseId = async (editionId: string, number: string) =>
    (
      await db()
        .select({ id: planClauses.id })
        .from(planClauses)
        .where(and(eq(planClauses.editionId, editionId), eq(planClauses.number, number)))
    )[0]!.id;
  const continuationsOf = async (id: string) =>
    (
      await db()
        .select({ number: planClauses.number })
        .from(planClauseContinuations)
        .innerJoin(planClauses, eq(planClauses.id, planClauseContinuations.previousClauseId))
        .where(eq(planClauseContinuations.clauseId, id))
    )
      .map((r) => r.number)
      .sort();

  let poa = "";
  let seedEdition = "";
  beforeAll(async () => {
    poa = (await db().select().from(planFrameworks).where(eq(planFrameworks.code, "ASEAN-UN-POA")))[0]!.id;
    seedEdition = (await db().select().from(planEditions).where(eq(planEditions.code, SEED_PLAN.edition.code)))[0]!.id;
  });

  it("adds and renames a framework, audited, and refuses a code that exists", async () => {
    const user = await admin();
    const { id } = await createPlanFramework(user, { code: "aichr-wp", name: "AICHR Work Plan", owner: "" });
    await updatePlanFramework(user, id, { name: "AICHR Five-Year Work Plan", owner: "the AICHR" });
    expect((await listPlanFrameworks(user)).find((f) => f.id === id)).toEqual({
      id,
      code: "AICHR-WP",
      name: "AICHR Five-Year Work Plan",
      owner: "the AICHR",
    });
    await expect(createPlanFramework(user, { code: "AICHR-WP", name: "Again", owner: "" })).rejects.toMatchObject({
      fieldErrors: { code: "A framework with the code AICHR-WP exists." },
    });
    const audit = await db()
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "plan_framework"), eq(auditEvents.entityId, id)))
      .orderBy(auditEvents.id);
    expect(audit).toEqual([
      { action: "create", before: null, after: { code: "AICHR-WP", name: "AICHR Work Plan", owner: null } },
      {
        action: "edit",
        before: { name: "AICHR Work Plan", owner: null },
        after: { name: "AICHR Five-Year Work Plan", owner: "the AICHR" },
      },
    ]);
  });

  it("puts an edition in the framework chosen, and refuses one that does not exist", async () => {
    const user = await admin();
    const { id: wp } = await createPlanFramework(user, { code: "WP-2", name: "Second work plan", owner: "" });
    const { id } = await createPlanEdition(user, edition(wp, "WP-2-2021", 2021, ["1.1"]));
    expect((await listPlanEditions(user)).find((e) => e.id === id)).toMatchObject({ frameworkId: wp });
    expect((await getPlanEditionForEdit(user, id))!.values.frameworkId).toBe(wp);
    await expect(
      createPlanEdition(user, edition("00000000-0000-4000-8000-00000000abcd", "WP-NONE", 2021, ["1.1"])),
    ).rejects.toMatchObject({ fieldErrors: { frameworkId: "Choose the framework from the list." } });
    await expect(
      createPlanEdition(user, { ...edition(wp, "WP-BLANK", 2021, ["1.1"]), frameworkId: "" }),
    ).rejects.toThrow(/Choose the framework/);
  });

  it("records a split and a merge from the previous edition of the same framework, audited", async () => {
    const user = await admin();
    const { id: next } = await createPlanEdition(user, edition(poa, "POA-NEXT", 2021, ["1.1", "1.2", "1.3"]));
    const [p4, p5, p9] = await Promise.all(["1.2.4", "1.2.5", "1.2.9"].map((n) => clauseId(seedEdition, n)));
    const [c1, c2, c3] = await Promise.all(["1.1", "1.2", "1.3"].map((n) => clauseId(next, n)));
    // 1.2.4 splits into 1.1 and 1.2; 1.3 merges 1.2.5 and 1.2.9.
    await setClauseContinuations(user, c1!, { previousClauseIds: [p4] });
    await setClauseContinuations(user, c2!, { previousClauseIds: [p4] });
    await setClauseContinuations(user, c3!, { previousClauseIds: [p5, p9] });
    expect(await continuationsOf(c1!)).toEqual(["1.2.4"]);
    expect(await continuationsOf(c3!)).toEqual(["1.2.5", "1.2.9"]);
    const form = (await getContinuationsForEdit(user, next))!;
    expect(form.previous).toMatchObject({ id: seedEdition, title: SEED_PLAN.edition.title });
    expect(form.previous!.clauses.map((c) => c.number)).toEqual(SEED_PLAN.clauses.map((c) => c.number));
    expect(form.clauses.map((c) => [c.number, c.previousClauseIds.length])).toEqual([
      ["1.1", 1],
      ["1.2", 1],
      ["1.3", 2],
    ]);
    // Replaced, not added to.
    await setClauseContinuations(user, c3!, { previousClauseIds: [p9] });
    expect(await continuationsOf(c3!)).toEqual(["1.2.9"]);
    const audit = await db()
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "plan_clause"), eq(auditEvents.entityId, c3!)))
      .orderBy(auditEvents.id);
    expect(audit.slice(-1)).toEqual([
      {
        action: "set_continuations",
        before: { number: "1.3", continues: ["1.2.5", "1.2.9"] },
        after: { number: "1.3", continues: ["1.2.9"], edition: SEED_PLAN.edition.title },
      },
    ]);

    // Its framework is fixed while the links hold.
    const values = (await getPlanEditionForEdit(user, next))!.values;
    const { id: other } = await createPlanFramework(user, { code: "OTHER", name: "Another plan", owner: "" });
    await expect(updatePlanEdition(user, next, { ...values, frameworkId: other })).rejects.toMatchObject({
      fieldErrors: { frameworkId: expect.stringMatching(/remove those first/) },
    });
  });

  it("refuses a clause of another framework, of an edition not just before, or of its own edition", async () => {
    const user = await admin();
    const { id: wp } = await createPlanFramework(user, { code: "WP-3", name: "Third work plan", owner: "" });
    const { id: wp2021 } = await createPlanEdition(user, edition(wp, "WP-3-2021", 2021, ["1.1"]));
    const { id: poa2026 } = await createPlanEdition(user, edition(poa, "POA-2026", 2026, ["1.1"]));
    const { id: poa2021 } = await createPlanEdition(user, edition(poa, "POA-2022", 2022, ["1.1", "1.2"]));
    const target = await clauseId(poa2026, "1.1");
    const before = await db().select().from(planClauseContinuations);
    // Another framework's clause.
    await expect(
      setClauseContinuations(user, target, { previousClauseIds: [await clauseId(wp2021, "1.1")] }),
    ).rejects.toMatchObject({ fieldErrors: { previousClauseIds: expect.stringMatching(/Choose clauses of/) } });
    // Two editions back.
    await expect(
      setClauseContinuations(user, target, { previousClauseIds: [await clauseId(seedEdition, "1.2.4")] }),
    ).rejects.toMatchObject({ fieldErrors: { previousClauseIds: expect.stringMatching(/1\.2\.4 is not/) } });
    // Its own edition's clause (and itself).
    await expect(
      setClauseContinuations(user, await clauseId(poa2021, "1.2"), {
        previousClauseIds: [await clauseId(poa2021, "1.1")],
      }),
    ).rejects.toMatchObject({ code: "invalid" });
    // A framework's first edition continues nothing.
    await expect(
      setClauseContinuations(user, await clauseId(wp2021, "1.1"), { previousClauseIds: [target] }),
    ).rejects.toMatchObject({
      fieldErrors: { previousClauseIds: "This edition has no previous edition in its framework." },
    });
    expect(await db().select().from(planClauseContinuations)).toEqual(before);
    // The edition just before 2026 is that of 2022: its clause is accepted.
    await setClauseContinuations(user, target, { previousClauseIds: [await clauseId(poa2021, "1.2")] });
    expect(await continuationsOf(target)).toEqual(["1.2"]);
  });

  it.each(NOT_ADMINS)("refuses a %s and changes nothing", async (role) => {
    const user = actingUser(role);
    const frameworks = await db().select().from(planFrameworks);
    const links = await db().select().from(planClauseContinuations);
    await expect(createPlanFramework(user, { code: `X-${role}`, name: "Not added", owner: "" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updatePlanFramework(user, poa, { name: "Renamed", owner: "" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listPlanFrameworks(user)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getContinuationsForEdit(user, seedEdition)).rejects.toMatchObject({ code: "forbidden" });
    const clause = await clauseId(seedEdition, "1.2.4");
    await expect(setClauseContinuations(user, clause, { previousClauseIds: [] })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db().select().from(planFrameworks)).toEqual(frameworks);
    expect(await db().select().from(planClauseContinuations)).toEqual(links);
  });
});
