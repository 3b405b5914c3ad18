import { paragraphsOf, printedSections, UNDATED, type NoteModel, type NotePart } from "./background-note";

// The printed note as a list of blocks, the one walk the Word and PDF renderers share, so
// both carry the same content: only printed text (an emptied part is not printed), the
// sections numbered as printed, footnotes numbered in order.

export type Run = { text: string } | { footnote: number };
export interface Block {
  kind: "title" | "h1" | "h2" | "h3" | "paragraph" | "bullet" | "clause";
  runs: Run[];
}

export interface PrintedNote {
  blocks: Block[];
  /** Footnote texts, numbered from 1 in the order they are cited. */
  footnotes: string[];
}

const ROMAN = ["I", "II", "III"] as const;

export function printNote(note: NoteModel): PrintedNote {
  const blocks: Block[] = [];
  const footnotes: string[] = [];
  const plain = (kind: Block["kind"], text: string) => blocks.push({ kind, runs: [{ text }] });
  const text = (part: NotePart, kind: Block["kind"] = "paragraph") => {
    for (const paragraph of paragraphsOf(part.text)) {
      blocks.push({
        kind,
        runs: paragraph.map((piece) =>
          "note" in piece ? { footnote: footnotes.push(piece.note) } : { text: piece.text },
        ),
      });
    }
  };
  const numbered = (n: number | null, heading: NotePart) => {
    if (n !== null) plain("h3", `${n}. ${heading.text.trim()}`);
  };

  plain("title", note.title);
  plain("h1", "A. Introduction");
  text(note.introduction);
  plain("h1", "B. Current engagement between AICHR and the UN System");
  plain("h2", `${ROMAN[0]}. Meetings`);
  for (const series of printedSections(note.meetings, (s) => [s.context, ...s.meetings.map((m) => m.part)])) {
    numbered(series.number, series.heading);
    text(series.context);
    for (const m of series.meetings) text(m.part);
  }
  plain("h2", `${ROMAN[1]}. Activities`);
  for (const theme of printedSections(note.themes, (t) => [t.opening, ...t.items.map((i) => i.part)])) {
    numbered(theme.number, theme.heading);
    text(theme.opening);
    for (const item of theme.items) text(item.part);
  }
  plain("h2", `${ROMAN[2]}. ${note.listHeading}`);
  for (const year of note.years) {
    if (!year.items.some((i) => i.part.text.trim())) continue;
    plain("h3", year.year === UNDATED ? "Date not recorded" : year.year);
    for (const item of year.items) text(item.part, "bullet");
  }
  for (const edition of note.annex) {
    plain("h1", `ANNEX: ${edition.heading}`);
    text(edition.opening);
    for (const line of edition.lines) {
      if (line.clause) plain("clause", `${line.number} ${line.text}`);
      else plain("h3", line.depth === 0 ? `${line.number}. ${line.text.toUpperCase()}` : `${line.number} ${line.text}`);
    }
  }
  return { blocks, footnotes };
}

/** A block's text without its footnote marks: what a reader reads. */
export const blockText = (block: Block) => block.runs.map((r) => ("text" in r ? r.text : "")).join("");
