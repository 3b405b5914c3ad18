import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, organisations } from "@/db/schema";
import { SEED_ORGANISATIONS } from "@/db/seed/organisations";
import type { Role } from "@/lib/domain";
import { InvalidInputError } from "@/lib/errors";
import { draftInput } from "@/tests/activity-input";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { actingUser } from "@/tests/users";
import { getActivity } from "@/lib/dal/activities/read";
import { createActivity, getFormOptions, updateActivity } from "@/lib/dal/activities/edits";
import { iatiCandidates } from "@/lib/dal/activities/iati-publication";
import { listActivities } from "@/lib/dal/activities/list";
import {
  createOrganisation,
  listOrganisations,
  setOrganisationRetired,
  updateOrganisation,
} from "@/lib/dal/admin/organisations";

const NOT_ADMINS: Role[] = ["secretariat", "reviewer", "focal_point", "viewer"];

const newOrganisation = (code: string, overrides: Record<string, string> = {}) => ({
  code,
  kind: "un_entity",
  name: `United Nations ${code}`,
  acronym: code.toUpperCase(),
  parentId: "",
  countryCode: "",
  iatiIdentifier: "",
  ...overrides,
});

describe.each(ENGINES)("managing organisations on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;
  const admin = () => demoUser(db(), "admin@demo.test");
  const idOf = async (code: string) =>
    (await db().select({ id: organisations.id }).from(organisations).where(eq(organisations.code, code)))[0]!.id;
  const auditOf = async (entityId: string) =>
    db()
      .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "organisation"), eq(auditEvents.entityId, entityId)))
      .orderBy(auditEvents.id);
  const snapshot = () => db().select().from(organisations).orderBy(organisations.code);

  it("lists every seeded organisation with what names it", async () => {
    const list = await listOrganisations(await admin());
    expect(list).toHaveLength(SEED_ORGANISATIONS.length);
    const undp = list.find((o) => o.code === "UNDP")!;
    expect(undp.activityCount).toBeGreaterThan(0);
    expect(undp.focalPointCount).toBe(1);
    expect(list.find((o) => o.code === "AICHR-ID")).toMatchObject({ countryCode: "ID", retiredAt: null });
  });

  it("lets an administrator add an organisation, audited, under a parent", async () => {
    const user = await admin();
    const { id } = await createOrganisation(
      user,
      newOrganisation("unfpa", { parentId: await idOf("OHCHR"), iatiIdentifier: "XM-DAC-41119" }),
    );
    const [row] = await db().select().from(organisations).where(eq(organisations.id, id));
    expect(row).toMatchObject({ code: "UNFPA", acronym: "UNFPA", countryCode: null, iatiIdentifier: "XM-DAC-41119" });
    expect(await auditOf(id)).toEqual([
      { action: "create", before: null, after: expect.objectContaining({ code: "UNFPA", kind: "un_entity" }) },
    ]);
  });

  it("adds an AICHR representative only with the member state it represents", async () => {
    const user = await admin();
    const rep = newOrganisation("AICHR-TL", {
      kind: "aichr_representative",
      name: "AICHR Representative of Timor-Leste",
    });
    await expect(createOrganisation(user, rep)).rejects.toThrow(/member state/);
    await expect(createOrganisation(user, newOrganisation("UNOPS", { countryCode: "TH" }))).rejects.toThrow(
      /Only AICHR representatives/,
    );
    const { id } = await createOrganisation(user, { ...rep, countryCode: "tl" });
    expect((await listOrganisations(user)).find((o) => o.id === id)).toMatchObject({ countryCode: "TL" });
  });

  it("refuses a code already taken, retired or not, as a field error", async () => {
    const before = await snapshot();
    const refusal = createOrganisation(await admin(), newOrganisation("unicef"));
    await expect(refusal).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refusal).rejects.toMatchObject({ fieldErrors: { code: expect.stringMatching(/UNICEF is taken/) } });
    expect(await snapshot()).toEqual(before);
  });

  it.each(NOT_ADMINS)("refuses a %s anything, changes nothing and audits the refusal", async (role) => {
    const user = actingUser(role);
    const before = await snapshot();
    const ilo = await idOf("ILO");
    await expect(createOrganisation(user, newOrganisation(`X-${role.toUpperCase()}`))).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updateOrganisation(user, ilo, { name: "Renamed", acronym: "", parentId: "" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(setOrganisationRetired(user, ilo, true)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listOrganisations(user)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
    const refused = await db()
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "refused"), eq(auditEvents.actorUserId, user.id)));
    expect(refused[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it("renames an organisation and moves it, never under itself", async () => {
    const user = await admin();
    const [searo, ohchr] = [await idOf("OHCHR-SEARO"), await idOf("OHCHR")];
    await updateOrganisation(user, searo, {
      name: "OHCHR Regional Office for South-East Asia",
      acronym: "OHCHR ROSEA",
      parentId: ohchr,
    });
    const after = (await listOrganisations(user)).find((o) => o.id === searo)!;
    expect(after).toMatchObject({ label: "OHCHR ROSEA", code: "OHCHR-SEARO", parentId: ohchr });
    expect((await auditOf(searo)).at(-1)).toMatchObject({
      action: "edit",
      after: { name: "OHCHR Regional Office for South-East Asia", acronym: "OHCHR ROSEA", parentId: ohchr },
    });
    await expect(
      updateOrganisation(user, ohchr, { name: "OHCHR", acronym: "OHCHR", parentId: searo }),
    ).rejects.toMatchObject({
      fieldErrors: { parentId: expect.stringMatching(/under itself/) },
    });
    await expect(
      updateOrganisation(user, ohchr, { name: "OHCHR", acronym: "", parentId: ohchr }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("retires an organisation: its activities, list, export and drafts keep it; new choices leave it out", async () => {
    const user = await admin();
    const escap = await idOf("ESCAP");
    const { id: draftId } = await createActivity(
      user,
      await draftInput(db(), { involved: [{ organisationId: escap, role: "supporting" }] }),
    );
    await setOrganisationRetired(user, escap, true);

    const { items } = await listActivities(user, { org: "ESCAP", sort: "date", page: 1 });
    expect(items.length).toBeGreaterThan(1);
    const recorded = (await getActivity(user, items.at(-1)!.id))!;
    expect(recorded.organisations.find((o) => o.code === "ESCAP")).toMatchObject({ retired: true });
    expect(recorded.organisations.find((o) => o.code === "AICHR")).toMatchObject({ retired: false });
    const exported = [];
    for await (const batch of iatiCandidates(user, { org: "ESCAP" })) exported.push(...batch);
    expect(exported).toHaveLength(items.length);

    expect((await getFormOptions(user)).organisations.map((o) => o.id)).not.toContain(escap);
    await expect(
      createActivity(user, await draftInput(db(), { involved: [{ organisationId: escap, role: "supporting" }] })),
    ).rejects.toMatchObject({ fieldErrors: { involved: expect.any(String) } });
    // The draft that named it before keeps it, offered and saved.
    const kept = await getFormOptions(user, [escap]);
    expect(kept.organisations.find((o) => o.id === escap)?.label).toBe("ESCAP (retired)");
    await updateActivity(
      user,
      draftId,
      1,
      await draftInput(db(), { title: "Kept", involved: [{ organisationId: escap, role: "supporting" }] }),
    );

    await expect(setOrganisationRetired(user, escap, true)).rejects.toThrow(/already retired/);
    await setOrganisationRetired(user, escap, false);
    expect((await getFormOptions(user)).organisations.map((o) => o.id)).toContain(escap);
    expect((await auditOf(escap)).map((e) => e.action)).toEqual(["seed", "retire", "reinstate"]);
  });
});
