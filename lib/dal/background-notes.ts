import "server-only";
import { and, desc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAudit } from "@/db/audit";
import {
  activities,
  activityOrganisations,
  activityThemes,
  backgroundNotes,
  organisations,
  reports,
  users,
} from "@/db/schema";
import { placeName } from "@/lib/countries";
import { dateAsGiven, formatDateAsGiven } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { buildNote, type NoteActivity, type NoteModel } from "@/lib/exports/background-note";
import { isUuid } from "@/lib/ids";
import { introductionSchema, noteSettingsSchema, type NoteSettings } from "@/lib/validation/background-note";
import { assertCan } from "./access";
import { activityRelations, matchingActivities, WHEN_AND_WHERE } from "./activity-export";
import type { Tx } from "./activity-state";
import { auditActor } from "./audit-trail";
import { getDatabase } from "./db";
import type { SessionUser } from "./session-user";

type Db = Awaited<ReturnType<typeof getDatabase>>;

export interface NoteSummary {
  id: string;
  title: string;
  noteDate: string;
  period: string;
  generatedBy: string;
  generatedAt: Date;
}

const periodLabel = (from: string, to: string) =>
  formatDateAsGiven({ date: from, precision: "day" }, { date: to, precision: "day" });

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
    .innerJoin(users, eq(users.id, backgroundNotes.generatedById))
    .orderBy(desc(backgroundNotes.generatedAt))
    .limit(200);
  return rows.map(({ from, to, ...row }) => ({ ...row, period: periodLabel(from, to) }));
}

export async function createNote(user: SessionUser, input: unknown): Promise<{ id: string }> {
  assertCan(user, "note:write");
  const settings = noteSettingsSchema.parse(input);
  const db = await getDatabase();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(backgroundNotes)
      .values({ ...settings, createdById: user.id, generatedById: user.id })
      .returning({ id: backgroundNotes.id });
    await recordAudit(tx, [
      { actor: auditActor(user), entityType: "note", entityId: row!.id, action: "create", after: settings },
    ]);
    return { id: row!.id };
  });
}

async function changeNote(
  user: SessionUser,
  id: string,
  action: string,
  change: (tx: Tx) => Promise<unknown[]>,
  after: unknown,
): Promise<void> {
  assertCan(user, "note:write");
  if (!isUuid(id)) throw new AppError("not_found", "note");
  const db = await getDatabase();
  await db.transaction(async (tx) => {
    const updated = await change(tx);
    if (updated.length === 0) throw new AppError("not_found", "note");
    await recordAudit(tx, [{ actor: auditActor(user), entityType: "note", entityId: id, action, after }]);
  });
}

/** Saves the introduction people wrote; regenerating the note keeps it. */
export async function saveIntroduction(user: SessionUser, id: string, input: unknown): Promise<void> {
  const { introduction } = introductionSchema.parse(input);
  await changeNote(
    user,
    id,
    "edit_introduction",
    (db) =>
      db
        .update(backgroundNotes)
        .set({ introduction, updatedAt: new Date() })
        .where(eq(backgroundNotes.id, id))
        .returning({ id: backgroundNotes.id }),
    { introduction },
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

/** Marks the note generated anew, now, by this user (its body always reads the record). */
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

export interface NoteView {
  id: string;
  settings: NoteSettings;
  generatedBy: string;
  generatedAt: Date;
  model: NoteModel;
  /** Every activity the settings select, with whether it is left out: to bring one back. */
  leftOut: Array<{ id: string; title: string }>;
}

/** The note generated from the record as it stands: two queries whatever its size. */
export async function getNote(user: SessionUser, id: string): Promise<NoteView | null> {
  assertCan(user, "note:read");
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const generator = alias(users, "generator");
  const [note] = await db
    .select({ note: backgroundNotes, generatedBy: generator.name })
    .from(backgroundNotes)
    .innerJoin(generator, eq(generator.id, backgroundNotes.generatedById))
    .where(eq(backgroundNotes.id, id));
  if (!note) return null;
  const n = note.note;
  const settings: NoteSettings = {
    title: n.title,
    noteDate: n.noteDate,
    periodFrom: n.periodFrom,
    periodTo: n.periodTo,
    organisationCodes: n.organisationCodes,
    themes: n.themes as NoteSettings["themes"],
  };
  const selected = await noteActivities(db, settings);
  const model = buildNote(selected, {
    title: n.title,
    date: formatDateAsGiven({ date: n.noteDate, precision: "day" }),
    period: periodLabel(n.periodFrom, n.periodTo),
    introduction: n.introduction,
    excluded: n.excludedActivityIds,
  });
  const leftOut = selected
    .filter((a) => n.excludedActivityIds.includes(a.id))
    .map((a) => ({ id: a.id, title: a.title }));
  return { id: n.id, settings, generatedBy: note.generatedBy, generatedAt: n.generatedAt, model, leftOut };
}

/** Approved activities (scheduled or completed) starting in the period or undated, narrowed by organisations and themes. */
export async function noteActivities(db: Db | Tx, settings: NoteSettings): Promise<NoteActivity[]> {
  const where = [
    inArray(activities.status, ["scheduled", "completed"]),
    // An activity the record gives no date belongs to no period, so every note tells it
    // (as the 2019 note tells UNICEF's undated dialogues on disability rights).
    or(
      isNull(activities.startDate),
      and(gte(activities.startDate, settings.periodFrom), lte(activities.startDate, settings.periodTo)),
    ),
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
  const [rows, relations, outcomes] = await Promise.all([
    db
      .select({
        id: activities.id,
        title: activities.title,
        summary: activities.summary,
        type: activities.type,
        ...WHEN_AND_WHERE,
      })
      .from(activities)
      .where(selected),
    activityRelations(db, scope),
    db
      .select({ activityId: reports.activityId, outcomes: reports.outcomes })
      .from(reports)
      .where(and(eq(reports.state, "approved"), scope(reports.activityId))),
  ]);
  const outcomesOf = new Map<string, string[]>();
  for (const r of outcomes) outcomesOf.set(r.activityId, [...(outcomesOf.get(r.activityId) ?? []), r.outcomes]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    type: row.type,
    start: dateAsGiven(row.startDate, row.startPrecision),
    end: dateAsGiven(row.endDate, row.endPrecision),
    place: placeName(row.city, row.countryCode),
    themes: relations.themes(row.id),
    organisations: relations.organisations(row.id).map((o) => ({
      label: o.acronym ?? o.name,
      name: o.name,
      kind: o.kind,
      role: o.role,
    })),
    clauses: relations.clauses(row.id).map(({ number, text, position }) => ({ number, text, position })),
    outcomes: outcomesOf.get(row.id) ?? [],
  }));
}
