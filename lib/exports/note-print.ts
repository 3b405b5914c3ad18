import { paragraphsOf, UNDATED, type NoteEntry, type NoteModel, type NotePart } from "./background-note";

// The printed note as a list of blocks, the one walk the Word and PDF renderers share, so
// both carry the same content: only printed text (an emptied part is not printed), the
// sections numbered as printed, footnotes numbered in order. A note of the whole record is
// printed a section at a time (notePrinter), so that its files never hold it whole.

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

/** A note printed as it is written: its blocks a section at a time, its footnotes complete once they are all read. */
export interface NoteInPrint {
  title: string;
  blocks: AsyncIterable<Block[]>;
  footnotes: string[];
}

/**
 * One section of the note, or one run of it (the meetings, some themes, some years), in the
 * note's order; "more" continues the section printed last with more of its entries (a theme
 * of thousands of activities is printed a batch at a time).
 */
export type NoteChunk =
  | { kind: "introduction"; part: NotePart }
  | { kind: "meetings"; meetings: NoteModel["meetings"] }
  | { kind: "themes"; themes: NoteModel["themes"] }
  | { kind: "years"; years: NoteModel["years"] }
  | { kind: "annex"; annex: NoteModel["annex"] }
  | { kind: "more"; entries: NoteEntry[] };

type Phase = Exclude<NoteChunk["kind"], "more">;
const ROMAN = ["I", "II", "III"] as const;
const PHASES: Phase[] = ["introduction", "meetings", "themes", "years", "annex"];

/**
 * Prints a note chunk by chunk, in its order. The headings of a part are printed as it is
 * entered, even when it holds nothing (a note without meetings still says "I. Meetings");
 * the sections are numbered and the footnotes collected across chunks.
 */
export function notePrinter(title: string, listHeading: string) {
  const footnotes: string[] = [];
  const numbers = { meetings: 0, themes: 0 };
  let entered = -1;
  let blocks: Block[] = [{ kind: "title", runs: [{ text: title }] }];
  // A section's heading waits for its first printed part: a section whose parts are all empty
  // is not printed, and one printed a batch at a time need not know its later batches.
  let heading: (() => void) | null = null;
  const plain = (kind: Block["kind"], text: string) => blocks.push({ kind, runs: [{ text }] });
  const text = (part: NotePart, kind: Block["kind"] = "paragraph") => {
    const paragraphs = paragraphsOf(part.text);
    if (paragraphs.length > 0 && heading) {
      heading();
      heading = null;
    }
    for (const paragraph of paragraphs) {
      blocks.push({
        kind,
        runs: paragraph.map((piece) =>
          "note" in piece ? { footnote: footnotes.push(piece.note) } : { text: piece.text },
        ),
      });
    }
  };
  // A section with an empty heading continues the one before.
  const section = (counter: keyof typeof numbers, part: NotePart) => {
    heading = () => {
      if (part.text.trim()) plain("h3", `${++numbers[counter]}. ${part.text.trim()}`);
    };
  };
  const headings: Record<Phase, () => void> = {
    introduction: () => plain("h1", "A. Introduction"),
    meetings: () => {
      plain("h1", "B. Current engagement between AICHR and the UN System");
      plain("h2", `${ROMAN[0]}. Meetings`);
    },
    themes: () => plain("h2", `${ROMAN[1]}. Activities`),
    years: () => plain("h2", `${ROMAN[2]}. ${listHeading}`),
    annex: () => {},
  };
  const enter = (kind: NoteChunk["kind"]) => {
    if (kind === "more") return;
    while (entered < PHASES.indexOf(kind)) {
      heading = null;
      headings[PHASES[++entered]!]();
    }
  };
  // III lists its activities as bullets; I and II tell them in paragraphs.
  const entry = (e: NoteEntry) => text(e.part, PHASES[entered] === "years" ? "bullet" : "paragraph");
  const content: { [K in NoteChunk["kind"]]: (chunk: Extract<NoteChunk, { kind: K }>) => void } = {
    introduction: ({ part }) => text(part),
    meetings: ({ meetings }) => {
      for (const series of meetings) {
        section("meetings", series.heading);
        text(series.context);
        series.meetings.forEach(entry);
      }
    },
    themes: ({ themes }) => {
      for (const theme of themes) {
        section("themes", theme.heading);
        text(theme.opening);
        theme.items.forEach(entry);
      }
    },
    years: ({ years }) => {
      for (const year of years) {
        heading = () => plain("h3", year.year === UNDATED ? "Date not recorded" : year.year);
        year.items.forEach(entry);
      }
    },
    more: ({ entries }) => entries.forEach(entry),
    annex: ({ annex }) => {
      for (const edition of annex) {
        plain("h1", `ANNEX: ${edition.heading}`);
        text(edition.opening);
        for (const line of edition.lines) {
          if (line.clause) plain("clause", `${line.number} ${line.text}`);
          else
            plain(
              "h3",
              line.depth === 0 ? `${line.number}. ${line.text.toUpperCase()}` : `${line.number} ${line.text}`,
            );
        }
      }
    },
  };
  const drain = () => {
    const printed = blocks;
    blocks = [];
    return printed;
  };
  return {
    footnotes,
    /** The blocks of this chunk, after the headings of the parts before it not printed yet. */
    print(chunk: NoteChunk): Block[] {
      enter(chunk.kind);
      (content[chunk.kind] as (c: NoteChunk) => void)(chunk);
      return drain();
    },
    /** The headings of the parts no chunk held, to the end. */
    finish(): Block[] {
      enter("annex");
      return drain();
    },
  };
}

/** A whole note's model in the chunks the printer takes. */
export const chunksOf = (note: NoteModel): NoteChunk[] => [
  { kind: "introduction", part: note.introduction },
  { kind: "meetings", meetings: note.meetings },
  { kind: "themes", themes: note.themes },
  { kind: "years", years: note.years },
  { kind: "annex", annex: note.annex },
];

export function printNote(note: NoteModel): PrintedNote {
  const printer = notePrinter(note.title, note.listHeading);
  const blocks = [...chunksOf(note).flatMap((chunk) => printer.print(chunk)), ...printer.finish()];
  return { blocks, footnotes: printer.footnotes };
}

/** A block's text without its footnote marks: what a reader reads. */
export const blockText = (block: Block) => block.runs.map((r) => ("text" in r ? r.text : "")).join("");
