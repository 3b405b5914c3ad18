import type { NoteModel } from "@/lib/exports/background-note";
import { printNote, type NoteInPrint } from "@/lib/exports/note-print";

/** A note built whole, in print as the Word and PDF renderers take it: all its blocks in one section. */
export function inPrint(note: NoteModel): NoteInPrint {
  const { blocks, footnotes } = printNote(note);
  return {
    title: note.title,
    footnotes,
    blocks: (async function* () {
      yield blocks;
    })(),
  };
}
