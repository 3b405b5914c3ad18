import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { SEED_ORGANISATIONS } from "@/db/seed/organisations";
import { seedRecord } from "@/db/seed/seed";
import { renderNoteDocx } from "@/lib/exports/note-docx";
import { renderNotePdf } from "@/lib/exports/note-pdf";
import { demoUser } from "@/tests/actors";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import { createNote, getNote, saveIntroduction, setActivityLeftOut, type NoteView } from "./background-notes";

const label = (code: string) => {
  const org = SEED_ORGANISATIONS.find((o) => o.code === code)!;
  return org.acronym ?? org.name;
};
const isUn = (code: string) => SEED_ORGANISATIONS.find((o) => o.code === code)!.kind === "un_entity";

describe.each(ENGINES)("the Background Note on %s", (engine) => {
  let database: TestDatabase;
  let note: NoteView;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const { id } = await createNote(secretariat, {
      title: "AICHR Background Note on Human Rights Cooperation",
      noteDate: "2019-11-01",
      periodFrom: "2011-01-01",
      periodTo: "2019-12-31",
      organisationCodes: [],
      themes: [],
    });
    await saveIntroduction(secretariat, id, { introduction: "Since the establishment of the AICHR in 2009…" });
    note = (await getNote(secretariat, id))!;
  });
  afterAll(() => database.close());

  it("holds every dated meeting of the note among its meetings", () => {
    const meetings = SEED_ACTIVITIES.filter((a) => a.type === "meeting" && a.start);
    expect(note.model.meetings.map((m) => m.heading.split(",")[0]).sort()).toEqual(meetings.map((m) => m.title).sort());
  });

  it("lists every other activity with UN support under its year, naming its UN entities", () => {
    for (const activity of SEED_ACTIVITIES.filter((a) => a.type !== "meeting")) {
      const codes = [activity.lead, ...activity.involved.map(([code]) => code)];
      const un = codes.filter(isUn).map(label);
      const year = note.model.years.find((y) => y.year === (activity.start?.slice(0, 4) ?? "Date not recorded"));
      const item = year?.items.find((i) => i.text.includes(activity.title));
      if (un.length === 0) {
        expect(item, activity.title).toBeUndefined();
        continue;
      }
      expect(item, activity.title).toBeDefined();
      for (const entity of un) expect(item!.text, activity.title).toContain(entity);
    }
  });

  it("tells an activity the record gives no date under its themes, as the 2019 note does", () => {
    const disability = note.model.themes.find((t) => t.theme === "Disability rights")!;
    expect(disability.items.map((i) => i.text)).toContainEqual(
      expect.stringMatching(/^At a date not recorded, UNICEF supported the AICHR regional dialogues on mainstreaming/),
    );
    expect(note.model.years.map((y) => y.year)).toEqual(["2011", "2016", "2017", "2018", "2019", "Date not recorded"]);
  });

  it("tells each activity under each of its themes, and quotes every clause referred to", () => {
    const genocide = note.model.themes.find((t) => t.theme === "Genocide prevention")!;
    expect(genocide.items.map((i) => i.text)).toEqual([
      expect.stringMatching(
        /^In 2017, OSAPG supported the Global Raphael Lemkin Seminar for Genocide Prevention in Auschwitz, Poland\./,
      ),
    ]);
    expect(note.model.annex.map((c) => c.number)).toEqual([
      "1.2.1",
      "1.2.2",
      "1.2.4",
      "1.2.5",
      "1.2.6",
      "1.2.7",
      "1.2.9",
      "1.2.10",
    ]);
    expect(note.model.introduction).toBe("Since the establishment of the AICHR in 2009…");
  });

  it("leaves an activity out when asked, and keeps the introduction", async () => {
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const lemkin = note.model.themes.find((t) => t.theme === "Genocide prevention")!.items[0]!.activityId;
    await setActivityLeftOut(secretariat, note.id, lemkin, true);
    const after = (await getNote(secretariat, note.id))!;
    expect(after.model.themes.find((t) => t.theme === "Genocide prevention")).toBeUndefined();
    expect(after.leftOut.map((a) => a.title)).toEqual(["Global Raphael Lemkin Seminar for Genocide Prevention"]);
    expect(after.model.introduction).toBe("Since the establishment of the AICHR in 2009…");
    await setActivityLeftOut(secretariat, note.id, lemkin, false);
  });

  it("refuses a viewer who tries to write one", async () => {
    const viewer = await demoUser(database.db, "viewer@demo.test");
    await expect(saveIntroduction(viewer, note.id, { introduction: "x" })).rejects.toMatchObject({ code: "forbidden" });
  });

  if (engine === "pglite") {
    it("writes a Word document with its headings in order", async () => {
      const docx = await renderNoteDocx(note.model, "https://tracker.example");
      const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
      const headings = [
        ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading([12])"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs),
      ].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
      expect(headings).toEqual([
        "A. Introduction",
        "B. Current engagement between AICHR and the UN System",
        "I. Meetings",
        "II. Activities",
        "III. List of Activities with the UN Support",
        "Annex: Human Rights sections in the ASEAN-UN Plan of Action",
      ]);
      expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>');
    });

    it("writes an A4 PDF whose pages carry the text and page numbers", async () => {
      const pdf = await renderNotePdf(note.model, "https://tracker.example");
      const parser = new PDFParse({ data: new Uint8Array(pdf) });
      const { text, total } = await parser.getText();
      await parser.destroy();
      expect(total).toBeGreaterThan(1);
      expect(text).toContain("AICHR Background Note on Human Rights Cooperation");
      expect(text).toContain("UNDP supported the AICHR Training on Business and Human Rights, 13–16 November 2017.");
      expect(text).toContain(`Page 1 of ${total}`);
      expect(text).toContain("1.2.10 Support AICHR, ACMW, ACWC and ACW");
    });
  }
});
