import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { Readable } from "node:stream";
import type { NoteModel } from "./background-note";
import { printNote, type Block } from "./note-print";

// The note as a Word document in the secretariat's house style, written with the `docx`
// package (maintained, pure JS): Times New Roman throughout, headings as Word's Heading
// 1-3 styles (the navigation pane finds them), sources as footnotes, page numbers in the
// footer. No hyperlinks in the body: the note goes to readers outside the app. No table of
// contents: Word would ask to update fields before showing its page numbers.

const FONT = "Times New Roman";
const HEADINGS = {
  title: HeadingLevel.TITLE,
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
} as const;

const heading = (size: number) => ({
  run: { font: FONT, size, bold: true, color: "000000" },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
});

function paragraph(block: Block): Paragraph {
  const children = block.runs.map((run) =>
    "text" in run ? new TextRun(run.text) : new FootnoteReferenceRun(run.footnote),
  );
  if (block.kind in HEADINGS)
    return new Paragraph({ heading: HEADINGS[block.kind as keyof typeof HEADINGS], children });
  if (block.kind === "bullet")
    return new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 80 }, children });
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: block.kind === "clause" ? { left: 360 } : undefined,
    spacing: { after: 160 },
    children,
  });
}

/**
 * The note as a Word file. docx builds the whole file in memory (its toStream emits one
 * Buffer too); that Buffer is handed on as it is, not copied into another.
 */
export async function renderNoteDocx(note: NoteModel): Promise<Readable> {
  const { blocks, footnotes } = printNote(note);
  const document = new Document({
    title: note.title,
    creator: "ASEAN Secretariat",
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 } }, // half-points: 12 pt
        title: {
          run: { font: FONT, size: 32, bold: true, color: "000000" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        heading1: heading(26),
        heading2: heading(24),
        heading3: heading(24),
      },
      paragraphStyles: [
        { id: "FootnoteText", name: "footnote text", basedOn: "Normal", run: { font: FONT, size: 18 } },
      ],
    },
    numbering: {
      config: [
        {
          reference: "bullets",
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "\u2022",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    footnotes: Object.fromEntries(
      footnotes.map((text, i) => [
        i + 1,
        { children: [new Paragraph({ children: [new TextRun({ text, size: 18 })] })] },
      ]),
    ),
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } }, // A4 in twentieths of a point
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })],
              }),
            ],
          }),
        },
        children: blocks.map(paragraph),
      },
    ],
  });
  return Readable.from([await Packer.toBuffer(document)]);
}
