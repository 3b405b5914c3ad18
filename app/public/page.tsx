import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFilters } from "@/components/activities/activity-filters";
import { ActivityTable } from "@/components/activities/activity-table";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { cachedPublicFilterOptions, cachedPublishedActivities } from "@/lib/public-record-cache";
import type { SearchParams } from "@/lib/search-params";
import { activitiesHref, parseActivityFilters } from "@/lib/validation/activity-filters";

const DESCRIPTION =
  "The published record of what ASEAN bodies and the UN system do together on human rights: meetings, trainings, dialogues and studies under the ASEAN-UN Plan of Action.";

export const metadata: Metadata = {
  title: "Public register of ASEAN-UN human-rights cooperation",
  description: DESCRIPTION,
  alternates: { canonical: "/public" },
  openGraph: {
    title: "ASEAN-UN human-rights cooperation: the public register",
    description: DESCRIPTION,
    url: "/public",
  },
};

const href = (filters: Parameters<typeof activitiesHref>[0], page = 1) => activitiesHref(filters, page, "/public");

export default async function PublicRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters, ignored } = parseActivityFilters(await searchParams);
  const [result, options] = await Promise.all([cachedPublishedActivities(filters), cachedPublicFilterOptions()]);
  const query = href(filters).replace(/^\/public\??/, "");
  return (
    <>
      <PageHeader
        title="Activities"
        description={
          <>
            <span data-testid="result-count">
              {result.total} published {result.total === 1 ? "activity" : "activities"}
            </span>
            , reviewed by the ASEAN Secretariat and its reviewers.
          </>
        }
      />
      <ActivityFilters filters={filters} options={options} basePath="/public" />
      <p className="-mt-3 mb-4 flex flex-wrap gap-4 text-sm">
        <a
          href={`/public/calendar.ics${query ? `?${query}` : ""}`}
          className="font-medium text-brand-700 hover:underline"
        >
          Subscribe to these in a calendar (ICS)
        </a>
        <a href="/public/iati/activities.xml" className="font-medium text-brand-700 hover:underline">
          IATI 2.03 file
        </a>
      </p>
      {ignored.length > 0 ? (
        <div className="mb-4">
          <Alert tone="warning">Not understood, so ignored: {ignored.join(", ")}.</Alert>
        </div>
      ) : null}
      {result.items.length > 0 ? (
        <>
          <ActivityTable items={result.items} basePath="/public/activities" workflowNotes={false} />
          <p className="mt-4 text-sm text-slate-600">
            Page {result.page} of {result.pageCount}
          </p>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => href(filters, page)} />
        </>
      ) : (
        <EmptyState title="No published activities match.">
          <Link href="/public" className="font-medium text-brand-700 hover:underline">
            Show every published activity
          </Link>
        </EmptyState>
      )}
    </>
  );
}
