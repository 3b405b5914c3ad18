import "server-only";
import { and, asc, desc, eq, ne, type SQL } from "drizzle-orm";
import { activities, backgroundNotes, organisations, planEditions } from "@/db/schema";
import type { OrganisationKind } from "@/lib/domain";
import type { NoteSectionView } from "@/lib/exports/note-sections";
import type { CalendarActivity } from "@/lib/exports/ics";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import { activityPage, filterOptions, type ActivityPage, type FilterOptions } from "@/lib/dal/activities/list";
import { noteSection } from "@/lib/dal/notes/background-notes";
import { calendarActivities } from "@/lib/dal/activities/calendar";
import { candidates, decideAll } from "@/lib/dal/activities/iati-publication";
import type { IatiActivity } from "@/lib/iati/publication";
import { planCoverage, planCoverageByEdition, type Coverage, type EditionCoverage } from "@/lib/dal/plan/coverage";
import { getDatabase } from "@/lib/dal/db";

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

/**
 * The values the public filters offer: organisations, years and countries of published
 * activities, and the clauses. The public register's cache keeps them (lib/public-record-cache.ts).
 */
export async function publicFilterOptions(): Promise<FilterOptions> {
  return filterOptions(publishedActivity());
}

export async function publishedCalendar(
  filters: Partial<ActivityFilters>,
  within?: { from: string },
): Promise<CalendarActivity[]> {
  return calendarActivities(filters, within, publishedActivity());
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

/** Coverage per framework and edition by published activities, across editions through continuations. */
export async function publishedCoverageByEdition(from: number, to: number): Promise<EditionCoverage[]> {
  return planCoverageByEdition(from, to, publishedActivity());
}

export interface PublicPlanEdition {
  code: string;
  title: string;
  framework: { code: string; name: string; owner: string | null };
  startYear: number;
  endYear: number;
  clauses: Array<{ number: string; text: string }>;
}

/** The Plan of Action editions and their clauses (a public document), newest first. */
export async function publicPlanEditions(): Promise<PublicPlanEdition[]> {
  const db = await getDatabase();
  const editions = await db.query.planEditions.findMany({
    columns: { code: true, title: true, startYear: true, endYear: true },
    with: {
      framework: { columns: { code: true, name: true, owner: true } },
      clauses: { columns: { number: true, text: true, position: true } },
    },
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

/**
 * A section of a public note (`sectionParam`, as on the note's own page; a short note reads as
 * one page), as generated from the record: the document and its contents only, not who
 * generated it nor what the editors left out. A note of the whole record is 20,000 activities:
 * the public page reads and builds only the section shown, as the secretariat's page does.
 */
export async function getPublicNote(
  id: string,
  sectionParam: string | undefined,
): Promise<({ id: string } & NoteSectionView) | null> {
  const view = await noteSection(id, true, sectionParam);
  return view && { id: view.id, model: view.model, section: view.section, contents: view.contents, size: view.size };
}

export interface PublicOrganisationEntry {
  code: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  countryCode: string | null;
  iatiIdentifier: string | null;
  retired: boolean;
}

/** The organisations of the record (bodies, never people), by code. */
export async function publicOrganisations(): Promise<PublicOrganisationEntry[]> {
  const db = await getDatabase();
  const rows = await db
    .select({
      code: organisations.code,
      name: organisations.name,
      acronym: organisations.acronym,
      kind: organisations.kind,
      countryCode: organisations.countryCode,
      iatiIdentifier: organisations.iatiIdentifier,
      retiredAt: organisations.retiredAt,
    })
    .from(organisations)
    .orderBy(asc(organisations.code));
  return rows.map(({ retiredAt, ...row }) => ({ ...row, retired: retiredAt !== null }));
}
