import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { activities, activityOrganisations, activityThemes, organisations, reports } from "@/db/schema";
import { continuousYears } from "@/lib/continuous-years";
import { dateAsGiven, type DateAsGiven, type DateRangeAsGiven } from "@/lib/dates";
import type { OrganisationKind, Theme } from "@/lib/domain";
import { PARTNER_KINDS } from "@/lib/partners";
import { assertCan } from "@/lib/dal/access";
import { DATE_FIELDS } from "@/lib/dal/activities/state";
import { getDatabase, type Executor } from "@/lib/dal/db";
import { readDateParts } from "@/lib/dal/activities/date-parts";
import { datePassedCondition } from "@/lib/dal/activities/date-passed";
import { owingReports } from "@/lib/dal/reports/owing";
import type { SessionUser } from "@/lib/dal/accounts/session-user";

export interface OrganisationCount {
  code: string;
  label: string;
  kind: OrganisationKind;
  count: number;
}

/** Activities per organisation of these kinds, in any role: the 15 with the most. */
function perOrganisation(db: Executor, kinds: readonly OrganisationKind[]) {
  return db
    .select({
      code: organisations.code,
      acronym: organisations.acronym,
      name: organisations.name,
      kind: organisations.kind,
      count: count(),
    })
    .from(activityOrganisations)
    .innerJoin(organisations, eq(organisations.id, activityOrganisations.organisationId))
    .where(inArray(organisations.kind, [...kinds]))
    .groupBy(organisations.code, organisations.acronym, organisations.name, organisations.kind)
    .orderBy(desc(count()), asc(organisations.code))
    .limit(15)
    .then((rows) => rows.map((o) => ({ code: o.code, label: o.acronym ?? o.name, kind: o.kind, count: o.count })));
}

export interface Dashboard {
  /** From the first dated year to the last, a year without activities as 0. */
  perYear: Array<{ year: number; count: number }>;
  perTheme: Array<{ theme: Theme; count: number }>;
  perUnEntity: OrganisationCount[];
  /** Partners beyond the UN (governments, other intergovernmental organisations, civil society), apart. */
  perPartner: OrganisationCount[];
  participantsBySex: { women: number; men: number; other: number; reports: number };
  upcoming: Array<{
    id: string;
    title: string;
    start: DateAsGiven | null;
    end: DateAsGiven | null;
    parts?: DateRangeAsGiven[];
  }>;
  /** The oldest reports due (owingReports: the queue and the reminders read the same list). */
  reportsDue: Array<{ activityId: string; title: string; organisation: string; dueOn: string; overdue: boolean }>;
  /** Scheduled activities whose date has passed, oldest first. */
  datePassed: Array<{
    id: string;
    title: string;
    start: DateAsGiven | null;
    end: DateAsGiven | null;
    parts?: DateRangeAsGiven[];
  }>;
}

const DAY = 86_400_000;

/** Every figure of the dashboard: a fixed number of grouped queries, whatever the record holds. */
export async function getDashboard(user: SessionUser, now = new Date()): Promise<Dashboard> {
  assertCan(user, "activity:read");
  const db = await getDatabase();
  const today = now.toISOString().slice(0, 10);
  const in60 = new Date(now.getTime() + 60 * DAY).toISOString().slice(0, 10);
  const year = sql<number>`extract(year from ${activities.startDate})::int`;
  const [perYear, perTheme, perUnEntity, perPartner, [sexes], upcoming, due, passed] = await Promise.all([
    db
      .select({ year, count: count() })
      .from(activities)
      .where(isNotNull(activities.startDate))
      .groupBy(year)
      .orderBy(year),
    db
      .select({ theme: activityThemes.theme, count: count() })
      .from(activityThemes)
      .groupBy(activityThemes.theme)
      .orderBy(desc(count())),
    perOrganisation(db, ["un_entity"]),
    perOrganisation(db, PARTNER_KINDS),
    db
      .select({
        women: sql<number>`coalesce(sum((${reports.participantsBySex}->>'women')::int), 0)::int`,
        men: sql<number>`coalesce(sum((${reports.participantsBySex}->>'men')::int), 0)::int`,
        other: sql<number>`coalesce(sum((${reports.participantsBySex}->>'other')::int), 0)::int`,
        reports: count(),
      })
      .from(reports)
      .where(eq(reports.state, "approved")),
    db
      .select({ id: activities.id, title: activities.title, ...DATE_FIELDS })
      .from(activities)
      .where(and(eq(activities.status, "scheduled"), gte(activities.startDate, today), lte(activities.startDate, in60)))
      .orderBy(asc(activities.startDate))
      .limit(20),
    owingReports(db, { now, limit: 50 }),
    db
      .select({ id: activities.id, title: activities.title, ...DATE_FIELDS })
      .from(activities)
      .where(datePassedCondition(now))
      .orderBy(asc(activities.startDate))
      .limit(50),
  ]);
  const parts = await readDateParts(
    db,
    [...upcoming, ...passed].map((a) => a.id),
  );
  return {
    perYear: continuousYears(perYear),
    perTheme,
    perUnEntity,
    perPartner,
    participantsBySex: sexes ?? { women: 0, men: 0, other: 0, reports: 0 },
    upcoming: upcoming.map((a) => ({
      id: a.id,
      title: a.title,
      start: dateAsGiven(a.startDate, a.startPrecision),
      end: dateAsGiven(a.endDate, a.endPrecision),
      parts: parts.get(a.id) ?? [],
    })),
    reportsDue: due.map(({ activityId, title, organisation, dueOn, overdue }) => ({
      activityId,
      title,
      organisation,
      dueOn,
      overdue,
    })),
    datePassed: passed.map((a) => ({
      id: a.id,
      title: a.title,
      start: dateAsGiven(a.startDate, a.startPrecision),
      end: dateAsGiven(a.endDate, a.endPrecision),
      parts: parts.get(a.id) ?? [],
    })),
  };
}
