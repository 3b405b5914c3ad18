import "server-only";
import type { FormOptions } from "@/lib/dal/activities/types";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import {
  activities,
  activityClauses,
  activityOrganisations,
  activityThemes,
  organisations,
  planClauses,
} from "@/db/schema";
import { hasVenue, takesMeetingLink } from "@/lib/activity-mode";
import { dateAsGiven, parseDateAsGiven, typedDate } from "@/lib/dates";
import { AppError, InvalidInputError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { ActivityFormValues } from "@/lib/validation/activity";
import { activityFormSchema } from "@/lib/validation/activity";
import { mayCreateActivity, mayTakeActivityAction } from "@/lib/workflow/activity";
import { changedFields, loadCurrentActivity, snapshotOf, type SnapshotInput } from "@/lib/dal/activities/state";
import { getDatabase, type Executor, type Tx } from "@/lib/dal/db";
import { assertCan } from "@/lib/dal/access";
import { activityEvent, actorOf } from "@/lib/dal/audit-trail";
import { mutate } from "@/lib/dal/mutation";
import { allowedCurrent, updateAtVersion } from "@/lib/dal/activities/versioned-write";
import { readTypedDateParts, spanColumns, writeDateParts } from "@/lib/dal/activities/date-parts";
import { partsAsGiven } from "@/lib/date-parts";
import { checkSeriesPlace, seriesChoices } from "@/lib/dal/activities/series";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { ACTIVITY_LANGUAGES, type ActivityLanguage } from "@/lib/iati/codes";
import { clauseEdition, refuseNewClausesNotInForce } from "@/lib/dal/plan/in-force";

const seriesColumns = (values: ActivityFormValues) => ({
  seriesId: values.seriesId || null,
  seriesOrdinal: values.seriesId && values.seriesOrdinal ? Number(values.seriesOrdinal) : null,
});

function columnsOf(values: ActivityFormValues) {
  const start = parseDateAsGiven(values.startDate);
  const end = parseDateAsGiven(values.endDate);
  return {
    ...modeColumnsOf(values),
    title: values.title,
    summary: values.summary || null,
    type: values.type,
    leadOrganisationId: values.leadOrganisationId,
    startDate: start?.date ?? null,
    startPrecision: start?.precision ?? null,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
    scope: values.scope,
    language: values.language,
    expectedParticipants: values.expectedParticipants ? Number(values.expectedParticipants) : null,
    ...seriesColumns(values),
    // Held in parts: the activity's own range is the parts' span.
    ...spanColumns(values.dateParts),
  };
}

/** How it is held and where: an online activity keeps no city or country, an in-person one no link. */
function modeColumnsOf(values: ActivityFormValues) {
  const venue = hasVenue(values.mode);
  return {
    mode: values.mode,
    meetingLink: takesMeetingLink(values.mode) ? values.meetingLink || null : null,
    city: venue ? values.city || null : null,
    countryCode: venue ? values.countryCode || null : null,
  };
}

function snapshotInput(values: ActivityFormValues): SnapshotInput {
  const columns = columnsOf(values);
  return {
    ...columns,
    themes: values.themes,
    involved: values.involved,
    clauseIds: values.clauseIds,
    primaryClauseId: values.primaryClauseId || null,
    start: dateAsGiven(columns.startDate, columns.startPrecision),
    end: dateAsGiven(columns.endDate, columns.endPrecision),
    parts: partsAsGiven(values.dateParts),
  };
}

/** A current organisation, or a retired one the activity already names (it keeps it). */
const offered = (keep: string[]) =>
  keep.length > 0
    ? or(isNull(organisations.retiredAt), inArray(organisations.id, keep))
    : isNull(organisations.retiredAt);

/**
 * Every organisation and clause named must exist, and an organisation must not be retired
 * unless the activity already names it (`keep`): a draft is not forced to drop it.
 */
async function checkReferences(tx: Tx, values: ActivityFormValues, keep: string[] = []): Promise<void> {
  const orgIds = [values.leadOrganisationId, ...values.involved.map((i) => i.organisationId)];
  const found = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, orgIds), offered(keep)));
  const clauses =
    values.clauseIds.length > 0
      ? await tx.select({ id: planClauses.id }).from(planClauses).where(inArray(planClauses.id, values.clauseIds))
      : [];
  const errors: Record<string, string> = {};
  const known = new Set(found.map((o) => o.id));
  if (!known.has(values.leadOrganisationId)) errors.leadOrganisationId = "Choose the lead organisation from the list.";
  if (values.involved.some((i) => !known.has(i.organisationId)))
    errors.involved = "Choose organisations from the list.";
  if (clauses.length !== values.clauseIds.length) errors.clauseIds = "Choose clauses from the list.";
  if (Object.keys(errors).length > 0) throw new InvalidInputError("Some choices are not in the lists.", errors);
}

async function writeLinks(tx: Tx, activityId: string, values: ActivityFormValues): Promise<void> {
  await tx.delete(activityOrganisations).where(eq(activityOrganisations.activityId, activityId));
  await tx.delete(activityThemes).where(eq(activityThemes.activityId, activityId));
  await tx.delete(activityClauses).where(eq(activityClauses.activityId, activityId));
  await tx
    .insert(activityOrganisations)
    .values([
      { activityId, organisationId: values.leadOrganisationId, role: "lead" as const },
      ...values.involved.map((i) => ({ activityId, ...i })),
    ]);
  if (values.themes.length > 0) {
    await tx.insert(activityThemes).values(values.themes.map((theme) => ({ activityId, theme })));
  }
  if (values.clauseIds.length > 0) {
    await tx
      .insert(activityClauses)
      .values(
        values.clauseIds.map((clauseId) => ({ activityId, clauseId, isPrimary: clauseId === values.primaryClauseId })),
      );
  }
}

const involvedIds = (values: ActivityFormValues) => [
  values.leadOrganisationId,
  ...values.involved.map((i) => i.organisationId),
];

/** Records a new draft; returns its id and version (to submit it next). An import passes the row's stable reference. */
export async function createActivity(
  user: SessionUser,
  input: unknown,
  options: { externalRef?: string } = {},
): Promise<{ id: string; version: number }> {
  const values = activityFormSchema.parse(input);
  return mutate(
    { user, subject: { entityType: "activity", entityId: "new", action: "create" } },
    async (tx, effects) => {
      if (!mayCreateActivity(actorOf(user), involvedIds(values))) throw new AppError("forbidden", "activity:create");
      await checkReferences(tx, values);
      await checkSeriesPlace(tx, seriesColumns(values), null);
      await refuseNewClausesNotInForce(tx, values);
      const [row] = await tx
        .insert(activities)
        .values({
          ...columnsOf(values),
          externalRef: options.externalRef ?? null,
          status: "draft",
          createdById: user.id,
          updatedById: user.id,
        })
        .returning({ id: activities.id, version: activities.version });
      const { id, version } = row!;
      await writeLinks(tx, id, values);
      await writeDateParts(tx, id, values.dateParts);
      const after = await snapshotOf(tx, snapshotInput(values));
      effects.audit(activityEvent(user, id, "create", { after }));
      return { id, version };
    },
  );
}

/** Saves an edit of a draft made from `expectedVersion`; a newer version wins and the save is refused. */
export async function updateActivity(
  user: SessionUser,
  id: string,
  expectedVersion: number,
  input: unknown,
): Promise<{ version: number }> {
  const values = activityFormSchema.parse(input);
  return mutate(
    { user, subject: { entityType: "activity", entityId: id, activityId: isUuid(id) ? id : null, action: "edit" } },
    async (tx, effects) => {
      if (!isUuid(id)) throw new AppError("not_found", "activity");
      const current = await allowedCurrent(tx, user, id, "edit", expectedVersion);
      // A focal point may not edit their own organisation out of the activity.
      if (!mayCreateActivity(actorOf(user), involvedIds(values))) throw new AppError("forbidden", "activity:edit");
      const named = await tx
        .select({ id: activityOrganisations.organisationId })
        .from(activityOrganisations)
        .where(eq(activityOrganisations.activityId, id));
      await checkReferences(
        tx,
        values,
        named.map((o) => o.id),
      );
      await checkSeriesPlace(tx, seriesColumns(values), id);
      await refuseNewClausesNotInForce(tx, values, id);
      const before = await snapshotOf(tx, await formInputOf(tx, id));
      const version = await updateAtVersion(tx, user, current, columnsOf(values));
      await writeLinks(tx, id, values);
      await writeDateParts(tx, id, values.dateParts);
      const changes = changedFields(before, await snapshotOf(tx, snapshotInput(values)));
      effects.audit(activityEvent(user, id, "edit", changes));
      return { version };
    },
  );
}

/** The stored activity as snapshot input (for the "before" of an edit). */
async function formInputOf(tx: Tx, id: string): Promise<SnapshotInput> {
  const values = await loadFormValues(tx, id);
  return snapshotInput(values!.values);
}

export async function loadFormValues(
  tx: Executor,
  id: string,
): Promise<{ values: ActivityFormValues; version: number } | null> {
  const row = await tx.query.activities.findFirst({
    where: eq(activities.id, id),
    with: {
      organisations: { columns: { organisationId: true, role: true } },
      clauses: { columns: { clauseId: true, isPrimary: true } },
      themes: { columns: { theme: true } },
    },
  });
  if (!row) return null;
  return {
    version: row.version,
    values: {
      title: row.title,
      summary: row.summary ?? "",
      type: row.type,
      themes: row.themes.map((t) => t.theme),
      leadOrganisationId: row.leadOrganisationId,
      involved: row.organisations
        .filter((o) => o.organisationId !== row.leadOrganisationId)
        .map((o) => ({ organisationId: o.organisationId, role: o.role === "lead" ? "co_organiser" : o.role })),
      clauseIds: row.clauses.map((c) => c.clauseId),
      primaryClauseId: row.clauses.find((c) => c.isPrimary)?.clauseId ?? "",
      startDate: typedDate(dateAsGiven(row.startDate, row.startPrecision)),
      startPrecision: row.startPrecision ?? "day",
      endDate: typedDate(dateAsGiven(row.endDate, row.endPrecision)),
      endPrecision: row.endPrecision ?? "day",
      mode: row.mode,
      meetingLink: row.meetingLink ?? "",
      dateParts: await readTypedDateParts(tx, id),
      city: row.city ?? "",
      countryCode: row.countryCode ?? "",
      scope: row.scope,
      language: Object.hasOwn(ACTIVITY_LANGUAGES, row.language) ? (row.language as ActivityLanguage) : "en",
      expectedParticipants: row.expectedParticipants === null ? "" : String(row.expectedParticipants),
      seriesId: row.seriesId ?? "",
      seriesOrdinal: row.seriesOrdinal === null ? "" : String(row.seriesOrdinal),
    },
  };
}

/** The form's values for editing, or null when the user may not edit the activity now. */
export async function getActivityForEdit(
  user: SessionUser,
  id: string,
): Promise<{ values: ActivityFormValues; version: number } | null> {
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const current = await loadCurrentActivity(db, id);
  if (!current || !mayTakeActivityAction(actorOf(user), current, "edit")) return null;
  return loadFormValues(db, id);
}

/**
 * The choices the activity form offers: current organisations (and, editing a draft, the
 * retired ones it already names, marked so) and every clause.
 */
export async function getFormOptions(user: SessionUser, keep: string[] = []): Promise<FormOptions> {
  assertCan(user, "activity:create");
  const db = await getDatabase();
  const [orgs, clauses, series] = await Promise.all([
    db
      .select({
        id: organisations.id,
        acronym: organisations.acronym,
        name: organisations.name,
        kind: organisations.kind,
        retiredAt: organisations.retiredAt,
      })
      .from(organisations)
      .where(offered(keep.filter(isUuid)))
      .orderBy(asc(organisations.name)),
    db.query.planClauses.findMany({
      columns: { id: true, number: true, text: true, position: true },
      with: {
        edition: {
          columns: { id: true, title: true, startYear: true, endYear: true, frameworkId: true },
          with: { framework: { columns: { name: true } } },
        },
      },
    }),
    seriesChoices(db),
  ]);
  return {
    organisations: orgs.map((o) => {
      const retired = o.retiredAt ? " (retired)" : "";
      return {
        id: o.id,
        label: `${o.acronym ?? o.name}${retired}`,
        name: o.acronym ? o.name : `${o.name}${retired}`,
        kind: o.kind,
      };
    }),
    clauses: clauses
      .sort((a, b) => b.edition.startYear - a.edition.startYear || a.position - b.position)
      .map((c) => ({
        id: c.id,
        number: c.number,
        text: c.text,
        edition: c.edition.title,
        ...clauseEdition(c.edition),
      })),
    series,
  };
}
