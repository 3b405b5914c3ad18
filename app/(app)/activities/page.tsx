import type { Metadata } from "next";
import Link from "next/link";
import { ActivityTable } from "@/components/activities/activity-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listActivities } from "@/lib/dal/activities";
import { firstParam, pageParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Activities" };

const CLAUSE_NUMBER = /^\d+(\.\d+){0,4}$/;

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const rawClause = firstParam(params, "clause");
  const clause = rawClause && CLAUSE_NUMBER.test(rawClause) ? rawClause : undefined;
  const result = await listActivities(user, { page: pageParam(params), clause });
  const hrefFor = (page: number) => {
    const query = new URLSearchParams({ ...(clause ? { clause } : {}), ...(page > 1 ? { page: String(page) } : {}) });
    return query.size > 0 ? `/activities?${query}` : "/activities";
  };
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
            {clause ? ` linked to Plan of Action clause ${clause}` : ""}, newest first.
            {clause ? (
              <>
                {" "}
                <Link href="/activities" className="font-medium text-brand-700 hover:underline">
                  Show all activities
                </Link>
              </>
            ) : null}
          </>
        }
      />
      {result.items.length > 0 ? (
        <>
          <ActivityTable items={result.items} />
          <p className="mt-4 text-sm text-slate-600">
            Page {result.page} of {result.pageCount}
          </p>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
        </>
      ) : result.total > 0 ? (
        <EmptyState title={`There is no page ${result.page}.`}>
          <Link href={hrefFor(result.pageCount)} className="font-medium text-brand-700 hover:underline">
            Go to the last page ({result.pageCount})
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title="No activities found.">
          {clause ? (
            <Link href="/activities" className="font-medium text-brand-700 hover:underline">
              Show all activities
            </Link>
          ) : (
            "Activities appear here once they are recorded."
          )}
        </EmptyState>
      )}
    </>
  );
}
