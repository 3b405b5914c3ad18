import { eq } from "drizzle-orm";
import { noteSettings } from "@/tests/note-settings";
import JSZip from "jszip";
import { buffer } from "node:stream/consumers";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDatabase } from "@/db/database";
import { activities } from "@/db/schema";
import { SEED_ACTIVITIES } from "@/db/seed/activities";
import { SEED_NOTE_2019 } from "@/db/seed/note-2019";
import { seedRecord } from "@/db/seed/seed";
import { noteFileName, noteParts, type NoteEntry, type NoteModel } from "@/lib/exports/background-note";
import { renderNoteDocx } from "@/lib/exports/note-docx";
import { blockText, printNote } from "@/lib/exports/note-print";
import { getNoteInPrint } from "@/lib/dal/notes/note-in-print";
import { renderNotePdf } from "@/lib/exports/note-pdf";
import { prose } from "@/lib/exports/note-writer";
import { demoUser } from "@/tests/actors";
import { ENGINES, createTestDatabase, type TestDatabase } from "@/tests/databases";
import {
  createNote,
  deleteNote,
  getNote,
  listNotes,
  restoreNotePart,
  saveNotePart,
  setActivityLeftOut,
  type NoteView,
} from "@/lib/dal/notes/background-notes";

// The original's sections A and B in its order: the seeded 2019 note must print each as a
// paragraph (headings numbered as the original numbers them). The list by year (III) is
// checked year by year: the original lists December 2018 first and two 2017 items of no
// recorded month in an order the record cannot give.
const T = SEED_NOTE_2019.texts;
const ref = (key: string) => T[key]!;
const ORIGINAL_A_TO_II = [
  "A. Introduction",
  ...ref("introduction")
    .split("\n\n")
    .map((p) => p.replace(/\[\^[^\]]+\]/g, "")),
  "B. Current engagement between AICHR and the UN System",
  "I. Meetings",
  "1. 1st AICHR-UN Meeting, 15 May 2018, ASEAN Secretariat",
  ref("meeting:note2019-aichr-un-meeting-1"),
  ref("meeting:note2019-aichr-un-meeting-2"),
  "2. Meeting of Focal Points of Regional Human Rights Mechanisms",
  ref("series:rhrm-focal-points").replace(/\[\^[^\]]+\]/g, ""),
  ref("meeting:note2019-focal-points-rhrm-2018"),
  "II. Activities",
  "1. Business and Human Rights",
  ref("theme:business_human_rights"),
  ref("activity:note2019-bhr-interregional-dialogue-2019"),
  "2. Disability Rights",
  ref("activity:note2019-disability-regional-dialogues"),
  "3. Freedom of Expression and Media and Human Rights",
  ref("activity:note2019-freedom-of-expression-dialogue-2018"),
  "4. Environment and Human Rights",
  ref("activity:note2019-eia-consultation-2019"),
  "5. Women’s and Children’s Rights",
  ref("activity:note2019-gender-equality-seminar-2011"),
  ref("theme:childrens_rights"),
  "III. List of Activities with the UN Support in 2017-2019",
];
const ORIGINAL_III: Record<string, string[]> = {
  "2017": ["bhr-training-2017", "lemkin-seminar-2017", "crc-training-workshop-2017"],
  "2018": [
    "education-children-disabilities-2018",
    "freedom-of-expression-dialogue-2018",
    "trafficking-workshop-2018",
    "bhr-interregional-dialogue-2018",
    "ahrd-article14-workshop-2018",
    "water-sanitation-coordination-2018",
  ],
  "2019": ["bhr-interregional-dialogue-2019", "juvenile-justice-study-2019"],
};
const PLACEHOLDERS = /\(No |Not printed|undefined|\bnull\b|Date not recorded|The note gives/;

async function docxParagraphs(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1]!)
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">"),
  );
  return { xml, zip, paragraphs: paragraphs.filter((p) => p.trim() !== "") };
}

/** Each expected paragraph found after the one before: the original's order. */
function expectInOrder(paragraphs: string[], expected: string[]) {
  let at = -1;
  for (const p of expected) {
    const found = paragraphs.findIndex((q, i) => i > at && q.trim() === p.trim());
    expect(found, `in order: ${p.slice(0, 60)}`).toBeGreaterThan(at);
    at = found;
  }
}

// A PDF line may end after a hyphen or a slash ("ASEAN-" / "UN"): the reader reads one word.
const settings = noteSettings;

const flat = (text: string) =>
  text
    .replace(/([-/])\s+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();

describe.each(ENGINES)("the Background Note on %s", (engine) => {
  let database: TestDatabase;
  let seeded: NoteView;
  let note1718: NoteView;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedRecord(database.db, { demoUsers: true });
    provideDatabase(database);
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const listed = await listNotes(secretariat);
    seeded = (await getNote(secretariat, listed.find((n) => n.generatedBy === null)!.id))!;
    const { id } = await createNote(secretariat, settings());
    note1718 = (await getNote(secretariat, id))!;
  });
  afterAll(() => database.close());

  it("keeps the original 2019 note in the record, listed by its period", async () => {
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const listed = await listNotes(secretariat);
    expect(listed.map((n) => n.period)).toEqual([
      "1 January 2011 – 31 December 2019",
      "1 January 2017 – 31 December 2018",
    ]);
    expect(seeded.settings.includeUndated).toBe(true);
    expect(noteParts(seeded.model).filter((p) => p.changes)).toEqual([]);
    await seedRecord(database.db, { demoUsers: true });
    expect(await listNotes(secretariat)).toHaveLength(2);
  });

  it("tells each activity once under its primary theme; formal meetings by series; the water meeting as an activity", () => {
    const m = note1718.model;
    expect(m.meetings.map((s) => s.heading.text)).toEqual([
      "AICHR-UN Meeting",
      "Meeting of Focal Points of Regional Human Rights Mechanisms",
    ]);
    const told = [...m.meetings.flatMap((s) => s.meetings), ...m.themes.flatMap((t) => t.items)].map(
      (i) => i.activityId,
    );
    expect(new Set(told).size).toBe(told.length);
    const water = m.themes.find((t) => t.theme === "water_sanitation")!;
    expect(water.items.map((i) => i.title)).toContain(
      "First Coordination Meeting for the AICHR Thematic Study on the Right to Safe Drinking Water and Sanitation",
    );
    const listed2018 = m.years.find((y) => y.year === "2018")!.items.map((i) => i.title);
    expect(listed2018).toContain(
      "First Coordination Meeting for the AICHR Thematic Study on the Right to Safe Drinking Water and Sanitation",
    );
    const trafficking = SEED_ACTIVITIES.find((a) => a.ref === "note2019-trafficking-workshop-2018")!;
    const under = m.themes.filter((t) => t.items.some((i) => i.title === trafficking.title)).map((t) => t.theme);
    expect(under).toEqual(["womens_rights"]);
  });

  it("writes a 2017-2018 note without edits: each activity once, a complete sentence with its date and organisations, nothing undated", () => {
    const inPeriod = SEED_ACTIVITIES.filter((a) => a.start && a.start >= "2017" && a.start < "2019");
    const m = note1718.model;
    const entries = [...m.meetings.flatMap((s) => s.meetings), ...m.themes.flatMap((t) => t.items)];
    expect(entries.map((e) => e.title).sort()).toEqual(inPeriod.map((a) => a.title).sort());
    for (const e of entries) {
      const a = SEED_ACTIVITIES.find((s) => s.title === e.title)!;
      const text = e.part.text;
      expect(text, a.ref).toMatch(/^[\p{Lu}‘“].*[.”]$/u);
      expect(text, a.ref).toContain(a.start!.slice(0, 4));
      for (const [code, role] of [[a.lead, "lead"], ...a.involved] as const) {
        if (role === "participant") continue;
        const org = SEED_ORGS.get(code)!;
        expect(
          text.includes(org.name) || text.includes(prose(org).replace(/^the /, "")),
          `${a.ref} names ${code}`,
        ).toBe(true);
      }
    }
    const all = noteParts(m)
      .map((p) => p.text)
      .join("\n");
    expect(all).not.toMatch(PLACEHOLDERS);
    expect(all).not.toContain("regional dialogues on mainstreaming");
    expect(m.years.map((y) => y.year)).toEqual(["2017", "2018"]);
  });

  it("prints the whole human-rights section of the Plan in force, cited or not", () => {
    const [annex] = note1718.model.annex;
    expect(annex!.lines.map((l) => l.number)).toEqual([
      "1",
      "1.2",
      "1.2.1",
      "1.2.2",
      "1.2.4",
      "1.2.5",
      "1.2.6",
      "1.2.7",
      "1.2.8",
      "1.2.9",
      "1.2.10",
    ]);
    expect(annex!.opening.text).toBe(
      "The ASEAN-UN Plan of Action 2016-2020 was adopted at the 8th ASEAN-UN Summit, September 2016, Vientiane, Lao PDR.",
    );
  });

  const secretariat = () => demoUser(database.db, "secretariat@demo.test");
  /** The note as its Word and PDF downloads read it: a batch of activities at a time. */
  const inPrint = async (id: string, batch?: number) => (await getNoteInPrint(await secretariat(), id, batch))!.note;
  const printedBlocks = async (printed: Awaited<ReturnType<typeof inPrint>>) => {
    const blocks = [];
    for await (const chunk of printed.blocks) blocks.push(...chunk);
    return blocks;
  };

  it("prints the note for its files a batch at a time as it prints it whole, footnotes and all", async () => {
    const user = await secretariat();
    const { id } = await createNote(user, settings({ title: "Printed by sections", includeUndated: true }));
    for (const noteId of [seeded.id, id]) {
      const whole = printNote((await getNote(user, noteId))!.model);
      // As it prints the whole record's note, and in batches of two: every section of these in pieces.
      for (const batch of [undefined, 2]) {
        const printed = await inPrint(noteId, batch);
        expect(await printedBlocks(printed)).toEqual(whole.blocks);
        expect(printed.footnotes).toEqual(whole.footnotes);
      }
    }
    expect(printNote(seeded.model).footnotes.length).toBeGreaterThan(0);
  });

  it("prints a section's heading in batches when only a later batch prints anything", async () => {
    const user = await secretariat();
    const { id } = await createNote(
      user,
      settings({ title: "Emptied at the start", periodFrom: "2009-01-01", periodTo: "2030-12-31" }),
    );
    const { model } = (await getNote(user, id))!;
    const theme = model.themes.find((t) => t.items.length >= 3)!;
    const year = model.years.find((y) => y.items.length >= 3)!;
    // The opening and the first batch (two activities) of a theme, and a year's first two lines, left empty.
    const firstTwo = (items: NoteEntry[]) => items.slice(0, 2).map((i) => i.part);
    for (const part of [theme.opening, ...firstTwo(theme.items), ...firstTwo(year.items)])
      await saveNotePart(user, id, { key: part.key, text: "" });
    const whole = printNote((await getNote(user, id))!.model);
    const heading = whole.blocks.find((b) => b.kind === "h3" && blockText(b).endsWith(theme.heading.text))!;
    expect(heading, "the theme is printed").toBeDefined();
    expect(whole.blocks.some((b) => b.kind === "h3" && blockText(b) === year.year)).toBe(true);
    expect(await printedBlocks(await inPrint(id, 2))).toEqual(whole.blocks);
  });

  it("exports the 2019 note as Word reading as the original: its paragraphs in order, sources as footnotes, no link", async () => {
    const { xml, zip, paragraphs } = await docxParagraphs(await buffer(await renderNoteDocx(await inPrint(seeded.id))));
    expectInOrder(paragraphs, ORIGINAL_A_TO_II);
    expectListByYear(paragraphs);
    const ii = paragraphs.slice(
      paragraphs.indexOf("II. Activities"),
      paragraphs.findIndex((p) => p.startsWith("III.")),
    );
    expect(ii.filter((p) => /^\d\. /.test(p))).toEqual(ORIGINAL_A_TO_II.filter((p) => /^\d\. /.test(p)).slice(2));
    expect(new Set(paragraphs).size, "no paragraph twice").toBe(paragraphs.length);
    expect(paragraphs.join("\n")).not.toMatch(PLACEHOLDERS);
    expect(xml).not.toContain("<w:hyperlink");
    expect(xml).not.toContain("TOC \\");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).not.toContain("relationships/hyperlink");
    const footnotes = await zip.file("word/footnotes.xml")!.async("string");
    expect(footnotes).toContain("https://undocs.org/en/A/HRC/RES/34/17");
    expect(footnotes).toContain("9th-ASEAN-UN-Summit-Chairs-Statement-FINAL.pdf");
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraphs).toContain(
      "1.2.8 Share best practices and expertise, as mutually agreed, with AICHR, in line with AICHR's mandate to support the development of ASEAN legal instruments on human rights undertaken by other ASEAN sectoral bodies;",
    );
    expect(paragraphs).toContain(ref("annex:ASEAN-UN-POA-2016-2020"));
    expect(noteFileName(seeded.settings.periodFrom, seeded.settings.periodTo, "docx")).toBe(
      "AICHR Background Note 2011-2019.docx",
    );
  });

  if (engine === "pglite") {
    it("exports the 2019 note as PDF with the same paragraphs in the same order", async () => {
      const parser = new PDFParse({
        data: new Uint8Array(await buffer(await renderNotePdf(await inPrint(seeded.id)))),
      });
      const { text, total } = await parser.getText();
      await parser.destroy();
      // Read across pages: without the page numbers at their feet and the parser's page marks.
      const body = flat(text.replace(/Page \d+ of \d+/g, "").replace(/--\s*\d+ of \d+\s*--/g, ""));
      let at = -1;
      for (const p of ORIGINAL_A_TO_II) {
        const found = body.indexOf(flat(p), at + 1);
        expect(found, `in order: ${p.slice(0, 60)}`).toBeGreaterThan(at);
        at = found;
      }
      expect(text).toContain(`Page 1 of ${total}`);
      expect(body).not.toMatch(PLACEHOLDERS);
      expect(body).toContain("https://undocs.org/en/A/HRC/RES/34/17");
    });
  }

  it("keeps an edited part when the record changes, shows what changed, and refreshes what was not edited", async () => {
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const { id } = await createNote(secretariat, settings({ title: "Edited note", themes: ["business_human_rights"] }));
    const before = (await getNote(secretariat, id))!.model;
    const training = before.themes[0]!.items.find((i) => i.title === "AICHR Training on Business and Human Rights")!;
    const dialogue = before.themes[0]!.items.find((i) => i.title !== training.title)!;
    await saveNotePart(secretariat, id, {
      key: "theme:business_human_rights",
      text: "UNDP has worked with the AICHR since 2015.",
    });
    await saveNotePart(secretariat, id, {
      key: training.part.key,
      text: "In November 2017, sixty people were trained.",
    });
    await database.db
      .update(activities)
      .set({ summary: "UNDP and the AICHR trained 60 people from five sectors." })
      .where(eq(activities.id, training.activityId));
    await database.db
      .update(activities)
      .set({ city: "Bangkok", countryCode: "TH" })
      .where(eq(activities.id, dialogue.activityId));

    const after = (await getNote(secretariat, id))!.model;
    const theme = after.themes[0]!;
    expect(theme.opening.text).toBe("UNDP has worked with the AICHR since 2015.");
    expect(theme.opening.changes).toEqual({
      added: [],
      changed: [training.title, dialogue.title].sort(
        (a, b) =>
          before.themes[0]!.items.findIndex((i) => i.title === a) -
          before.themes[0]!.items.findIndex((i) => i.title === b),
      ),
      removed: [],
    });
    const edited = theme.items.find((i) => i.activityId === training.activityId)!.part;
    expect(edited.text).toBe("In November 2017, sixty people were trained.");
    expect(edited.changes).toEqual({ added: [], changed: [training.title], removed: [] });
    const fresh = theme.items.find((i) => i.activityId === dialogue.activityId)!.part;
    expect(fresh.edited).toBe(false);
    expect(fresh.text).toContain("Bangkok, Thailand");

    await restoreNotePart(secretariat, id, { key: training.part.key });
    const restored = (await getNote(secretariat, id))!.model.themes[0]!.items.find(
      (i) => i.activityId === training.activityId,
    )!.part;
    expect(restored.edited).toBe(false);
    expect(restored.text).toContain("UNDP and the AICHR trained 60 people from five sectors.");
    await expect(
      saveNotePart(secretariat, id, { key: `activity:${SEED_IDS.lemkin(seeded.model)}`, text: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await deleteNote(secretariat, id);
    expect(await getNote(secretariat, id)).toBeNull();
  });

  it("includes activities with no recorded date only when asked, under their theme", async () => {
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const { id } = await createNote(
      secretariat,
      settings({ title: "With undated", periodFrom: "2026-01-01", periodTo: "2026-12-31", includeUndated: true }),
    );
    const m = (await getNote(secretariat, id))!.model;
    expect(m.themes.map((t) => t.theme)).toEqual(["disability_rights"]);
    expect(m.themes[0]!.items[0]!.part.text).toMatch(/^UNICEF supported the AICHR's regional dialogues/);
    await deleteNote(secretariat, id);
  });

  it("leaves an activity out when asked", async () => {
    const secretariat = await demoUser(database.db, "secretariat@demo.test");
    const lemkin = note1718.model.themes.find((t) => t.theme === "genocide_prevention")!.items[0]!.activityId;
    await setActivityLeftOut(secretariat, note1718.id, lemkin, true);
    const after = (await getNote(secretariat, note1718.id))!;
    expect(after.model.themes.find((t) => t.theme === "genocide_prevention")).toBeUndefined();
    expect(after.leftOut.map((a) => a.title)).toEqual(["Global Raphael Lemkin Seminar for Genocide Prevention"]);
    await setActivityLeftOut(secretariat, note1718.id, lemkin, false);
  });

  it("refuses a viewer who tries to write or delete one", async () => {
    const viewer = await demoUser(database.db, "viewer@demo.test");
    await expect(saveNotePart(viewer, seeded.id, { key: "introduction", text: "x" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(deleteNote(viewer, seeded.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});

function expectListByYear(paragraphs: string[]) {
  const start = paragraphs.indexOf("III. List of Activities with the UN Support in 2017-2019");
  const annex = paragraphs.findIndex((p) => p.startsWith("ANNEX:"));
  const list = paragraphs.slice(start + 1, annex);
  const years = Object.keys(ORIGINAL_III);
  expect(list.filter((p) => /^\d{4}$/.test(p))).toEqual(years);
  for (const [i, year] of years.entries()) {
    const from = list.indexOf(year);
    const to = i + 1 < years.length ? list.indexOf(years[i + 1]!) : list.length;
    expect(list.slice(from + 1, to).sort(), year).toEqual(
      ORIGINAL_III[year]!.map((r) => ref(`listed:note2019-${r}`)).sort(),
    );
  }
}

import { SEED_ORGANISATIONS } from "@/db/seed/organisations";
const SEED_ORGS = new Map(
  SEED_ORGANISATIONS.map((o) => [o.code, { label: o.acronym ?? o.name, name: o.name, kind: o.kind }] as const),
);
const SEED_IDS = {
  lemkin: (m: NoteModel) =>
    m.years.flatMap((y) => y.items).find((i) => i.title === "Global Raphael Lemkin Seminar for Genocide Prevention")!
      .activityId,
};
