import { and, asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, planClauses, planEditions, planFrameworks, planSections } from "@/db/schema";
import { SEED_PLAN } from "@/db/seed/plan";
import type { Role } from "@/lib/domain";
import { InvalidInputError } from "@/lib/errors";
import { draftInput } from "@/tests/activity-input";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { actingUser } from "@/tests/users";
import { createActivity, getFormOptions } from "@/lib/dal/activities/edits";
import { getPlanOfAction } from "@/lib/dal/plan/coverage";
import { createPlanEdition, getPlanEditionForEdit, listPlanEditions, updatePlanEdition } from "@/lib/dal/plan/editions";

const NOT_ADMINS: Role[] = ["secretariat", "reviewer", "focal_point", "viewer"];

// The seeded ASEAN-UN Plan of Action, read once the database is seeded.
let frameworkId = "";

const edition = (code: string) => ({
  code,
  frameworkId,
  title: `ASEAN-UN Plan of Action ${code}`,
  startYear: 2021,
  endYear: 2025,
  adoptedAt: "11th ASEAN-UN Summit, November 2020",
  sections: [
    { number: "1", title: "Political-Security Cooperation" },
    { number: "1.3", title: "Human Rights" },
  ],
  // Out of order on purpose: the edition reads them in natural order.
  clauses: [
    { number: "1.3.10", text: "Support the tenth thing." },
    { number: "1.3.2", text: "Support the second thing." },
    { number: "1.3.1", text: "Support the first thing." },
  ],
});

describe.each(ENGINES)("Plan of Action editions on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;
  const admin = () => demoUser(db(), "admin@demo.test");
  beforeAll(async () => {
    const [poa] = await db().select().from(planFrameworks).where(eq(planFrameworks.code, "ASEAN-UN-POA"));
    frameworkId = poa!.id;
  });
  const snapshot = async () => ({
    editions: await db().select().from(planEditions).orderBy(planEditions.code),
    sections: await db().select().from(planSections).orderBy(planSections.id),
    clauses: await db().select().from(planClauses).orderBy(planClauses.id),
  });
  const clausesOf = async (editionId: string) =>
    db()
      .select({ number: planClauses.number, text: planClauses.text, position: planClauses.position })
      .from(planClauses)
      .where(eq(planClauses.editionId, editionId))
      .orderBy(planClauses.position);

  it("lists the seeded edition with its clauses, all but 1.2.8 linked", async () => {
    const [seededEdition] = await listPlanEditions(await admin());
    expect(seededEdition).toMatchObject({ code: SEED_PLAN.edition.code, clauseCount: 9, linkedClauseCount: 8 });
    const form = (await getPlanEditionForEdit(await admin(), seededEdition!.id))!;
    expect(form.values.clauses.map((c) => c.number)).toEqual(SEED_PLAN.clauses.map((c) => c.number));
    expect(form.values.sections.map((s) => s.number)).toEqual(["1", "1.2"]);
    expect(form.linked["1.2.8"]).toBeUndefined();
    expect(form.linked["1.2.9"]).toBeGreaterThan(0);
  });

  it("adds an edition whose clauses, in natural order, lead the Plan of Action and the activity form", async () => {
    const user = await admin();
    const { id } = await createPlanEdition(user, edition("poa-2021-2025"));
    expect(await clausesOf(id)).toEqual([
      { number: "1.3.1", text: "Support the first thing.", position: 0 },
      { number: "1.3.2", text: "Support the second thing.", position: 1 },
      { number: "1.3.10", text: "Support the tenth thing.", position: 2 },
    ]);
    const plan = await getPlanOfAction(actingUser("viewer"));
    expect(plan.map((e) => e.code)).toEqual(["POA-2021-2025", SEED_PLAN.edition.code]);
    expect(plan[0]!.sections.map((s) => [s.number, s.depth, s.clauses.map((c) => c.number)])).toEqual([
      ["1", 0, []],
      ["1.3", 1, ["1.3.1", "1.3.2", "1.3.10"]],
    ]);
    const options = await getFormOptions(user);
    expect(options.clauses.slice(0, 4).map((c) => [c.number, c.edition])).toEqual([
      ["1.3.1", "ASEAN-UN Plan of Action poa-2021-2025"],
      ["1.3.2", "ASEAN-UN Plan of Action poa-2021-2025"],
      ["1.3.10", "ASEAN-UN Plan of Action poa-2021-2025"],
      ["1.2.1", SEED_PLAN.edition.title],
    ]);
    const audit = await db()
      .select({ type: auditEvents.entityType, action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorUserId, user.id), inArray(auditEvents.entityType, ["plan_edition", "plan_clause"])),
      )
      .orderBy(asc(auditEvents.id));
    expect(audit).toEqual([
      { type: "plan_edition", action: "create" },
      ...Array(3).fill({ type: "plan_clause", action: "create" }),
    ]);
  });

  it("refuses an edition code that exists, clauses outside a section and years out of order", async () => {
    const user = await admin();
    const before = await snapshot();
    await expect(createPlanEdition(user, edition(SEED_PLAN.edition.code))).rejects.toMatchObject({
      fieldErrors: { code: expect.stringMatching(/exists/) },
    });
    await expect(
      createPlanEdition(user, { ...edition("POA-X"), clauses: [{ number: "2.1.1", text: "Nowhere to sit." }] }),
    ).rejects.toThrow(/No section holds clause 2\.1\.1: add section 2\.1 above/);
    await expect(createPlanEdition(user, { ...edition("POA-Y"), startYear: 2026 })).rejects.toThrow(/end year/);
    await expect(
      createPlanEdition(user, { ...edition("POA-Z"), clauses: [{ number: "1.3.01", text: "Leading zero." }] }),
    ).rejects.toThrow(/dotted digits/);
    expect(await snapshot()).toEqual(before);
  });

  it.each(NOT_ADMINS)("refuses a %s and changes nothing", async (role) => {
    const user = actingUser(role);
    const before = await snapshot();
    const [seededEdition] = await db().select().from(planEditions).where(eq(planEditions.code, SEED_PLAN.edition.code));
    await expect(createPlanEdition(user, edition(`POA-${role}`))).rejects.toMatchObject({ code: "forbidden" });
    await expect(updatePlanEdition(user, seededEdition!.id, edition("x"))).rejects.toMatchObject({ code: "forbidden" });
    await expect(listPlanEditions(user)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getPlanEditionForEdit(user, seededEdition!.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("edits clauses no activity links, and refuses to change or remove one that is linked", async () => {
    const user = await admin();
    const { code: _code, ...values } = edition("POA-EDIT");
    const { id } = await createPlanEdition(user, { code: "POA-EDIT", ...values });
    // Renumber, reword, remove and add, while nothing links them; a new section too.
    await updatePlanEdition(user, id, {
      ...values,
      title: "Plan of Action, as corrected",
      sections: [...values.sections, { number: "1.4", title: "Rule of law" }],
      clauses: [
        { number: "1.3.1", text: "Support the first thing, reworded." },
        { number: "1.3.3", text: "Support the third thing." },
        { number: "1.4.1", text: "Support the rule of law." },
      ],
    });
    expect(await clausesOf(id)).toEqual([
      { number: "1.3.1", text: "Support the first thing, reworded.", position: 0 },
      { number: "1.3.3", text: "Support the third thing.", position: 1 },
      { number: "1.4.1", text: "Support the rule of law.", position: 2 },
    ]);
    const current = (await getPlanEditionForEdit(user, id))!;
    expect(current.values.title).toBe("Plan of Action, as corrected");

    // An activity links 1.3.3: from now on its number and text are part of the record.
    const [linked] = await db()
      .select({ id: planClauses.id })
      .from(planClauses)
      .where(and(eq(planClauses.editionId, id), eq(planClauses.number, "1.3.3")));
    await createActivity(user, await draftInput(db(), { clauseIds: [linked!.id], primaryClauseId: linked!.id }));
    expect((await getPlanEditionForEdit(user, id))!.linked).toEqual({ "1.3.3": 1 });

    const before = await snapshot();
    const reworded = current.values.clauses.map((c) => (c.number === "1.3.3" ? { ...c, text: "Something else." } : c));
    const refusal = updatePlanEdition(user, id, { ...current.values, title: "Not saved", clauses: reworded });
    await expect(refusal).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refusal).rejects.toMatchObject({
      message: expect.stringMatching(/keep their number and text.*Nothing was saved/),
      fieldErrors: { "clauses.1.text": "The text of clause 1.3.3 cannot change: 1 activity links it." },
    });
    const removed = current.values.clauses.filter((c) => c.number !== "1.3.3");
    await expect(updatePlanEdition(user, id, { ...current.values, clauses: removed })).rejects.toMatchObject({
      fieldErrors: { clauses: "Clause 1.3.3 cannot be removed or renumbered: 1 activity links it." },
    });
    expect(await snapshot()).toEqual(before);

    // The others still change, around the linked one.
    await updatePlanEdition(user, id, {
      ...current.values,
      clauses: [
        ...current.values.clauses.filter((c) => c.number !== "1.4.1"),
        { number: "1.3.2", text: "Back again." },
      ],
    });
    expect((await clausesOf(id)).map((c) => c.number)).toEqual(["1.3.1", "1.3.2", "1.3.3"]);
    const audit = await db()
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "plan_edition"), eq(auditEvents.entityId, id)))
      .orderBy(auditEvents.id);
    expect(audit.map((a) => a.action)).toEqual(["create", "edit", "edit"]);
    expect(audit[1]).toMatchObject({
      before: { title: "ASEAN-UN Plan of Action POA-EDIT" },
      after: { title: "Plan of Action, as corrected" },
    });
    const sections = await db()
      .select({ n: planSections.number })
      .from(planSections)
      .where(eq(planSections.editionId, id));
    expect(sections.map((s) => s.n).sort()).toEqual(["1", "1.3", "1.4"]);
  });
});
