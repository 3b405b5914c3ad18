import "server-only";
import { eq, inArray } from "drizzle-orm";
import { cache } from "react";
import type { Executor, Tx } from "@/lib/dal/db";
import { getDatabase } from "@/lib/dal/db";
import { activities, organisations, planClauses, users } from "@/db/schema";
import { placeName } from "@/lib/countries";
import { dateAsGiven, formatDateAsGiven, periodOf, type DateAsGiven } from "@/lib/dates";
import type { ActivityStatus, ActivityType, DatePrecision } from "@/lib/domain";
import {
  ACTIVITY_SCOPE_LABELS,
  ACTIVITY_TYPE_LABELS,
  type ActivityScope,
  INVOLVEMENT_ROLE_LABELS,
  THEME_LABELS,
  type InvolvementRole,
  type Theme,
} from "@/lib/domain";
import { ConflictError } from "@/lib/errors";
import { ACTIVITY_LANGUAGES, type ActivityLanguage } from "@/lib/iati/codes";
import type { ActivityFacts } from "@/lib/workflow/activity";

/** The columns of an activity's dates as given, for relational queries' column lists. */
export const DATE_COLUMNS = { startDate: true, startPrecision: true, endDate: true, endPrecision: true } as const;

/** The same columns for flat selects (select({...DATE_FIELDS})). */
export const DATE_FIELDS = {
  startDate: activities.startDate,
  startPrecision: activities.startPrecision,
  endDate: activities.endDate,
  endPrecision: activities.endPrecision,
};


/**
 * What every reader that tells of an activity starts from (the public register, the note):
 * its title, kind and state, its dates as given and its place in words.
 */
export function activityBasics(row: {
  id: string;
  title: string;
  summary: string | null;
  type: ActivityType;
  status: ActivityStatus;
  startDate: string | null;
  startPrecision: DatePrecision | null;
  endDate: string | null;
  endPrecision: DatePrecision | null;
  city: string | null;
  countryCode: string | null;
}) {
  const { id, title, summary, type, status } = row;
  return { id, title, summary, type, status, ...periodOf(row), place: placeName(row.city, row.countryCode) };
}

/** The stored activity as the workflow and its guards see it. */
export interface CurrentActivity extends ActivityFacts {
  id: string;
  version: number;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  city: string | null;
  countryCode: string | null;
  clauseCount: number;
  themeCount: number;
  unEntityCount: number;
  reportsUnderReview: number;
}

/** One query: the activity, who is involved and what a submission needs. */
export async function loadCurrentActivity(db: Executor, id: string): Promise<CurrentActivity | null> {
  const row = await db.query.activities.findFirst({
    where: eq(activities.id, id),
    columns: {
      id: true,
      status: true,
      reviewState: true,
      createdById: true,
      submittedById: true,
      version: true,
      ...DATE_COLUMNS,
      city: true,
      countryCode: true,
    },
    with: {
      organisations: { columns: { organisationId: true }, with: { organisation: { columns: { kind: true } } } },
      clauses: { columns: { clauseId: true } },
      themes: { columns: { theme: true } },
      reports: { columns: { state: true } },
    },
  });
  if (!row) return null;
  const {
    organisations: involved,
    clauses,
    themes,
    reports,
    startDate,
    startPrecision,
    endDate,
    endPrecision,
    ...rest
  } = row;
  return {
    ...rest,
    start: dateAsGiven(startDate, startPrecision),
    end: dateAsGiven(endDate, endPrecision),
    involvedOrganisationIds: involved.map((o) => o.organisationId),
    clauseCount: clauses.length,
    themeCount: themes.length,
    unEntityCount: involved.filter((o) => o.organisation.kind === "un_entity").length,
    reportsUnderReview: reports.filter((r) => r.state === "submitted").length,
  };
}

/** The conflict to report when the expected version is gone: who changed it, and when. */
export async function conflictFor(db: Executor, id: string): Promise<ConflictError> {
  const [row] = await db
    .select({ name: users.name, at: activities.updatedAt })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.updatedById))
    .where(eq(activities.id, id));
  return new ConflictError(row?.name ?? null, row?.at ?? new Date());
}

/** What an activity says, in words people read: the before and after of its history. */
export type ActivitySnapshot = Record<string, string | string[] | null>;

export interface SnapshotInput {
  title: string;
  summary: string | null;
  type: keyof typeof ACTIVITY_TYPE_LABELS;
  themes: Theme[];
  leadOrganisationId: string;
  involved: Array<{ organisationId: string; role: InvolvementRole }>;
  clauseIds: string[];
  primaryClauseId: string | null;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  city: string | null;
  countryCode: string | null;
  scope: ActivityScope;
  language: string;
  expectedParticipants: number | null;
}

/** Two queries (organisation names, clause numbers) whatever the activity holds. */
export async function snapshotOf(db: Executor, input: SnapshotInput): Promise<ActivitySnapshot> {
  const orgIds = [input.leadOrganisationId, ...input.involved.map((i) => i.organisationId)];
  const orgs = await db
    .select({ id: organisations.id, acronym: organisations.acronym, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, orgIds));
  const clauses =
    input.clauseIds.length > 0
      ? await db
          .select({ id: planClauses.id, number: planClauses.number, position: planClauses.position })
          .from(planClauses)
          .where(inArray(planClauses.id, input.clauseIds))
      : [];
  const orgLabel = (id: string) => {
    const org = orgs.find((o) => o.id === id);
    return org ? (org.acronym ?? org.name) : id;
  };
  return {
    Title: input.title,
    Summary: input.summary || null,
    Type: ACTIVITY_TYPE_LABELS[input.type],
    Themes: input.themes.map((t) => THEME_LABELS[t]).sort(),
    "Lead organisation": orgLabel(input.leadOrganisationId),
    "Involved organisations": input.involved
      .map((i) => `${orgLabel(i.organisationId)} (${INVOLVEMENT_ROLE_LABELS[i.role].toLowerCase()})`)
      .sort(),
    "Plan of Action clauses": clauses
      .sort((a, b) => a.position - b.position)
      .map((c) => (c.id === input.primaryClauseId ? `${c.number} (primary)` : c.number)),
    Dates: input.start ? formatDateAsGiven(input.start, input.end) : null,
    City: input.city || null,
    Country: input.countryCode || null,
    Scope: ACTIVITY_SCOPE_LABELS[input.scope],
    Language: ACTIVITY_LANGUAGES[input.language as ActivityLanguage] ?? input.language,
    "Expected participants": input.expectedParticipants === null ? null : String(input.expectedParticipants),
  };
}

/** Only the fields that differ, as { field: [before, after] }. */
export function changedFields(before: ActivitySnapshot, after: ActivitySnapshot) {
  const changed: { before: ActivitySnapshot; after: ActivitySnapshot } = { before: {}, after: {} };
  for (const field of Object.keys(after)) {
    if (JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null)) {
      changed.before[field] = before[field] ?? null;
      changed.after[field] = after[field] ?? null;
    }
  }
  return changed;
}

/**
 * Locks the activity's row for the rest of the transaction: its transitions and the
 * report actions that depend on its state take turns, so none acts on a state just left.
 */
export async function lockActivity(tx: Tx, id: string, mode: "update" | "share"): Promise<void> {
  await tx.select({ id: activities.id }).from(activities).where(eq(activities.id, id)).for(mode);
}

/**
 * The activity's current state, read once per request however many parts of a page ask
 * (its reports, its overlap warnings): outside a transaction, for reading only.
 */
export const readCurrentActivity = cache(async (id: string): Promise<CurrentActivity | null> => {
  return loadCurrentActivity(await getDatabase(), id);
});
