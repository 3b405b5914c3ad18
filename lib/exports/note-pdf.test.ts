import * as fontkit from "fontkit";
import { buffer } from "node:stream/consumers";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { buildNote, type NoteActivity } from "./background-note";
import { inPrint } from "@/tests/note-in-print";
import { blockText, printNote } from "./note-print";
import { byScript, FONT_FILES, renderNotePdf, scriptOf } from "./note-pdf";

const NAMES = {
  vietnamese: "Hội thảo Việt Nam, Đà Nẵng",
  thai: "กรุงเทพมหานคร",
  khmer: "ភ្នំពេញ",
  lao: "ວຽງຈັນ",
  burmese: "ရန်ကုန်",
};

const activity = (n: number, title: string, place: string): NoteActivity => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  title,
  summary: null,
  type: "workshop",
  status: "completed",
  start: { date: `2018-0${n}-01`, precision: "month" },
  end: null,
  place,
  themes: ["environment"],
  organisations: [
    { label: "UNEP", name: "United Nations Environment Programme", kind: "un_entity", role: "supporting" },
  ],
  participants: null,
  outcomes: [],
});

const note = buildNote(
  [
    activity(1, NAMES.vietnamese, "Đà Nẵng, Viet Nam"),
    activity(2, "Regional Workshop", NAMES.thai),
    activity(3, "Consultation", NAMES.khmer),
    activity(4, "Dialogue", NAMES.lao),
    activity(5, "Seminar", NAMES.burmese),
  ],
  {
    title: "AICHR Background Note on Human Rights Cooperation",
    date: "",
    period: "2018",
    excluded: [],
    themes: [],
    edits: {},
    plan: [],
  },
);

describe("the note as PDF", () => {
  it("gives back Vietnamese and Thai text as written", async () => {
    const pdf = await buffer(await renderNotePdf(inPrint(note)));
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(NAMES.vietnamese);
    expect(flat).toContain(NAMES.thai);
    expect(flat).toContain(`Page 1 of ${total}`);
  });

  it("draws every character printed with a glyph of an embedded font (no missing-glyph boxes)", async () => {
    const printed = printNote(note).blocks.map(blockText).join("\n") + `Page 1 of 9`;
    for (const name of Object.values(NAMES)) expect(printed).toContain(name);
    const fonts = Object.fromEntries(
      Object.entries(FONT_FILES).map(([script, files]) => [script, fontkit.openSync(files.regular) as fontkit.Font]),
    );
    const missing = [...new Set(printed.replace(/\s/g, ""))].filter((char) => {
      const script = byScript(char)[0]!.script;
      return !fonts[script]!.hasGlyphForCodePoint(char.codePointAt(0)!);
    });
    expect(missing).toEqual([]);
    expect(scriptOf("ក")).toBe("khmer");
    expect(scriptOf("ລ")).toBe("lao");
    expect(scriptOf("က")).toBe("myanmar");

    const pdf = (await buffer(await renderNotePdf(inPrint(note)))).toString("latin1");
    // Each font embedded as a subset (a six-letter tag before its name), none of the 14 standard fonts.
    for (const family of ["NotoSerif", "NotoSansThai", "Hanuman", "NotoSansLao", "NotoSansMyanmar"])
      expect(pdf).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${family}`));
    expect(pdf).not.toMatch(/\/BaseFont \/(Helvetica|Times-Roman)/);
    expect((pdf.match(/\/FontFile2/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(pdf).toContain("/MediaBox [0 0 595.28 841.89]");
  });
});
