import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AuditAction } from "@/db/audit";
import { backgroundNotes, users } from "@/db/schema";
import { formatDateAsGiven } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { buildNote, noteParts, type NoteModel, type NoteOptions } from "@/lib/exports/background-note";
import {
  buildNoteSection,
  planNoteSection,
  readsIntroductionBasis,
  type NoteSectionView,
  type SectionAsked,
} from "@/lib/exports/note-sections";
import { isUuid } from "@/lib/ids";
import type { Theme } from "@/lib/domain";
import { notePartSchema, noteSettingsSchema, type NoteSettings } from "@/lib/validation/background-note";
import { assertCan } from "@/lib/dal/access";
import type { Tx } from "@/lib/dal/db";
import { auditActor } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import { plansInForce } from "@/lib/dal/notes/plans-in-force";
import { noteActivities, noteActivitiesAmong, noteBasis, noteOutlines } from "@/lib/dal/notes/note-activities";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

type Db = Awaited<ReturnType<typeof getDatabase>>;

export interface NoteSummary {
  id: string;
  title: string;
  noteDate: string;
  period: string;
  /** Who generated it last; null for the note kept in the seeded record. */
  generatedBy: string | null;
  generatedAt: Date;
}

const periodLabel = (from: string, to: string) =>
  formatDateAsGiven({ date: from, precision: "day" }, { date: to, precision: "day" });

/** The saved notes, latest period first. */
export async function listNotes(user: SessionUser): Promise<NoteSummary[]> {
  assertCan(user, "note:read");
  const db = await getDatabase();
  const rows = await db
    .select({
      id: backgroundNotes.id,
      title: backgroundNotes.title,
      noteDate: backgroundNotes.noteDate,
      from: backgroundNotes.periodFrom,
      to: backgroundNotes.periodTo,
      generatedBy: users.name,
      generatedAt: backgroundNotes.generatedAt,
    })
    .from(backgroundNotes)
    .leftJoin(users, eq(users.id, backgroundNotes.generatedById))
    .orderBy(desc(backgroundNotes.periodTo), desc(backgroundNotes.periodFrom), desc(backgroundNotes.generatedAt))
    .limit(200);
  return rows.map(({ from, to, ...row }) => ({ ...row, period: periodLabel(from, to) }));
}

export async function createNote(user: SessionUser, input: unknown): Promise<{ id: string }> {
  const subject = { entityType: "note" as const, entityId: "new", action: "create" };
  return mutate({ user, subject, capability: "note:write" }, async (tx, effects) => {
    const settings = noteSettingsSchema.parse(input);
    const [row] = await tx
      .insert(backgroundNotes)
      .values({ ...settings, createdById: user.id, generatedById: user.id })
      .returning({ id: backgroundNotes.id });
    effects.audit({
      actor: auditActor(user),
      entityType: "note",
      entityId: row!.id,
      action: "create",
      after: settings,
    });
    return { id: row!.id };
  });
}

/**
 * A change of one note, through the mutation pipeline; it reaches the public register at once,
 * except the autosave of a part as the secretariat types: dropping the register's cache from
 * a server action redraws the page under the open text box. A public note's typed text
 * reaches the register with the next other change, or within the cache's five minutes.
 */
async function changeNote(
  user: SessionUser,
  id: string,
  action: AuditAction,
  change: (tx: Tx) => Promise<unknown[]>,
  after: unknown,
): Promise<void> {
  const subject = { entityType: "note" as const, entityId: id, action };
  const publicRecord = action !== "edit_part";
  await mutate({ user, subject, capability: "note:write", publicRecord }, async (tx, effects) => {
    if (!isUuid(id)) throw new AppError("not_found", "note");
    const updated = await change(tx);
    if (updated.length === 0) throw new AppError("not_found", "note");
    effects.audit({ actor: auditActor(user), ...subject, after });
  });
}

/**
 * Keeps the text people wrote for one part of the note, with what the record said when
 * they wrote it (so the note can later show what changed since). Regenerating keeps it.
 */
export async function saveNotePart(user: SessionUser, id: string, input: unknown): Promise<void> {
  assertCan(user, "note:write");
  const { key, text } = notePartSchema.parse(input);
  // The section holding the part, not the whole note: this runs at each pause as they type.
  const view = await noteSection(id, false, { part: key }, true);
  const part = view && noteParts(view.model).find((p) => p.key === key);
  if (!part) throw new AppError("not_found", "note");
  const edit = { text, basis: part.basis };
  await changeNote(
    user,
    id,
    "edit_part",
    (db) =>
      db
        .update(backgroundNotes)
        .set({
          edits: sql`${backgroundNotes.edits} || jsonb_build_object(${key}::text, ${JSON.stringify(edit)}::jsonb)`,
          updatedAt: new Date(),
        })
        .where(eq(backgroundNotes.id, id))
        .returning({ id: backgroundNotes.id }),
    { key, text },
  );
}

/** Drops the edit of a part: the note prints the generated text again. */
export async function restoreNotePart(user: SessionUser, id: string, input: unknown): Promise<void> {
  const { key } = notePartSchema.pick({ key: true }).parse(input);
  await changeNote(
    user,
    id,
    "restore_part",
    (db) =>
      db
        .update(backgroundNotes)
        .set({ edits: sql`${backgroundNotes.edits} - ${key}::text`, updatedAt: new Date() })
        .where(eq(backgroundNotes.id, id))
        .returning({ id: backgroundNotes.id }),
    { key },
  );
}

/** Leaves an activity out of the note, or brings it back. */
export async function setActivityLeftOut(user: SessionUser, id: string, activityId: string, leftOut: boolean) {
  if (!isUuid(activityId)) throw new AppError("not_found", "activity");
  const list = leftOut
    ? sql`array_append(array_remove(${backgroundNotes.excludedActivityIds}, ${activityId}::uuid), ${activityId}::uuid)`
    : sql`array_remove(${backgroundNotes.excludedActivityIds}, ${activityId}::uuid)`;
  await changeNote(
    user,
    id,
    leftOut ? "leave_out" : "include",
    (db) =>
      db
        .update(backgroundNotes)
        .set({ excludedActivityIds: list, updatedAt: new Date() })
        .where(eq(backgroundNotes.id, id))
        .returning({ id: backgroundNotes.id }),
    { activityId },
  );
}

/** Marks the note generated anew, now, by this user: unedited parts always read the record, edited ones keep their text. */
export async function regenerateNote(user: SessionUser, id: string): Promise<void> {
  await changeNote(
    user,
    id,
    "regenerate",
    (db) =>
      db
        .update(backgroundNotes)
        .set({ generatedAt: new Date(), generatedById: user.id })
        .where(eq(backgroundNotes.id, id))
        .returning({ id: backgroundNotes.id }),
    null,
  );
}

/** Shows the note on the public register, or takes it off. */
export async function setNotePublic(user: SessionUser, id: string, isPublic: boolean): Promise<void> {
  await changeNote(
    user,
    id,
    isPublic ? "publish" : "unpublish",
    (db) =>
      db
        .update(backgroundNotes)
        .set({ isPublic })
        .where(eq(backgroundNotes.id, id))
        .returning({ id: backgroundNotes.id }),
    { isPublic },
  );
}

/** Deletes a note and the texts written for it (the record's activities stay). */
export async function deleteNote(user: SessionUser, id: string): Promise<void> {
  await changeNote(
    user,
    id,
    "delete",
    (db) => db.delete(backgroundNotes).where(eq(backgroundNotes.id, id)).returning({ id: backgroundNotes.id }),
    null,
  );
}

export interface NoteView {
  id: string;
  settings: NoteSettings;
  /** Shown on the public register. */
  isPublic: boolean;
  generatedBy: string | null;
  generatedAt: Date;
  model: NoteModel;
  /** The activities the settings select that the editors left out: to bring one back. */
  leftOut: Array<{ id: string; title: string }>;
}

/** The note generated from the record as it stands, with the texts written for it. */
export async function getNote(user: SessionUser, id: string): Promise<NoteView | null> {
  assertCan(user, "note:read");
  const loaded = await loadNote(id, false, noteActivities);
  return loaded && { ...loaded.view, model: buildNote(loaded.selected, loaded.options) };
}

/**
 * The note's page: the section `sectionParam` asks for (lib/exports/note-sections.ts), from
 * the outline of every activity and the full record of the section's only. The Word and PDF
 * files print it a section at a time (getNoteInPrint); the printable page builds it whole.
 */
export async function getNoteSection(
  user: SessionUser,
  id: string,
  sectionParam: string | undefined,
): Promise<(Omit<NoteView, "model"> & NoteSectionView) | null> {
  assertCan(user, "note:read");
  return noteSection(id, false, sectionParam);
}

/**
 * A section of a note (`asked`: a `?section=` value, or the part whose section it is), for a
 * caller that has decided who may read it; `onlyPublic` finds only a note marked public.
 * `saving`: the section is read to keep the record behind an edit of one of its parts.
 */
export async function noteSection(
  id: string,
  onlyPublic: boolean,
  asked: SectionAsked,
  saving = false,
): Promise<(Omit<NoteView, "model"> & NoteSectionView) | null> {
  const loaded = await loadNote(id, onlyPublic, noteOutlines);
  if (!loaded) return null;
  const { view, selected, options } = loaded;
  const plan = planNoteSection(selected, options, asked);
  const db = await getDatabase();
  const [full, introductionBasis] = await Promise.all([
    noteActivitiesAmong(db, plan.told),
    readsIntroductionBasis(plan, options, saving)
      ? noteBasis(
          db,
          plan.groups.included.map((a) => a.id),
        )
      : undefined,
  ]);
  return { ...view, ...buildNoteSection(plan, full, options, introductionBasis) };
}

/** A saved note, the activities its settings select (as `read` reads them) and what the note's builders need. */
export async function loadNote<A extends { id: string; title: string }>(
  id: string,
  onlyPublic: boolean,
  read: (db: Db, settings: NoteSettings) => Promise<A[]>,
): Promise<{ view: Omit<NoteView, "model">; selected: A[]; options: NoteOptions } | null> {
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const generator = alias(users, "generator");
  const [note] = await db
    .select({ note: backgroundNotes, generatedBy: generator.name })
    .from(backgroundNotes)
    .leftJoin(generator, eq(generator.id, backgroundNotes.generatedById))
    .where(and(eq(backgroundNotes.id, id), onlyPublic ? eq(backgroundNotes.isPublic, true) : undefined));
  if (!note) return null;
  const n = note.note;
  const settings: NoteSettings = {
    title: n.title,
    noteDate: n.noteDate,
    periodFrom: n.periodFrom,
    periodTo: n.periodTo,
    organisationCodes: n.organisationCodes,
    themes: n.themes as Theme[],
    includeUndated: n.includeUndated,
  };
  const [selected, plan] = await Promise.all([read(db, settings), plansInForce(db, n.periodFrom, n.periodTo)]);
  const options: NoteOptions = {
    title: n.title,
    date: formatDateAsGiven({ date: n.noteDate, precision: "day" }),
    period: periodLabel(n.periodFrom, n.periodTo),
    excluded: n.excludedActivityIds,
    themes: settings.themes,
    edits: n.edits,
    plan,
  };
  const leftOut = selected
    .filter((a) => n.excludedActivityIds.includes(a.id))
    .map((a) => ({ id: a.id, title: a.title }));
  return {
    view: {
      id: n.id,
      settings,
      isPublic: n.isPublic,
      generatedBy: note.generatedBy,
      generatedAt: n.generatedAt,
      leftOut,
    },
    selected,
    options,
  };
}
