import "server-only";
import { eq, inArray, isNotNull, or } from "drizzle-orm";
import { activities, activitySeries, organisations, planClauses, planEditions } from "@/db/schema";
import { readDatePartsCell } from "@/lib/date-parts";
import { parseDateAsGiven } from "@/lib/dates";
import { ACTIVITY_MODES, ACTIVITY_TYPES, type ActivityMode, type ActivityType, type Theme } from "@/lib/domain";
import { AppError, ConflictError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { isFormula, parseActivityCsv, splitList, unneutralise, type CsvRow } from "@/lib/imports/activity-csv";
import { activityFormSchema, EMPTY_ACTIVITY_FORM, type ActivityFormValues } from "@/lib/validation/activity";
import { mayCreateActivity, mayTakeActivityAction } from "@/lib/workflow/activity";
import { assertCan } from "@/lib/dal/access";
import { createActivity, loadFormValues, updateActivity } from "@/lib/dal/activities/edits";
import { loadCurrentActivity } from "@/lib/dal/activities/state";
import { actorOf } from "@/lib/dal/audit-trail";
import { getDatabase } from "@/lib/dal/db";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export type RowAction = "create" | "update" | "unchanged" | "error";

export interface PlannedRow {
  line: number;
  reference: string;
  title: string;
  action: RowAction;
  messages: string[];
  /** For create and update: what will be written, and where. */
  values?: ActivityFormValues;
  activityId?: string;
  version?: number;
}

export interface ImportPlan {
  error?: string;
  rows: PlannedRow[];
  counts: Record<RowAction, number>;
}

const INVOLVEMENT = /^([A-Za-z0-9-]+)\s*\((co_organiser|supporting|participant)\)$/;

type Db = Awaited<ReturnType<typeof getDatabase>>;

/** Codes and numbers the file names, to the ids the record holds: three queries per file. */
async function lookups(db: Db, rows: CsvRow[]) {
  const refs = rows.map((r) => r.cells.reference).filter(Boolean);
  const appIds = refs
    .filter((r) => r.startsWith("app:"))
    .map((r) => r.slice(4))
    .filter(isUuid);
  const externalRefs = refs.filter((r) => !r.startsWith("app:"));
  const matching = [
    ...(appIds.length > 0 ? [inArray(activities.id, appIds)] : []),
    ...(externalRefs.length > 0 ? [inArray(activities.externalRef, externalRefs)] : []),
  ];
  const [orgs, clauses, existing, series, numbered] = await Promise.all([
    db.select({ id: organisations.id, code: organisations.code }).from(organisations),
    db
      .select({ id: planClauses.id, number: planClauses.number, startYear: planEditions.startYear })
      .from(planClauses)
      .innerJoin(planEditions, eq(planEditions.id, planClauses.editionId)),
    matching.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: activities.id, externalRef: activities.externalRef })
          .from(activities)
          .where(or(...matching)),
    db.select({ id: activitySeries.id, code: activitySeries.code }).from(activitySeries),
    db
      .select({
        id: activities.id,
        seriesId: activities.seriesId,
        ordinal: activities.seriesOrdinal,
        title: activities.title,
      })
      .from(activities)
      .where(isNotNull(activities.seriesOrdinal)),
  ]);
  // A clause number is read in the newest edition that has it.
  const clauseByNumber = new Map<string, string>();
  for (const c of [...clauses].sort((a, b) => a.startYear - b.startYear)) clauseByNumber.set(c.number, c.id);
  const byRef = new Map<string, string>();
  for (const a of existing) {
    byRef.set(`app:${a.id}`, a.id);
    if (a.externalRef) byRef.set(a.externalRef, a.id);
  }
  return {
    orgByCode: new Map(orgs.map((o) => [o.code, o.id])),
    clauseByNumber,
    byRef,
    seriesByCode: new Map(series.map((s) => [s.code, s.id])),
    // Who holds each number of each series (the record's, then the file's rows as planned).
    placeHolder: new Map(numbered.map((a) => [`${a.seriesId}:${a.ordinal}`, { id: a.id, title: a.title }])),
  };
}

type Lookups = Awaited<ReturnType<typeof lookups>>;

/** The row's cells over the activity's current values: an empty cell leaves a value alone. */
function rowValues(row: CsvRow, base: ActivityFormValues, look: Lookups, messages: string[]): ActivityFormValues {
  const cell = (name: keyof CsvRow["cells"]) => unneutralise(row.cells[name]);
  const values = { ...base, involved: [...base.involved], themes: [...base.themes], clauseIds: [...base.clauseIds] };
  if (cell("title")) values.title = cell("title");
  if (cell("summary")) values.summary = cell("summary");
  if (cell("type")) {
    if ((ACTIVITY_TYPES as readonly string[]).includes(cell("type"))) values.type = cell("type") as ActivityType;
    else messages.push(`Unknown type "${cell("type")}".`);
  }
  if (cell("themes")) values.themes = splitList(cell("themes")) as Theme[];
  for (const [column, dateKey, precisionKey] of [
    ["start_date", "startDate", "startPrecision"],
    ["end_date", "endDate", "endPrecision"],
  ] as const) {
    const text = cell(column);
    if (!text) continue;
    const parsed = parseDateAsGiven(text);
    if (!parsed) messages.push(`${column}: "${text}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).`);
    else [values[dateKey], values[precisionKey]] = [text, parsed.precision];
  }
  modeOfRow(cell("mode"), cell("meeting_link"), values, messages);
  if (cell("date_parts")) values.dateParts = readDatePartsCell(cell("date_parts"));
  if (cell("city")) values.city = cell("city");
  if (cell("country")) values.countryCode = cell("country").toUpperCase();
  if (cell("expected_participants")) values.expectedParticipants = cell("expected_participants");
  if (cell("lead_organisation")) {
    const id = look.orgByCode.get(cell("lead_organisation").toUpperCase());
    if (id) values.leadOrganisationId = id;
    else messages.push(`Unknown organisation "${cell("lead_organisation")}".`);
  }
  if (cell("involved_organisations")) {
    values.involved = [];
    for (const part of splitList(cell("involved_organisations"))) {
      const match = INVOLVEMENT.exec(part);
      const id = match ? look.orgByCode.get(match[1]!.toUpperCase()) : undefined;
      if (!match) messages.push(`involved_organisations: write each as CODE (role), not "${part}".`);
      else if (!id) messages.push(`Unknown organisation "${match[1]}".`);
      else
        values.involved.push({ organisationId: id, role: match[2] as "co_organiser" | "supporting" | "participant" });
    }
  }
  if (cell("clauses")) {
    values.clauseIds = [];
    for (const number of splitList(cell("clauses"))) {
      const id = look.clauseByNumber.get(number);
      if (id) values.clauseIds.push(id);
      else messages.push(`Unknown Plan of Action clause "${number}".`);
    }
    values.primaryClauseId = values.clauseIds[0] ?? "";
  }
  seriesCells(cell("series"), cell("series_number"), values, look, messages);
  return values;
}

/**
 * The mode and meeting link cells over the values. A row that makes an activity held in
 * person drops a link it had (it has nowhere to lead), and an online one its venue.
 */
function modeOfRow(mode: string, link: string, values: ActivityFormValues, messages: string[]): void {
  if (mode) {
    if ((ACTIVITY_MODES as readonly string[]).includes(mode)) values.mode = mode as ActivityMode;
    else messages.push(`mode: "${mode}" is not in_person, online or hybrid.`);
  }
  if (link) values.meetingLink = link;
  else if (values.mode === "in_person") values.meetingLink = "";
  if (values.mode === "online") [values.city, values.countryCode] = ["", ""];
}

/** The series by its code and the number in it; an empty cell leaves the value alone. */
function seriesCells(code: string, number: string, values: ActivityFormValues, look: Lookups, messages: string[]) {
  if (code) {
    const id = look.seriesByCode.get(code.toUpperCase());
    if (id) values.seriesId = id;
    else messages.push(`Unknown series "${code}".`);
  }
  if (number) values.seriesOrdinal = number;
}

/** Claims the row's number in its series, or says who holds it already (in the record or the file). */
function takePlace(values: ActivityFormValues, holder: string, title: string, look: Lookups, messages: string[]) {
  if (!values.seriesId || !values.seriesOrdinal) return true;
  const key = `${values.seriesId}:${Number(values.seriesOrdinal)}`;
  const taken = look.placeHolder.get(key);
  if (taken && taken.id !== holder) {
    messages.push(`series_number: ${values.seriesOrdinal} is already taken in this series by “${taken.title}”.`);
    return false;
  }
  look.placeHolder.set(key, { id: holder, title });
  return true;
}

/** The same activity whatever the order of its lists. */
function sameValues(a: ActivityFormValues, b: ActivityFormValues): boolean {
  const norm = (v: ActivityFormValues) =>
    JSON.stringify({
      ...v,
      themes: [...v.themes].sort(),
      involved: [...v.involved].sort((x, y) => x.organisationId.localeCompare(y.organisationId)),
      clauseIds: [...v.clauseIds].sort(),
    });
  return norm(a) === norm(b);
}

async function planRow(db: Db, user: SessionUser, row: CsvRow, look: Lookups): Promise<PlannedRow> {
  const reference = row.cells.reference;
  const planned: PlannedRow = { line: row.line, reference, title: row.cells.title, action: "error", messages: [] };
  const formulas = Object.entries(row.cells).filter(([, value]) => isFormula(value));
  for (const [column] of formulas) {
    planned.messages.push(
      `${column} starts like a formula (=, +, -, @): write it with a leading apostrophe to keep it as text.`,
    );
  }
  if (formulas.length > 0) return planned;
  const activityId = reference ? look.byRef.get(reference) : undefined;
  if (reference.startsWith("app:") && !activityId) planned.messages.push(`No activity has the reference ${reference}.`);
  const current = activityId ? await loadFormValues(db, activityId) : null;
  const values = rowValues(row, current?.values ?? EMPTY_ACTIVITY_FORM, look, planned.messages);
  const parsed = activityFormSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      planned.messages.push(`${issue.path.join(".") || "row"}: ${issue.message}`);
  }
  if (planned.messages.length > 0) return planned;
  if (!takePlace(values, activityId ?? `line:${row.line}`, row.cells.title, look, planned.messages)) return planned;
  if (current && activityId) {
    if (sameValues(current.values, values)) return { ...planned, action: "unchanged", activityId };
    const facts = await loadCurrentActivity(db, activityId);
    if (!facts || !mayTakeActivityAction(actorOf(user), facts, "edit")) {
      planned.messages.push(
        `The activity is ${facts?.status ?? "gone"} and cannot be edited now; reopen it first, or leave the row out.`,
      );
      return planned;
    }
    return { ...planned, action: "update", values, activityId, version: current.version };
  }
  if (!mayCreateActivity(actorOf(user), [values.leadOrganisationId, ...values.involved.map((i) => i.organisationId)])) {
    planned.messages.push("You may not record this activity.");
    return planned;
  }
  return { ...planned, action: "create", values };
}

/** Reads a file and says, row by row, what importing it would do. Writes nothing. */
export async function planImport(user: SessionUser, text: string): Promise<ImportPlan> {
  assertCan(user, "activity:import");
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  const parsed = parseActivityCsv(text);
  if ("error" in parsed) return { error: parsed.error, rows: [], counts };
  const db = await getDatabase();
  const look = await lookups(db, parsed.rows);
  const rows: PlannedRow[] = [];
  const seen = new Map<string, number>();
  for (const row of parsed.rows) {
    const first = row.cells.reference ? seen.get(row.cells.reference) : undefined;
    if (first !== undefined) {
      const message = `The reference ${row.cells.reference} is already on line ${first}.`;
      rows.push({
        line: row.line,
        reference: row.cells.reference,
        title: row.cells.title,
        action: "error",
        messages: [message],
      });
      continue;
    }
    if (row.cells.reference) seen.set(row.cells.reference, row.line);
    rows.push(await planRow(db, user, row, look));
  }
  for (const row of rows) counts[row.action]++;
  return { rows, counts };
}

/**
 * Imports the rows that are valid (the others are reported, not written): new activities
 * as drafts, changes through the same checks and audit as the form.
 */
export async function applyImport(user: SessionUser, text: string): Promise<ImportPlan> {
  const plan = await planImport(user, text);
  if (plan.error) throw new InvalidInputError(plan.error);
  for (const row of plan.rows) {
    try {
      if (row.action === "create") {
        const ref = row.reference && !row.reference.startsWith("app:") ? row.reference : undefined;
        const { id } = await createActivity(user, row.values, { externalRef: ref });
        row.activityId = id;
      } else if (row.action === "update") {
        await updateActivity(user, row.activityId!, row.version!, row.values);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      row.messages.push(
        ...(error instanceof ConflictError
          ? ["Changed by someone else meanwhile: not imported."]
          : error instanceof InvalidInputError && Object.keys(error.fieldErrors).length > 0
            ? Object.values(error.fieldErrors)
            : [error.message]),
      );
      plan.counts[row.action]--;
      plan.counts.error++;
      row.action = "error";
    }
  }
  return plan;
}
