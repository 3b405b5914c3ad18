import "server-only";
import {
  groupNote,
  noteSectionParts as build,
  type NoteGroups,
  type NoteOptions,
  type OutlineActivity,
} from "@/lib/exports/background-note";
import { inFull } from "@/lib/exports/note-sections";
import { notePrinter, type NoteInPrint } from "@/lib/exports/note-print";
import type { NoteSettings } from "@/lib/validation/background-note";
import { assertCan } from "@/lib/dal/access";
import { getDatabase, type Executor } from "@/lib/dal/db";
import { loadNote } from "@/lib/dal/notes/background-notes";
import { noteActivitiesAmong, noteOutlines } from "@/lib/dal/notes/note-activities";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

/**
 * The whole note for its Word and PDF files, printed a section at a time: the outline of every
 * activity orders it, and each section reads its activities in full, is written and printed,
 * and is let go before the next. Built whole, the note of 20,000 activities held them all
 * with their texts (+152-190 MB for the Word file); the printable page still builds it whole.
 */
export async function getNoteInPrint(
  user: SessionUser,
  id: string,
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
    note: { title: options.title, footnotes: printer.footnotes, blocks: sections(db, groups, options, printer) },
  };
}

async function* sections(
  db: Executor,
  groups: NoteGroups<OutlineActivity>,
  options: NoteOptions,
  printer: ReturnType<typeof notePrinter>,
) {
  /** These activities in full, in the note's order. */
  const read = (list: OutlineActivity[]) =>
    noteActivitiesAmong(
      db,
      list.map((a) => a.id),
    );
  // The files print what the introduction says, not what changed since its edit: no record behind it.
  yield printer.print({ kind: "introduction", part: build.introduction(groups, options, {}) });
  const meetings = await read(groups.formal);
  const told = inFull(groups, new Map(meetings.map((a) => [a.id, a])));
  yield printer.print({ kind: "meetings", meetings: build.meetings(told, options) });
  for (const { theme, told } of groups.themes) {
    yield printer.print({ kind: "themes", themes: [build.theme({ theme, told: await read(told) }, options)] });
  }
  for (const { year, activities } of groups.years) {
    yield printer.print({ kind: "years", years: [build.year({ year, activities: await read(activities) }, options)] });
  }
  yield printer.print({ kind: "annex", annex: build.annex(options) });
  yield printer.finish();
}
