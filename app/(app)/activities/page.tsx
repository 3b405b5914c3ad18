import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFilters } from "@/components/activities/activity-filters";
import { ActivityTable } from "@/components/activities/activity-table";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getFilterOptions, listActivities } from "@/lib/dal/activities/list";
import type { SearchParams } from "@/lib/search-params";
import {
  activitiesHref,
  parseActivityFilters,
  type ActivityFilters as Filters,
} from "@/lib/validation/activity-filters";

export const metadata: Metadata = { title: "Activities" };

const FILTER_NAMES: Array<[keyof Filters, string]> = [
  ["q", "search"],
  ["status", "status"],
  ["year", "year"],
  ["theme", "theme"],
  ["type", "type"],
  ["org", "organisation"],
  ["clause", "clause"],
  ["country", "country"],
  ["calendar", "calendar"],
];

function ExportLinks({ query, canImport }: { query: string; canImport: boolean }) {
  const href = (bom: boolean) => `/activities/export.csv?${[query, bom ? "bom=1" : ""].filter(Boolean).join("&")}`;
  return (
    <p className="-mt-3 mb-4 flex flex-wrap gap-4 text-sm">
      <a href={href(false)} className="font-medium text-brand-700 hover:underline">
        Download these as CSV
      </a>
      <a href={href(true)} className="font-medium text-brand-700 hover:underline">
        CSV for Excel (keeps accents)
      </a>
      <Link href={`/export/iati${query ? `?${query}` : ""}`} className="font-medium text-brand-700 hover:underline">
        IATI 2.03 XML (check, then download)
      </Link>
      {canImport ? (
        <Link href="/activities/import" className="font-medium text-brand-700 hover:underline">
          Import from CSV
        </Link>
      ) : null}
    </p>
  );
}

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { filters, ignored } = parseActivityFilters(await searchParams);
  const [result, options] = await Promise.all([listActivities(user, filters), getFilterOptions(user)]);
  const active = FILTER_NAMES.filter(([key]) => filters[key] !== undefined);
  const noun = result.total === 1 ? "activity" : "activities";
  return (
    <>
      <PageHeader
        title="Activities"
        description={
          <>
            <span data-testid="result-count">
              {result.total} {noun}
            </span>
            {filters.clause ? ` linked to Plan of Action clause ${filters.clause}` : ""}
            {active.length > 0 ? " match the filters." : ", newest first."}
          </>
        }
      />
      <ActivityFilters filters={filters} options={options} />
      <ExportLinks
        query={activitiesHref(filters).replace(/^\/activities\??/, "")}
        canImport={can(user.role, "activity:import")}
      />
      {ignored.length > 0 ? (
        <div className="mb-4">
          <Alert tone="warning">Not understood, so ignored: {ignored.join(", ")}.</Alert>
        </div>
      ) : null}
      {result.items.length > 0 ? (
        <>
          <ActivityTable items={result.items} workflowNotes />
          <p className="mt-4 text-sm text-slate-600">
            Page {result.page} of {result.pageCount}
          </p>
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => activitiesHref(filters, page)}
          />
        </>
      ) : result.total > 0 ? (
        <EmptyState title={`There is no page ${result.page}.`}>
          <Link href={activitiesHref(filters, result.pageCount)} className="font-medium text-brand-700 hover:underline">
            Go to the last page ({result.pageCount})
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title="No activities match.">
          {active.length > 0 ? (
            <>
              <p>Loosen a filter:</p>
              <ul className="mt-2 flex flex-wrap justify-center gap-2">
                {active.map(([key, name]) => (
                  <li key={key}>
                    <Link
                      href={activitiesHref({ ...filters, [key]: undefined })}
                      className="rounded-full border border-slate-300 px-3 py-1 font-medium text-brand-700 hover:bg-slate-100"
                    >
                      Remove {name} “{String(filters[key])}”
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            "Activities appear here once they are recorded."
          )}
        </EmptyState>
      )}
    </>
  );
}
