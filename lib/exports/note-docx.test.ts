import JSZip from "jszip";
import { Packer } from "docx";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { buildNote, type NoteActivity, type NoteOptions } from "./background-note";
import { blockParagraph, noteDocument, renderNoteDocx } from "./note-docx";
import { inPrint } from "@/tests/note-in-print";
import { printNote } from "./note-print";

// The Word file's body is streamed from docx's own sample paragraphs: it must be the very
// document docx writes when it holds the whole body itself, for every kind of block, with
// footnotes, markup characters and characters XML does not allow.

const activity = (n: number, changes: Partial<NoteActivity> = {}): NoteActivity => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  title: `Workshop ${n} on rights & <remedies>`,
  summary: `It met "in good faith" \u0001 and agreed.`,
  type: "workshop",
  status: "completed",
  start: { date: `201${n % 10}-03-1${n % 10}`, precision: "day" },
  end: null,
  place: "Jakarta, Indonesia",
  themes: n % 2 ? ["womens_rights"] : ["environment"],
  organisations: [
    { label: "UNDP", name: "United Nations Development Programme", kind: "un_entity", role: "supporting" },
  ],
  participants: 30,
  outcomes: [],
  series: null,
  ...changes,
});

const options: NoteOptions = {
  title: "Background Note & <more>",
  date: "1 November 2026",
  period: "2010-2019",
  excluded: [],
  themes: [],
  edits: {
    introduction: {
      text: "Our introduction.[^Source: the AICHR's records & minutes.]\n\nA second paragraph.[^A second source.]",
      basis: {},
    },
  },
  plan: [
    {
      code: "POA",
      title: "ASEAN-UN Plan of Action 2016-2020",
      framework: "ASEAN-UN Plan of Action",
      adoptedAt: "8th ASEAN-UN Summit",
      lines: [
        { number: "1", text: "Political-security cooperation", depth: 0, clause: false },
        { number: "1.2.1", text: "Promote <human rights> & dialogue", depth: 2, clause: true },
      ],
    },
  ],
};

const note = buildNote(
  [
    ...Array.from({ length: 450 }, (_, n) => activity(n)),
    activity(900, { type: "meeting", themes: ["institutional_cooperation"], title: "1st AICHR-UN Meeting" }),
  ],
  options,
);

async function documentXml(file: Buffer) {
  const zip = await JSZip.loadAsync(file);
  return { zip, xml: await zip.file("word/document.xml")!.async("string") };
}

describe("the note as a Word file", () => {
  it("writes the document docx writes with the whole body held, every kind of block and footnote", async () => {
    const { blocks, footnotes } = printNote(note);
    expect(new Set(blocks.map((b) => b.kind))).toEqual(
      new Set(["title", "h1", "h2", "h3", "paragraph", "bullet", "clause"]),
    );
    expect(footnotes).toHaveLength(2);
    const whole = await documentXml(
      await Packer.toBuffer(noteDocument(note.title, footnotes, blocks.map(blockParagraph))),
    );
    const streamed = await documentXml(await buffer(await renderNoteDocx(inPrint(note))));
    expect(streamed.xml).toBe(whole.xml);
    expect(streamed.xml).toContain("rights &amp; &lt;remedies&gt;");
    expect(streamed.xml).not.toContain("\u0001");
    expect(streamed.xml).toContain('<w:footnoteReference w:id="2"/>');
    expect(Object.keys(streamed.zip.files).sort()).toEqual(Object.keys(whole.zip.files).sort());
    expect(await streamed.zip.file("word/footnotes.xml")!.async("string")).toBe(
      await whole.zip.file("word/footnotes.xml")!.async("string"),
    );
  });

  it("writes a note without footnotes", async () => {
    const plain = buildNote([activity(1)], { ...options, edits: {} });
    const { blocks } = printNote(plain);
    const whole = await documentXml(await Packer.toBuffer(noteDocument(plain.title, [], blocks.map(blockParagraph))));
    expect((await documentXml(await buffer(await renderNoteDocx(inPrint(plain))))).xml).toBe(whole.xml);
  });
});
