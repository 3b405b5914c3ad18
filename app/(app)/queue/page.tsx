import type { Metadata } from "next";
import Link from "next/link";
import { QueueEntry } from "@/components/queue/queue-entry";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { getQueue } from "@/lib/dal/activities/queue";
import { QUEUE_SORT_LABELS, QUEUE_SORTS, parseQueueSort, sortQueue } from "@/lib/queue-order";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Waiting for you" };

export default async function QueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Viewers never act: the page is not theirs (403), as the navigation already says.
  const user = await requireCapability("queue:read");
  const sort = parseQueueSort(firstParam(await searchParams, "sort"));
  const items = sortQueue(await getQueue(user), sort);
  const now = new Date();
  const summary = `${items.length} ${items.length === 1 ? "entry" : "entries"}, sorted by ${QUEUE_SORT_LABELS[sort].toLowerCase()}.`;
  return (
    <>
      <PageHeader title="Waiting for you" description="Entries where it is your turn to act." />
      {items.length === 0 ? (
        <EmptyState title="Nothing is waiting for you.">
          New submissions, returned entries and due reports appear here.
        </EmptyState>
      ) : (
        <>
          <nav aria-label="Sort the queue" className="mb-3 flex flex-wrap items-center gap-2 text-sm">
            <span className="text-slate-700">Sort by:</span>
            {QUEUE_SORTS.map((option) => (
              <Link
                key={option}
                href={option === "waiting" ? "/queue" : `/queue?sort=${option}`}
                aria-current={option === sort ? "page" : undefined}
                className={
                  option === sort
                    ? "rounded-full bg-brand-700 px-3 py-1 font-medium text-white"
                    : "rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-800 hover:bg-slate-100"
                }
              >
                {QUEUE_SORT_LABELS[option]}
              </Link>
            ))}
          </nav>
          <p className="sr-only" role="status">
            {summary}
          </p>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {items.map((item) => (
              <QueueEntry key={`${item.href}-${item.reason}`} item={item} now={now} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
