import "server-only";
import { and, desc, eq, ne, type SQL } from "drizzle-orm";
import { activities, backgroundNotes, planEditions, reportAttachments, reports } from "@/db/schema";
import type { NoteModel } from "@/lib/exports/background-note";
import { placeName } from "@/lib/countries";
import { dateAsGiven, type DateAsGiven } from "@/lib/dates";
import type {
  ActivityScope,
  ActivityStatus,
  ActivityType,
  InvolvementRole,
  OrganisationKind,
  Theme,
} from "@/lib/domain";
import type { CalendarActivity } from "@/lib/exports/ics";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { activityPage, filterOptions, type ActivityPage, type FilterOptions } from "./activity-list";
import { DATE_COLUMNS } from "./activity-state";
import { noteView } from "./background-notes";
import { calendarActivities } from "./calendar";
import { candidates, decideAll } from "./iati-publication";
import type { IatiActivity } from "@/lib/iati/publication";
import { isUuid } from "@/lib/ids";
import { planCoverage, type Coverage } from "./plan";
import { getDatabase } from "./db";

// The published record, for anyone: no session, so no acting user to check. Every function
// here returns only published activities (what the IATI export publishes: reviewed, so never
// a draft, and marked for publication) and only public fields: no emails, no names of people,
// no report before a reviewer approved it, no attachment its author did not publish.

/**
 * Published: reviewed and marked for publication. The same two tests decidePublication
 * (lib/iati/publication.ts) makes first; public-record.test.ts holds the two to one answer.
 */
export const publishedActivity = (): SQL => and(ne(activities.status, "draft"), eq(activities.publishToIati, true))!;

export async function listPublishedActivities(filters: ActivityFilters): Promise<ActivityPage> {
  return activityPage(filters, publishedActivity());
}

/** The values the public filters offer: organisations, clauses, years and countries of the record. */
export async function publicFilterOptions(): Promise<FilterOptions> {
  return filterOptions();
}

export async function publishedCalendar(filters: Partial<ActivityFilters>): Promise<CalendarActivity[]> {
  return calendarActivities(filters, undefined, publishedActivity());
}

/** What the public IATI file publishes: the IATI export's own decision, on published activities only. */
export async function publishedIatiActivities(
  filters: Partial<ActivityFilters> = {},
  now = new Date(),
): Promise<IatiActivity[]> {
  return (await decideAll(candidates(filters, publishedActivity()), now)).published;
}

export async function publishedCoverage(from: number, to: number): Promise<Coverage> {
  return planCoverage(from, to, publishedActivity());
}

export interface PublicOrganisation {
  code: string;
  name: string;
  /** The acronym where there is one, else the name. */
  label: string;
  kind: OrganisationKind;
}

export interface PublicReport {
  organisation: PublicOrganisation;
  actualStart: DateAsGiven;
  actualEnd: DateAsGiven | null;
  participantsTotal: number;
  participantsBySex: Record<string, number>;
  participantsByGroup: Record<string, number>;
  outcomes: string;
  /** The files its author published with it. */
  attachments: Array<{ id: string; fileName: string; mediaType: string }>;
}

export interface PublicActivity {
  id: string;
  title: string;
  summary: string | null;
  type: ActivityType;
  status: ActivityStatus;
  start: DateAsGiven | null;
  end: DateAsGiven | null;
  place: string | null;
  countryCode: string | null;
  scope: ActivityScope;
  themes: Theme[];
  organisations: Array<PublicOrganisation & { role: InvolvementRole }>;
  clauses: Array<{ number: string; text: string; edition: string }>;
  /** Approved reports only. */
  reports: PublicReport[];
  updatedAt: string;
}

const ORGANISATION = { code: true, name: true, acronym: true, kind: true } as const;
const ROLE_ORDER: InvolvementRole[] = ["lead", "co_organiser", "supporting", "participant"];

const publicOrganisation = (o: { code: string; name: string; acronym: string | null; kind: OrganisationKind }) => ({
  code: o.code,
  name: o.name,
  label: o.acronym ?? o.name,
  kind: o.kind,
});

/** One published activity as the public sees it, or null when there is none or it is not published. */
export async function getPublishedActivity(id: string): Promise<PublicActivity | null> {
  if (!isUuid(id)) return null;
  const db = await getDatabase();
  const row = await db.query.activities.findFirst({
    where: and(eq(activities.id, id), publishedActivity()),
    columns: {
      id: true,
      title: true,
      summary: true,
      type: true,
      status: true,
      ...DATE_COLUMNS,
      city: true,
      countryCode: true,
      scope: true,
      updatedAt: true,
    },
    with: {
      themes: { columns: { theme: true } },
      organisations: { columns: { role: true }, with: { organisation: { columns: ORGANISATION } } },
      clauses: {
        columns: { isPrimary: true },
        with: {
          clause: {
            columns: { number: true, text: true, position: true },
            with: { edition: { columns: { code: true } } },
          },
        },
      },
      reports: {
        columns: {
          actualStartDate: true,
          actualStartPrecision: true,
          actualEndDate: true,
          actualEndPrecision: true,
          participantsTotal: true,
          participantsBySex: true,
          participantsByGroup: true,
          outcomes: true,
        },
        where: eq(reports.state, "approved"),
        with: {
          organisation: { columns: ORGANISATION },
          attachments: {
            columns: { id: true, fileName: true, mediaType: true },
            where: eq(reportAttachments.isPublic, true),
          },
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    type: row.type,
    status: row.status,
    start: dateAsGiven(row.startDate, row.startPrecision),
    end: dateAsGiven(row.endDate, row.endPrecision),
    place: placeName(row.city, row.countryCode),
    countryCode: row.countryCode,
    scope: row.scope,
    themes: row.themes.map((t) => t.theme),
    organisations: row.organisations
      .map((o) => ({ ...publicOrganisation(o.organisation), role: o.role }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.label.localeCompare(b.label)),
    clauses: row.clauses
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.clause.position - b.clause.position)
      .map((c) => ({ number: c.clause.number, text: c.clause.text, edition: c.clause.edition.code })),
    reports: row.reports
      .map((r) => ({
        organisation: publicOrganisation(r.organisation),
        actualStart: dateAsGiven(r.actualStartDate, r.actualStartPrecision)!,
        actualEnd: dateAsGiven(r.actualEndDate, r.actualEndPrecision),
        participantsTotal: r.participantsTotal,
        participantsBySex: r.participantsBySex,
        participantsByGroup: r.participantsByGroup,
        outcomes: r.outcomes,
        attachments: r.attachments,
      }))
      .sort((a, b) => a.organisation.label.localeCompare(b.organisation.label)),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface PublicPlanEdition {
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  clauses: Array<{ number: string; text: string }>;
}

/** The Plan of Action editions and their clauses (a public document), newest first. */
export async function publicPlanEditions(): Promise<PublicPlanEdition[]> {
  const db = await getDatabase();
  const editions = await db.query.planEditions.findMany({
    columns: { code: true, title: true, startYear: true, endYear: true },
    with: { clauses: { columns: { number: true, text: true, position: true } } },
    orderBy: [desc(planEditions.startYear), desc(planEditions.code)],
  });
  return editions.map((e) => ({
    ...e,
    clauses: e.clauses.sort((a, b) => a.position - b.position).map(({ number, text }) => ({ number, text })),
  }));
}

/** Every published activity's id and when it last changed: the sitemap's entries. */
export async function publishedActivityIds(): Promise<Array<{ id: string; updatedAt: Date }>> {
  const db = await getDatabase();
  return db
    .select({ id: activities.id, updatedAt: activities.updatedAt })
    .from(activities)
    .where(publishedActivity())
    .orderBy(desc(activities.updatedAt));
}

export interface PublicNoteSummary {
  id: string;
  title: string;
  noteDate: string;
  periodFrom: string;
  periodTo: string;
}

/** The Background Notes the secretariat marked public, latest period first. */
export async function listPublicNotes(): Promise<PublicNoteSummary[]> {
  const db = await getDatabase();
  return db
    .select({
      id: backgroundNotes.id,
      title: backgroundNotes.title,
      noteDate: backgroundNotes.noteDate,
      periodFrom: backgroundNotes.periodFrom,
      periodTo: backgroundNotes.periodTo,
    })
    .from(backgroundNotes)
    .where(eq(backgroundNotes.isPublic, true))
    .orderBy(desc(backgroundNotes.periodTo), desc(backgroundNotes.periodFrom));
}

/** A public note's text as generated from the record (the document only: not who generated it). */
export async function getPublicNote(id: string): Promise<{ id: string; model: NoteModel } | null> {
  const view = await noteView(id, true);
  return view ? { id: view.id, model: view.model } : null;
}
