import { describe, expect, it } from "vitest";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { renderIati, type IatiActivity } from "@/lib/exports/iati";
import { ENGINES } from "@/tests/databases";
import { seededDatabase } from "@/tests/seeded";
import { validateIati } from "@/tests/iati";
import { actingUser } from "@/tests/users";
import { demoUser } from "@/tests/actors";
import { iatiActivities } from "./activity-export";
import { listOrganisations, setIatiIdentifier } from "./organisations";
import { createActivity } from "./activity-edits";
import { transitionActivity } from "./activity-transitions";
import { getPublicAttachment, submitReport, transitionReport } from "./reports";
import { draftInput } from "@/tests/activity-input";
import { SAMPLE_FILES } from "@/tests/files";
import { reportInput } from "@/tests/report-input";
import { eq } from "drizzle-orm";
import { activities, reportAttachments, reports } from "@/db/schema";

describe.each(ENGINES)("the IATI export of the record on %s", (engine) => {
  const seeded = seededDatabase(engine);

  it("holds every activity and validates against the IATI 2.03 schema", async () => {
    const all: IatiActivity[] = [];
    for await (const batch of iatiActivities(actingUser("viewer"), {})) all.push(...batch);
    expect(all).toHaveLength(SEED_ACTIVITIES.length);
    const xml = renderIati(all, { ref: "XM-TEST", name: "ASEAN Secretariat", baseUrl: "https://tracker.example" });
    expect((xml.match(/<iati-activity /g) ?? []).length).toBe(SEED_ACTIVITIES.length);
    const { valid, report } = validateIati(xml);
    expect(report).toContain("validates");
    expect(valid).toBe(true);
  });

  it("uses an organisation's IATI identifier once an administrator sets it, and lets no one else", async () => {
    const admin = await demoUser(seeded.current.db, "admin@demo.test");
    const secretariat = await demoUser(seeded.current.db, "secretariat@demo.test");
    const undp = (await listOrganisations(admin)).find((o) => o.code === "UNDP")!;
    await expect(setIatiIdentifier(secretariat, undp.id, { iatiIdentifier: "XM-DAC-41114" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(setIatiIdentifier(admin, undp.id, { iatiIdentifier: "not an identifier" })).rejects.toThrow();
    await setIatiIdentifier(admin, undp.id, { iatiIdentifier: "XM-DAC-41114" });
    const all: IatiActivity[] = [];
    for await (const batch of iatiActivities(actingUser("viewer"), { org: "UNDP" })) all.push(...batch);
    expect(all.length).toBeGreaterThan(0);
    for (const activity of all) {
      const undpRow = activity.organisations.find((o) => o.name === "United Nations Development Programme");
      expect(undpRow?.iatiRef).toBe("XM-DAC-41114");
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
    await submitReport(unicef, id, 0, input, [{ name: "outcomes.pdf", bytes: SAMPLE_FILES.pdf, isPublic: true }]);
    await submitReport(unicef, id, 0, input, []).catch(() => undefined); // a double click: refused, nothing added
    const [report] = await seeded.current.db.select().from(reports).where(eq(reports.activityId, id));
    const [file] = await seeded.current.db
      .select()
      .from(reportAttachments)
      .where(eq(reportAttachments.reportId, report!.id));
    expect(await getPublicAttachment(file!.id)).toBeNull(); // not before approval
    await transitionReport(reviewer, report!.id, "approve_report", report!.version, "");
    expect(await getPublicAttachment(file!.id)).toMatchObject({
      fileName: "outcomes.pdf",
      mediaType: "application/pdf",
    });
    const exported: IatiActivity[] = [];
    for await (const batch of iatiActivities(actingUser("viewer"), { q: "Published outcomes workshop" }))
      exported.push(...batch);
    expect(exported.map((a) => a.documents)).toEqual([
      [{ id: file!.id, fileName: "outcomes.pdf", mediaType: "application/pdf" }],
    ]);
  });
});
