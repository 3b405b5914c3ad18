import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activities, auditEvents, reportAttachments, reports } from "@/db/schema";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { ACTIVITY_STATUSES } from "@/lib/domain";
import { renderIati } from "@/lib/exports/iati";
import { renderCalendar } from "@/lib/exports/ics";
import { decidePublication, type IatiCandidate } from "@/lib/iati/publication";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { draftInput } from "@/tests/activity-input";
import { demoUser } from "@/tests/actors";
import { ENGINES } from "@/tests/databases";
import { SAMPLE_FILES } from "@/tests/files";
import { validateIati } from "@/tests/iati";
import { reportInput } from "@/tests/report-input";
import { completedActivity } from "@/tests/completed-activity";
import { seededDatabase } from "@/tests/seeded";
import { createActivity } from "@/lib/dal/activities/edits";
import { getFilterOptions } from "@/lib/dal/activities/list";
import { getPublishedActivity } from "@/lib/dal/public/activities";
import { createNote, setNotePublic } from "@/lib/dal/notes/background-notes";
import { setIatiPublication } from "@/lib/dal/activities/iati-publication";
import {
  getPublicNote,
  listPublicNotes,
  listPublishedActivities,
  publicFilterOptions,
  publishedActivityIds,
  publishedCalendar,
  publishedCoverage,
  publishedIatiActivities,
} from "@/lib/dal/public/record";
import { submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";

const filters = (params: Record<string, string> = {}) => parseActivityFilters(params).filters;

describe("published: the public record's test and the IATI export's are one", () => {
  const candidate = (status: IatiCandidate["status"], publishToIati: boolean) =>
    ({ status, publishToIati, start: null }) as unknown as IatiCandidate;
  it.each(ACTIVITY_STATUSES.flatMap((s) => [true, false].map((marked) => [s, marked] as const)))(
    "%s, marked %s",
    (status, marked) => {
      // decidePublication's first two answers are "draft" and "not_marked": anything else passed both.
      const decided = decidePublication(candidate(status, marked), new Date());
      const passes = !("leftOut" in decided) || !["draft", "not_marked"].includes(decided.leftOut);
      expect(passes).toBe(status !== "draft" && marked);
    },
  );
});

describe.each(ENGINES)("the public record on %s", (engine) => {
  const seeded = seededDatabase(engine);
  const db = () => seeded.current.db;
  const byRef = async (ref: string) =>
    (await db().select().from(activities).where(eq(activities.externalRef, ref)))[0]!;

  /** Every public surface, searched for the text: the register, the page, the feeds, IATI, the sitemap. */
  async function publicSurfaces(id: string) {
    const list = await listPublishedActivities({ ...filters(), page: 1 });
    const all = [list];
    for (let page = 2; page <= list.pageCount; page++) all.push(await listPublishedActivities({ ...filters(), page }));
    const iati = await publishedIatiActivities();
    return {
      register: all.flatMap((p) => p.items).some((a) => a.id === id),
      page: (await getPublishedActivity(id)) !== null,
      calendar: renderCalendar(await publishedCalendar({}), { name: "t", baseUrl: "https://x" }).includes(id),
      iati: renderIati(iati, { ref: "XX-TEST", name: "t", baseUrl: "https://x" }).includes(id),
      sitemap: (await publishedActivityIds()).some((a) => a.id === id),
    };
  }
  const NOWHERE = { register: false, page: false, calendar: false, iati: false, sitemap: false };

  it("lists the reviewed record, searched and filtered like the signed-in list", async () => {
    const all = await listPublishedActivities(filters());
    expect(all.total).toBe(SEED_ACTIVITIES.length);
    const searched = await listPublishedActivities(filters({ q: "trafficking" }));
    expect(searched.total).toBeGreaterThan(0);
    expect(searched.total).toBeLessThan(all.total);
    expect(searched.items[0]!.highlight).not.toBeNull();
    const year = await listPublishedActivities(filters({ year: "2018" }));
    expect(year.items.every((a) => a.start?.date.startsWith("2018"))).toBe(true);
  });

  it("keeps a draft and an activity not marked for publication out of every public surface", async () => {
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    const reviewer = await demoUser(db(), "reviewer@demo.test");
    const draft = await createActivity(
      secretariat,
      await draftInput(db(), { title: "Public draft probe", startDate: "2018-05-02" }),
    );
    expect(await publicSurfaces(draft.id)).toEqual(NOWHERE);
    const coverageBefore = await publishedCoverage(2016, 2020);

    const bhr = await byRef("note2019-bhr-training-2017");
    expect(await publicSurfaces(bhr.id)).toEqual({
      register: true,
      page: true,
      calendar: true,
      iati: true,
      sitemap: true,
    });
    await setIatiPublication(reviewer, bhr.id, { publish: false });
    expect(await publicSurfaces(bhr.id)).toEqual(NOWHERE);
    const coverageAfter = await publishedCoverage(2016, 2020);
    const total = (c: typeof coverageBefore) =>
      Object.values(c.counts).reduce((sum, years) => sum + Object.values(years).reduce((a, b) => a + b, 0), 0);
    expect(total(coverageAfter)).toBeLessThan(total(coverageBefore));
    await setIatiPublication(reviewer, bhr.id, { publish: true });
  });

  it("offers as filters only the years and countries of published activities: a draft's tell nothing", async () => {
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    await createActivity(
      secretariat,
      await draftInput(db(), { title: "Draft in an unseen place", startDate: "2031-04-02", countryCode: "BT" }),
    );
    const signedIn = await getFilterOptions(secretariat);
    expect(signedIn.years).toContain(2031);
    expect(signedIn.countries).toContain("BT");
    const offered = await publicFilterOptions();
    expect(offered.years).not.toContain(2031);
    expect(offered.countries).not.toContain("BT");
    // What published activities hold is offered: 2017's trafficking workshop, for one.
    expect(offered.years).toContain(2017);
    expect(offered.organisations.length).toBeGreaterThan(0);
  });

  it("shows a report once approved, with only the attachments its author published, and no one's name", async () => {
    const { id, unicef, reviewer } = await completedActivity(db(), "Public outcomes probe");
    await submitReport(unicef, id, 0, reportInput(unicef.organisation!.id, { outcomes: "Probe outcomes." }), [
      { name: "public.pdf", bytes: SAMPLE_FILES.pdf, isPublic: true },
      { name: "private.pdf", bytes: SAMPLE_FILES.pdf, isPublic: false },
    ]);
    const submitted = await getPublishedActivity(id);
    expect(submitted?.reports).toEqual([]);
    expect(JSON.stringify(submitted)).not.toContain("Probe outcomes.");

    const [report] = await db().select().from(reports).where(eq(reports.activityId, id));
    await transitionReport(reviewer, report!.id, "approve_report", report!.version, "");
    const approved = (await getPublishedActivity(id))!;
    const files = await db().select().from(reportAttachments).where(eq(reportAttachments.reportId, report!.id));
    const published = files.find((f) => f.fileName === "public.pdf")!;
    expect(approved.reports).toEqual([
      expect.objectContaining({
        organisation: expect.objectContaining({ code: "UNICEF" }),
        outcomes: "Probe outcomes.",
        participantsTotal: 30,
        participantsBySex: { women: 16, men: 13, other: 1 },
        attachments: [{ id: published.id, fileName: "public.pdf", mediaType: "application/pdf" }],
      }),
    ]);
    const text = JSON.stringify(approved);
    for (const person of [unicef, reviewer]) {
      expect(text).not.toContain(person.name);
      expect(text).not.toContain(person.email);
    }
    expect(text).not.toContain("private.pdf");
  });

  it("answers an id that is not a published activity's as not found", async () => {
    expect(await getPublishedActivity("not-a-uuid")).toBeNull();
    expect(await getPublishedActivity("00000000-0000-4000-8000-00000000dead")).toBeNull();
  });

  it("publishes a Background Note only once a note writer marks it public, audited", async () => {
    const secretariat = await demoUser(db(), "secretariat@demo.test");
    const viewer = await demoUser(db(), "viewer@demo.test");
    const { id } = await createNote(secretariat, {
      title: "Public note probe",
      noteDate: "2019-12-31",
      periodFrom: "2019-01-01",
      periodTo: "2019-12-31",
      organisationCodes: [],
      themes: [],
      includeUndated: false,
    });
    expect(await getPublicNote(id, undefined)).toBeNull();
    expect((await listPublicNotes()).map((n) => n.id)).not.toContain(id);
    await expect(setNotePublic(viewer, id, true)).rejects.toMatchObject({ code: "forbidden" });
    await setNotePublic(secretariat, id, true);
    const note = (await getPublicNote(id, undefined))!;
    expect(note.model.title).toBe("Public note probe");
    expect(note.section).toEqual({ kind: "whole" });
    expect(Object.keys(note)).toEqual(["id", "model", "section", "contents", "size"]);
    // A section asked for alone, as on the secretariat's page.
    const year = (await getPublicNote(id, "year-2019"))!;
    expect(year.section).toEqual({ kind: "year", year: "2019" });
    expect(year.model.themes).toEqual([]);
    expect(year.model.years.map((y) => y.year)).toEqual(["2019"]);
    expect(JSON.stringify(note)).not.toContain(secretariat.name);
    expect((await listPublicNotes()).map((n) => n.id)).toContain(id);
    const events = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.entityType, "note")));
    expect(events.map((e) => e.action)).toContain("publish");
    await setNotePublic(secretariat, id, false);
    expect(await getPublicNote(id, undefined)).toBeNull();
  });

  it("gives the public IATI file as a schema-valid document of the published activities", async () => {
    const published = await publishedIatiActivities();
    expect(published.length).toBeGreaterThan(0);
    const xml = renderIati(published, { ref: "XX-TEST", name: "ASEAN Secretariat", baseUrl: "https://x" });
    expect(validateIati(xml).valid).toBe(true);
  });
});
