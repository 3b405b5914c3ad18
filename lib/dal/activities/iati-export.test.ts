import { describe, expect, it } from "vitest";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { renderIati } from "@/lib/exports/iati";
import { checkIatiRules } from "@/lib/iati/rules";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { validateIati } from "@/tests/iati";
import { actingUser } from "@/tests/users";
import { demoUser } from "@/tests/actors";
import { iatiPublication, setIatiPublication } from "@/lib/dal/activities/iati-publication";
import { listOrganisations, setIatiIdentifier } from "@/lib/dal/admin/organisations";
import { createActivity } from "@/lib/dal/activities/edits";
import { transitionActivity } from "@/lib/dal/activities/transitions";
import { getPublicAttachment, submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";
import { draftInput } from "@/tests/activity-input";
import { SAMPLE_FILES } from "@/tests/files";
import { reportInput } from "@/tests/report-input";
import { eq } from "drizzle-orm";
import { activities, reportAttachments, reports } from "@/db/schema";

const REPORTING = { ref: "XX-TEST", name: "ASEAN Secretariat", baseUrl: "https://tracker.example" };

describe.each(ENGINES)("the IATI export of the record on %s", (engine) => {
  const seeded = seededDatabase(engine);

  const publish = async (filters = {}) => iatiPublication(actingUser("viewer"), filters);
  const byRef = async (ref: string) =>
    (await seeded.current.db.select().from(activities).where(eq(activities.externalRef, ref)))[0]!;

  it("publishes the reviewed record by IATI's rules, leaves out the undated entry, and says so", async () => {
    const { published, leftOut } = await publish();
    const undated = await byRef("note2019-disability-regional-dialogues");
    expect(leftOut).toEqual([{ id: undated.id, title: undated.title, reason: "undated" }]);
    expect(published).toHaveLength(SEED_ACTIVITIES.length - 1);
    const xml = renderIati(published, REPORTING);
    const { valid, report } = validateIati(xml);
    expect(report).toContain("validates");
    expect(valid).toBe(true);
    expect(
      checkIatiRules(xml, { today: new Date().toISOString().slice(0, 10), unpublishable: new Set([undated.id]) }),
    ).toEqual([]);

    const of = async (ref: string) => {
      const id = (await byRef(ref)).id;
      return published.find((a) => a.id === id)!;
    };
    // Scheduled, and its day has passed: under way (2), not in the pipeline.
    expect((await of("note2019-aichr-un-meeting-2")).status).toBe("2");
    expect((await of("note2019-juvenile-justice-study-2019")).status).toBe("2");
    // UN Women co-organised the 2011 seminar and has not reported: finalisation.
    expect((await of("note2019-gender-equality-seminar-2011")).status).toBe("3");
    // Washington was the venue of interregional work; ASEAN's own meetings are the region's.
    expect(await of("note2019-focal-points-rhrm-2018")).toMatchObject({
      scope: "3",
      recipient: { region: "998" },
      location: "Washington DC, United States of America",
    });
    expect(await of("note2019-lemkin-seminar-2017")).toMatchObject({ scope: "1", location: "Auschwitz, Poland" });
    expect((await of("note2019-lemkin-seminar-2017")).organisations).toContainEqual(
      expect.objectContaining({ name: "Auschwitz Institute for Peace and Reconciliation", type: "21" }),
    );
    const first = await of("note2019-aichr-un-meeting-1");
    expect(first).toMatchObject({ scope: "2", recipient: { region: "789" }, location: "Jakarta, Indonesia" });
    // The UN entities that only attended are not participating organisations.
    expect(first.organisations.map((o) => o.name)).not.toContain("United Nations Development Programme");
  });

  it("leaves out a draft and an entry not marked for publication, and publishes a cancelled one as cancelled", async () => {
    const secretariat = await demoUser(seeded.current.db, "secretariat@demo.test");
    const reviewer = await demoUser(seeded.current.db, "reviewer@demo.test");
    const draft = await createActivity(secretariat, await draftInput(seeded.current.db, { title: "Unreviewed draft" }));
    const meeting = await byRef("note2019-aichr-un-meeting-2");
    await transitionActivity(reviewer, {
      activityId: meeting.id,
      action: "cancel",
      expectedVersion: meeting.version,
      input: { comment: "Called off" },
    });
    const bhr = await byRef("note2019-bhr-training-2017");
    await setIatiPublication(reviewer, bhr.id, { publish: false });
    const { published, leftOut } = await publish();
    expect(leftOut).toEqual(
      expect.arrayContaining([
        { id: draft.id, title: "Unreviewed draft", reason: "draft" },
        { id: bhr.id, title: bhr.title, reason: "not_marked" },
      ]),
    );
    expect(published.find((a) => a.id === meeting.id)).toMatchObject({
      status: "5",
      dates: [
        { type: "1", isoDate: "2019-11-19", asRecorded: null },
        { type: "3", isoDate: "2019-11-19", asRecorded: null },
      ],
    });
    const xml = renderIati(published, REPORTING);
    expect(validateIati(xml).valid).toBe(true);
    const unpublishable = new Set(leftOut.map((a) => a.id));
    expect(checkIatiRules(xml, { today: new Date().toISOString().slice(0, 10), unpublishable })).toEqual([]);
    // A focal point may not decide what is published.
    const unicef = await demoUser(seeded.current.db, "unicef@demo.test");
    await expect(setIatiPublication(unicef, bhr.id, { publish: true })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("uses an organisation's IATI identifier once an administrator sets it, and lets no one else", async () => {
    const admin = await demoUser(seeded.current.db, "admin@demo.test");
    const secretariat = await demoUser(seeded.current.db, "secretariat@demo.test");
    const undp = (await listOrganisations(admin)).find((o) => o.code === "UNDP")!;
    await expect(setIatiIdentifier(secretariat, undp.id, { iatiIdentifier: "XM-DAC-41114" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(setIatiIdentifier(admin, undp.id, { iatiIdentifier: "not an identifier" })).rejects.toThrow();
    await expect(
      setIatiIdentifier(admin, undp.id, { iatiIdentifier: "XM-DAC-41114", iatiType: "99" }),
    ).rejects.toThrow();
    await setIatiIdentifier(admin, undp.id, { iatiIdentifier: "XM-DAC-41114" });
    // An administrator corrects a type: the export uses it.
    const aipr = (await listOrganisations(admin)).find((o) => o.code === "AIPR")!;
    expect(aipr.iatiType).toBe("21");
    await setIatiIdentifier(admin, aipr.id, { iatiIdentifier: "", iatiType: "22" });
    const lemkin = (await publish({ org: "AIPR" })).published[0]!;
    expect(lemkin.organisations.find((o) => o.name === "Auschwitz Institute for Peace and Reconciliation")?.type).toBe(
      "22",
    );
    const { published } = await publish({ org: "UNDP" });
    const organised = published.filter((a) =>
      a.organisations.some((o) => o.name === "United Nations Development Programme"),
    );
    expect(organised.length).toBeGreaterThan(0);
    for (const activity of organised) {
      const undpRow = activity.organisations.find((o) => o.name === "United Nations Development Programme");
      expect(undpRow?.ref).toBe("XM-DAC-41114");
    }
  });

  it("publishes only the attachments marked public, once their report is approved", async () => {
    const unicef = await demoUser(seeded.current.db, "unicef@demo.test");
    const reviewer = await demoUser(seeded.current.db, "reviewer@demo.test");
    const { id } = await createActivity(
      unicef,
      await draftInput(seeded.current.db, { title: "Published outcomes workshop" }),
    );
    for (const [user, action] of [
      [unicef, "submit"],
      [reviewer, "approve"],
      [unicef, "complete"],
    ] as const) {
      const [row] = await seeded.current.db.select().from(activities).where(eq(activities.id, id));
      await transitionActivity(user, { activityId: id, action, expectedVersion: row!.version, input: { comment: "" } });
    }
    const input = reportInput(unicef.organisation!.id);
    // Every byte value, so that the way bytes travel to and from the database loses none.
    const bytes = new Uint8Array([...SAMPLE_FILES.pdf, ...Array.from({ length: 1024 }, (_, i) => i % 256)]);
    await submitReport(unicef, id, 0, input, [{ name: "outcomes.pdf", bytes, isPublic: true }]);
    await submitReport(unicef, id, 0, input, []).catch(() => undefined); // a double click: refused, nothing added
    const [report] = await seeded.current.db.select().from(reports).where(eq(reports.activityId, id));
    const [file] = await seeded.current.db
      .select()
      .from(reportAttachments)
      .where(eq(reportAttachments.reportId, report!.id));
    expect(await getPublicAttachment(file!.id)).toBeNull(); // not before approval
    await transitionReport(reviewer, report!.id, "approve_report", report!.version, "");
    const published = await getPublicAttachment(file!.id);
    expect(published).toMatchObject({ fileName: "outcomes.pdf", mediaType: "application/pdf" });
    expect(Buffer.from(published!.content).equals(Buffer.from(bytes))).toBe(true);
    const { published: activitiesPublished } = await publish({ q: "Published outcomes workshop" });
    expect(activitiesPublished.map((a) => a.documents)).toEqual([
      [{ id: file!.id, fileName: "outcomes.pdf", mediaType: "application/pdf" }],
    ]);
  });
});
