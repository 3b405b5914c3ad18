import "server-only";
import { activityBasics } from "@/lib/dal/activities/state";
import { and, desc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AuditAction } from "@/db/audit";
import {
  activities,
  activityOrganisations,
  activitySeries,
  activityThemes,
  backgroundNotes,
  organisations,
  reports,
  users,
} from "@/db/schema";
import { formatDateAsGiven } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import {
  buildNote,
  noteParts,
  type NoteActivity,
  type NoteModel,
  type NoteOptions,
} from "@/lib/exports/background-note";
import { buildNoteSection, type NoteSectionView } from "@/lib/exports/note-sections";
import { isUuid } from "@/lib/ids";
import type { Theme } from "@/lib/domain";
import { notePartSchema, noteSettingsSchema, type NoteSettings } from "@/lib/validation/background-note";
import { assertCan } from "@/lib/dal/access";
import { activityRelations, matchingActivities, WHEN_AND_WHERE } from "@/lib/dal/activities/export";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import type { Tx } from "@/lib/dal/db";
import { auditActor } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import { mutate } from "@/lib/dal/mutation";
import { plansInForce } from "@/lib/dal/notes/plans-in-force";
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
  const view = await getNote(user, id);
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
  return noteView(id);
}

/** The note for a caller that has decided who may read it; `onlyPublic` finds only a note marked public. */
export async function noteView(id: string, onlyPublic = false): Promise<NoteView | null> {
  const loaded = await loadNote(id, onlyPublic);
  return loaded && { ...loaded.view, model: buildNote(loaded.selected, loaded.options) };
}

/**
 * The note's page: the section `sectionParam` asks for (lib/exports/note-sections.ts), with
 * the texts of that section only, and the contents of the whole note. The Word, PDF and
 * printable note, and edits, still build the whole note (getNote).
 */
export async function getNoteSection(
  user: SessionUser,
  id: string,
  sectionParam: string | undefined,
): Promise<(Omit<NoteView, "model"> & NoteSectionView) | null> {
  assertCan(user, "note:read");
  const loaded = await loadNote(id, false);
  return loaded && { ...loaded.view, ...buildNoteSection(loaded.selected, loaded.options, sectionParam) };
}

/** A saved note, the activities its settings select and what buildNote needs to tell them. */
async function loadNote(
  id: string,
  onlyPublic: boolean,
): Promise<{ view: Omit<NoteView, "model">; selected: NoteActivity[]; options: NoteOptions } | null> {
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
  const [selected, plan] = await Promise.all([
    noteActivities(db, settings),
    plansInForce(db, n.periodFrom, n.periodTo),
  ]);
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

/** Approved activities (scheduled or completed) starting in the period (and undated ones when asked), narrowed by organisations and themes. */
export async function noteActivities(db: Db | Tx, settings: NoteSettings): Promise<NoteActivity[]> {
  const where = [
    inArray(activities.status, ["scheduled", "completed"]),
    // An activity the record gives no date belongs to no period: a note tells it only when
    // asked (as the 2019 note tells UNICEF's undated dialogues on disability rights).
    settings.includeUndated
      ? sql`(${activities.startDate} IS NULL OR (${activities.startDate} >= ${settings.periodFrom} AND ${activities.startDate} <= ${settings.periodTo}))`
      : and(
          isNotNull(activities.startDate),
          gte(activities.startDate, settings.periodFrom),
          lte(activities.startDate, settings.periodTo),
        )!,
  ];
  if (settings.organisationCodes.length > 0) {
    const involving = db
      .select({ id: activityOrganisations.activityId })
      .from(activityOrganisations)
      .innerJoin(organisations, eq(organisations.id, activityOrganisations.organisationId))
      .where(inArray(organisations.code, settings.organisationCodes));
    where.push(inArray(activities.id, involving));
  }
  if (settings.themes.length > 0) {
    where.push(
      inArray(
        activities.id,
        db
          .select({ id: activityThemes.activityId })
          .from(activityThemes)
          .where(inArray(activityThemes.theme, settings.themes)),
      ),
    );
  }
  // Flat queries grouped in memory: a relational query aggregating JSON per activity (with
  // each clause's text) took PostgreSQL over a second for 20,000 activities.
  const selected = and(...where);
  const scope = matchingActivities(db, selected);
  const [rows, relations, outcomes, parts] = await Promise.all([
    db
      .select({
        id: activities.id,
        title: activities.title,
        summary: activities.summary,
        type: activities.type,
        status: activities.status,
        expectedParticipants: activities.expectedParticipants,
        ...WHEN_AND_WHERE,
        seriesOrdinal: activities.seriesOrdinal,
        seriesCode: activitySeries.code,
        seriesName: activitySeries.name,
        seriesContext: activitySeries.context,
      })
      .from(activities)
      .leftJoin(activitySeries, eq(activitySeries.id, activities.seriesId))
      .where(selected),
    activityRelations(db, scope),
    db
      .select({ activityId: reports.activityId, outcomes: reports.outcomes, participants: reports.participantsTotal })
      .from(reports)
      .where(and(eq(reports.state, "approved"), scope(reports.activityId))),
    readDateParts(db, scope),
  ]);
  const outcomesOf = new Map<string, string[]>();
  const participantsOf = new Map<string, number>();
  for (const r of outcomes) {
    outcomesOf.set(r.activityId, [...(outcomesOf.get(r.activityId) ?? []), r.outcomes]);
    participantsOf.set(r.activityId, (participantsOf.get(r.activityId) ?? 0) + r.participants);
  }
  return rows.map((row) => ({
    ...activityBasics(row),
    ...(parts.has(row.id) ? { parts: parts.get(row.id) } : {}),
    themes: relations.themes(row.id),
    organisations: relations.organisations(row.id).map((o) => ({
      label: o.acronym ?? o.name,
      name: o.name,
      kind: o.kind,
      role: o.role,
    })),
    participants: participantsOf.get(row.id) || row.expectedParticipants || null,
    outcomes: outcomesOf.get(row.id) ?? [],
    series: row.seriesCode
      ? { code: row.seriesCode, name: row.seriesName!, context: row.seriesContext, ordinal: row.seriesOrdinal }
      : null,
  }));
}
