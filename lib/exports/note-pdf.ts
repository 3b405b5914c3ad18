import path from "node:path";
import type { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { Block, NoteInPrint, Run } from "./note-print";

// The note as an A4 PDF, written with pdfkit (maintained, pure JS), with the same blocks as
// the Word file. The record is South-East Asian, so the PDF embeds Noto fonts (subset: only
// the glyphs printed) for Latin with Vietnamese, Thai, Lao and Burmese, and Hanuman for
// Khmer, from maintained npm packages: @expo-google-fonts/* ship whole TTFs; @fontsource/*
// ship WOFF per script, which pdfkit's fontkit reads. (Noto Sans Khmer, from either source,
// makes fontkit 2 throw while positioning its marks; Hanuman, also a Google font, does not.)
// pdfkit has no font fallback, so each run is cut into pieces by script, each in its font.

export type Script = "latin" | "thai" | "lao" | "khmer" | "myanmar";

const MODULES = path.join(process.cwd(), "node_modules");
const expo = (family: string, file: string, weight: "400Regular" | "700Bold") =>
  path.join(MODULES, "@expo-google-fonts", family, weight, `${file}_${weight}.ttf`);
const fontsource = (family: string, subset: string, weight: 400 | 700) =>
  path.join(MODULES, "@fontsource", family, "files", `${family}-${subset}-${weight}-normal.woff`);

export const FONT_FILES: Record<Script, { regular: string; bold: string }> = {
  latin: { regular: expo("noto-serif", "NotoSerif", "400Regular"), bold: expo("noto-serif", "NotoSerif", "700Bold") },
  thai: {
    regular: expo("noto-sans-thai", "NotoSansThai", "400Regular"),
    bold: expo("noto-sans-thai", "NotoSansThai", "700Bold"),
  },
  lao: {
    regular: expo("noto-sans-lao", "NotoSansLao", "400Regular"),
    bold: expo("noto-sans-lao", "NotoSansLao", "700Bold"),
  },
  khmer: { regular: fontsource("hanuman", "khmer", 400), bold: fontsource("hanuman", "khmer", 700) },
  myanmar: {
    regular: fontsource("noto-sans-myanmar", "myanmar", 400),
    bold: fontsource("noto-sans-myanmar", "myanmar", 700),
  },
};

/** The script whose font draws a character; spaces, digits and punctuation are drawn in the Latin font. */
export function scriptOf(char: string): Script {
  const c = char.codePointAt(0)!;
  if (c >= 0x0e00 && c <= 0x0e7f) return "thai";
  if (c >= 0x0e80 && c <= 0x0eff) return "lao";
  if ((c >= 0x1780 && c <= 0x17ff) || (c >= 0x19e0 && c <= 0x19ff)) return "khmer";
  if ((c >= 0x1000 && c <= 0x109f) || (c >= 0xa9e0 && c <= 0xa9ff) || (c >= 0xaa60 && c <= 0xaa7f)) return "myanmar";
  return "latin";
}

/** A text cut into pieces of one script each; a combining mark stays with its base. */
export function byScript(text: string): Array<{ script: Script; text: string }> {
  const pieces: Array<{ script: Script; text: string }> = [];
  for (const char of text) {
    const last = pieces.at(-1);
    const script = /\p{M}|\u200c|\u200d/u.test(char) && last ? last.script : scriptOf(char);
    if (last && last.script === script) last.text += char;
    else pieces.push({ script, text: char });
  }
  return pieces;
}

const SIZES: Record<Block["kind"], number> = {
  title: 16,
  h1: 13,
  h2: 12,
  h3: 11.5,
  paragraph: 11,
  bullet: 11,
  clause: 11,
};
const MARGIN = 64;

/**
 * The note as a PDF stream. The pages are buffered until the end (each footer says "of N"),
 * but the file itself goes out chunk by chunk as pdfkit writes it: it is never gathered
 * into one Buffer, which with the copy a response made of it held a long note twice.
 */
export async function renderNotePdf(note: NoteInPrint): Promise<Readable> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: note.title } });
  for (const [script, files] of Object.entries(FONT_FILES)) {
    doc.registerFont(`${script}-regular`, files.regular);
    doc.registerFont(`${script}-bold`, files.bold);
  }

  const draw = (runs: Run[], size: number, bold: boolean, options: PDFKit.Mixins.TextOptions) => {
    const pieces = runs.flatMap((run) =>
      "text" in run
        ? byScript(run.text).map((p) => ({ ...p, size }))
        : [{ script: "latin" as const, text: String(run.footnote), size: size * 0.65 }],
    );
    if (pieces.length === 0) return;
    pieces.forEach((piece, i) => {
      doc.font(`${piece.script}-${bold ? "bold" : "regular"}`).fontSize(piece.size);
      doc.text(piece.text, { ...options, continued: i < pieces.length - 1 });
    });
  };

  for await (const blocks of note.blocks) for (const block of blocks) drawBlock(block);
  const { footnotes } = note;
  if (footnotes.length > 0) {
    doc.moveDown(1);
    draw([{ text: "Notes" }], SIZES.h3, true, {});
    footnotes.forEach((text, i) => draw([{ text: `${i + 1}. ${text}` }], 9, false, { paragraphGap: 3 }));
  }

  function drawBlock(block: Block) {
    const size = SIZES[block.kind];
    const heading = block.kind === "title" || block.kind.startsWith("h");
    if (heading) doc.moveDown(block.kind === "h3" ? 0.4 : 0.8);
    const bullet = block.kind === "bullet";
    if (bullet)
      doc
        .font("latin-regular")
        .fontSize(size)
        .text("\u2022", MARGIN + 8, doc.y, { continued: false, lineBreak: false });
    const options: PDFKit.Mixins.TextOptions = {
      align: block.kind === "title" ? "center" : heading ? "left" : "justify",
      paragraphGap: heading ? 4 : 7,
      indent: 0,
      ...(bullet || block.kind === "clause" ? { width: doc.page.width - 2 * MARGIN - 24 } : {}),
    };
    if (bullet || block.kind === "clause") doc.x = MARGIN + 24;
    draw(block.runs, size, heading, options);
    doc.x = MARGIN;
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc
      .font("latin-regular")
      .fontSize(9)
      .fillColor("#333333")
      .text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - 40, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
  }
  doc.end();
  return doc;
}
