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
import JSZip from "jszip";
import { PassThrough, Readable } from "node:stream";
import type { Block, NoteInPrint } from "./note-print";

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

type Kind = Block["kind"];
const KINDS: Kind[] = ["title", "h1", "h2", "h3", "paragraph", "bullet", "clause"];

/** A block as docx writes it whole: how the streamed body must read (see note-docx.test.ts). */
export const blockParagraph = (block: Block) =>
  paragraph(
    block.kind,
    block.runs.map((run) => ("text" in run ? new TextRun(run.text) : new FootnoteReferenceRun(run.footnote))),
  );

/** A paragraph of one kind, in the house style. */
function paragraph(kind: Kind, children: Array<TextRun | FootnoteReferenceRun>): Paragraph {
  if (kind in HEADINGS) return new Paragraph({ heading: HEADINGS[kind as keyof typeof HEADINGS], children });
  if (kind === "bullet")
    return new Paragraph({ numbering: { reference: "bullets", level: 0 }, spacing: { after: 80 }, children });
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: kind === "clause" ? { left: 360 } : undefined,
    spacing: { after: 160 },
    children,
  });
}

/**
 * The note as a Word file, streamed as it is written. docx builds a whole document in memory
 * several times over (its objects, their XML, the zip): +459 MB for a note of 20,000
 * activities. So docx writes the file around a body of one sample paragraph per kind (the
 * styles, numbering, footnotes, footer and every other part), and the body streams from
 * those samples, each block's text put where its sample's text was, into a zip that deflates
 * it as it comes.
 */
export async function renderNoteDocx(note: NoteInPrint): Promise<Readable> {
  const samples = [
    ...KINDS.map((kind) => paragraph(kind, [new TextRun(marker(kind))])),
    paragraph("paragraph", [new TextRun(marker("footnote")), new FootnoteReferenceRun(1)]),
  ];
  const skeleton = noteDocument(note.title, [marker("footnote-text")], samples);
  const zip = await JSZip.loadAsync(await Packer.toBuffer(skeleton));
  const body = bodyWriter(await zip.file(DOCUMENT)!.async("string"));
  const footnotes = footnotesWriter(await zip.file(FOOTNOTES)!.async("string"));
  zip.file(DOCUMENT, Readable.from(body.stream(note.blocks)), { createFolders: false });
  // JSZip writes its files one after another, the body before the footnotes (the order docx
  // gave them), so the footnotes are read once every block, and so every citation, has been.
  zip.file(FOOTNOTES, Readable.from(footnotes.stream(note.footnotes)), { createFolders: false });
  // JSZip's stream is readable-stream's (v2), which Readable.toWeb and for await do not take.
  const file = new PassThrough();
  zip
    .generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE" })
    .on("error", (error) => file.destroy(error))
    .pipe(file);
  return file;
}

const DOCUMENT = "word/document.xml";
const FOOTNOTES = "word/footnotes.xml";
const marker = (kind: string) => `@@note-${kind}@@`;

/** The Word document of a note with this body, in the house style. */
export function noteDocument(title: string, footnotes: string[], body: Paragraph[]): Document {
  return new Document({
    title,
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
        children: body,
      },
    ],
  });
}

/** Positions in a part's XML, which must hold what the samples put there. */
const finder =
  (xml: string) =>
  (text: string, from = 0) => {
    const i = xml.indexOf(text, from);
    if (i < 0) throw new Error(`Word sample without ${text}`);
    return i;
  };

/**
 * The document's XML cut around its sample paragraphs: what comes before the body, each
 * kind's paragraph around its text, the text run and the footnote mark, what follows.
 */
function bodyWriter(xml: string) {
  const at = finder(xml);
  const opening = at("<w:body>") + "<w:body>".length;
  const closing = at("<w:sectPr", opening);
  const around = (kind: string) => {
    const text = at(marker(kind));
    const [p, r] = [xml.lastIndexOf("<w:p>", text), xml.lastIndexOf("<w:r>", text)];
    const runEnd = at("</w:r>", text) + "</w:r>".length;
    return {
      paragraph: [xml.slice(p, r), xml.slice(runEnd, at("</w:p>", text) + "</w:p>".length)] as const,
      run: [xml.slice(r, text), xml.slice(text + marker(kind).length, runEnd)] as const,
      next: runEnd,
    };
  };
  const kinds = new Map(KINDS.map((kind) => [kind, around(kind)]));
  const run = kinds.get("paragraph")!.run;
  // The footnote mark is the run after the footnote sample's text, citing footnote 1.
  const { next } = around("footnote");
  const mark = xml.slice(next, at("</w:r>", next) + "</w:r>".length).split('w:id="1"');
  const write = (block: Block) => {
    const [open, close] = kinds.get(block.kind)!.paragraph;
    const runs = block.runs.map((r) =>
      "text" in r ? run[0] + xmlText(r.text) + run[1] : mark.join(`w:id="${r.footnote}"`),
    );
    return open + runs.join("") + close;
  };
  return {
    async *stream(chunks: AsyncIterable<Block[]>) {
      yield Buffer.from(xml.slice(0, opening));
      for await (const blocks of chunks) {
        for (let start = 0; start < blocks.length; start += CHUNK) {
          yield Buffer.from(
            blocks
              .slice(start, start + CHUNK)
              .map(write)
              .join(""),
          );
        }
      }
      yield Buffer.from(xml.slice(closing));
    },
  };
}

/** The footnotes' XML cut around its sample footnote (number 1): the separators before, one footnote, the end. */
function footnotesWriter(xml: string) {
  const at = finder(xml);
  const start = at('<w:footnote w:id="1">');
  const end = at("</w:footnote>", start) + "</w:footnote>".length;
  const text = at(marker("footnote-text"), start);
  const open = xml.slice(start, text).split('w:id="1"');
  const close = xml.slice(text + marker("footnote-text").length, end);
  return {
    async *stream(footnotes: string[]) {
      yield Buffer.from(xml.slice(0, start));
      yield Buffer.from(footnotes.map((note, i) => open.join(`w:id="${i + 1}"`) + xmlText(note) + close).join(""));
      yield Buffer.from(xml.slice(end));
    },
  };
}

const CHUNK = 200;

// As docx writes text: markup characters and quotes escaped, characters XML 1.0 does not allow dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xmlText = (text: string) => text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
