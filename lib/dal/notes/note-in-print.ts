import "server-only";
import {
  groupNote,
  noteSectionParts as build,
  type EntryKind,
  type NoteEntry,
  type NoteGroups,
  type NoteOptions,
  type OutlineActivity,
} from "@/lib/exports/background-note";
import { notePrinter, type NoteChunk, type NoteInPrint } from "@/lib/exports/note-print";
import type { NoteSettings } from "@/lib/validation/background-note";
import { assertCan } from "@/lib/dal/access";
import { getDatabase, type Executor } from "@/lib/dal/db";
import { loadNote } from "@/lib/dal/notes/background-notes";
import { noteActivityReader, noteOutlines } from "@/lib/dal/notes/note-activities";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

/**
 * The whole note for its Word and PDF files, printed a batch of activities at a time: the
 * outline of every activity orders it and writes each section's opening, and each batch is
 * read in full, written, printed and let go before the next. Built whole, the note of 20,000
 * activities held them all with their texts (+152-190 MB for the Word file); printed a
 * section at a time, each theme of 2,000 activities read and written at once, it still grew
 * the server by 126-160 MB. The printable page still builds it whole. `batch`: how many
 * activities a batch reads (a test prints in batches of two).
 */
export async function getNoteInPrint(
  user: SessionUser,
  id: string,
  batch = PRINT_BATCH,
): Promise<{ settings: NoteSettings; note: NoteInPrint } | null> {
  assertCan(user, "note:read");
  const loaded = await loadNote(id, false, noteOutlines);
  if (!loaded) return null;
  const { view, selected, options } = loaded;
  const groups = groupNote(selected, options);
  const printer = notePrinter(options.title, build.listHeading(groups, options));
  const db = await getDatabase();
  return {
    settings: view.settings,
    note: { title: options.title, footnotes: printer.footnotes, blocks: sections(db, groups, options, printer, batch) },
  };
}

/**
 * The Word file of the 2009-2030 note over 20,000 activities (bench/note-memory.ts, PostgreSQL):
 * +60-104 MB in batches of 100, in 3.2 s; 200: +105 MB; 50 and 25 no lower, and slower (4-5 s).
 */
const PRINT_BATCH = 100;

async function* sections(
  db: Executor,
  groups: NoteGroups<OutlineActivity>,
  options: NoteOptions,
  printer: ReturnType<typeof notePrinter>,
  batch: number,
) {
  const { inPrint } = build;
  const read = noteActivityReader(db);
  /** A section's first chunk, its opening with its first batch of entries, then "more" of them a batch at a time. */
  async function* inBatches(told: OutlineActivity[], kind: EntryKind, opening: (entries: NoteEntry[]) => NoteChunk) {
    for (let start = 0; start < told.length; start += batch) {
      const full = await read(told.slice(start, start + batch).map((a) => a.id));
      const entries = inPrint.entries(kind, full, options.edits);
      yield printer.print(start === 0 ? opening(entries) : { kind: "more", entries });
    }
  }
  // The files print what the introduction says, not what changed since its edit: no record behind it.
  yield printer.print({ kind: "introduction", part: build.introduction(groups, options, () => ({})) });
  for (const [key, series] of groups.series) {
    yield* inBatches(series.meetings, "meeting", (meetings) => ({
      kind: "meetings",
      meetings: [{ ...inPrint.series(key, series, options), meetings }],
    }));
  }
  for (const theme of groups.themes) {
    yield* inBatches(theme.told, "activity", (items) => ({
      kind: "themes",
      themes: [{ ...inPrint.theme(theme, options), items }],
    }));
  }
  for (const { year, activities } of groups.years) {
    yield* inBatches(activities, "listed", (items) => ({ kind: "years", years: [{ year, items }] }));
  }
  yield printer.print({ kind: "annex", annex: build.annex(options) });
  yield printer.finish();
}
